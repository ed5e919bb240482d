import { buildSchema, type GraphQLSchema } from 'graphql'
// `?raw` keeps the SDL a plain .graphql file (gql.tada reads it for the client's typed documents)
// while Vite, vitest and the library build inline it as a string.
import sdl from '../../schema/adobe-commerce.graphql?raw'

/** The SDL the emulator serves and the adobeCommerce() backend's documents are checked against. */
export const adobeCommerceSdl: string = sdl

let schema: GraphQLSchema | undefined

export function adobeCommerceSchema(): GraphQLSchema {
  schema ??= buildSchema(adobeCommerceSdl)
  return schema
}
