import { buildSchema, type GraphQLSchema } from 'graphql'
import adminSdl from '../../schema/shopify-admin.graphql?raw'

/** The SDL the Admin endpoint serves (also what client code is validated against). */
export const shopifyAdminSdl: string = adminSdl

let schema: GraphQLSchema | undefined

export function shopifyAdminSchema(): GraphQLSchema {
  schema ??= buildSchema(adminSdl)
  return schema
}
