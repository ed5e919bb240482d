import { initGraphQLTada } from 'gql.tada'
import type { introspection } from './storefront-env.js'

/** Typed documents for the Shopify Storefront API (2026-04 schema from @shopify/hydrogen-react). */
export const graphql = /* @__PURE__ */ initGraphQLTada<{
  introspection: introspection
  scalars: {
    DateTime: string
    URL: string
    UnsignedInt64: string
  }
}>()

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada'
export { readFragment } from 'gql.tada'
