import { graphql } from './graphql.js'

/** The customer fields every call that returns a customer asks for (no extra scopes needed). */
export const CustomerFields = /* @__PURE__ */ graphql(
  'fragment CustomerFields on Customer{id email firstName lastName displayName phone acceptsMarketing createdAt updatedAt}',
)
