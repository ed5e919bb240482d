import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql'
// Shopify's Storefront API 2026-04 introspection, shipped by @shopify/hydrogen-react (MIT; see
// NOTICE.md). The library build inlines the JSON, so the published emulator does not need
// hydrogen-react at run time.
import introspection from '@shopify/hydrogen-react/storefront.schema.json' with { type: 'json' }

let schema: GraphQLSchema | undefined

/** The real Storefront API schema the emulator validates and executes against. */
export function storefrontSchema(): GraphQLSchema {
  schema ??= buildClientSchema(introspection as unknown as IntrospectionQuery)
  return schema
}
