import { initGraphQLTada } from 'gql.tada'
import type { introspection } from './adobe-commerce-env.js'

/** Typed documents for Adobe Commerce GraphQL (the customer-auth subset in src/schema). */
export const graphql = /* @__PURE__ */ initGraphQLTada<{
  introspection: introspection
}>()

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada'
export { readFragment } from 'gql.tada'
