import { buildSchema, type GraphQLSchema } from 'graphql'
import { adobeCommerceSdl } from './adobe-commerce-sdl.js'

export { adobeCommerceSdl }

let schema: GraphQLSchema | undefined

/** The schema built from the repository's Adobe Commerce SDL, built once. */
export function adobeCommerceSchema(): GraphQLSchema {
  schema ??= buildSchema(adobeCommerceSdl)
  return schema
}
