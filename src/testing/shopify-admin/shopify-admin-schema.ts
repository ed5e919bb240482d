import { buildSchema, type GraphQLSchema } from 'graphql'
import { shopifyAdminSdl } from './shopify-admin-sdl.js'

export { shopifyAdminSdl }

let schema: GraphQLSchema | undefined

/** The Admin API subset the emulator serves (also what client code is validated against). */
export function shopifyAdminSchema(): GraphQLSchema {
  schema ??= buildSchema(shopifyAdminSdl)
  return schema
}
