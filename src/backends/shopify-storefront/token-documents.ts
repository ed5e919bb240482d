import { graphql } from './graphql.js'

// Storefront API customer access token mutations (legacy customer accounts). Documents are
// written compactly: bundlers keep a string's whitespace, and gql.tada types them all the same.

export const CustomerAccessTokenCreate = /* @__PURE__ */ graphql(
  'mutation CustomerAccessTokenCreate($input:CustomerAccessTokenCreateInput!){customerAccessTokenCreate(input:$input){customerAccessToken{accessToken expiresAt}customerUserErrors{code field message}}}',
)

export const CustomerAccessTokenRenew = /* @__PURE__ */ graphql(
  'mutation CustomerAccessTokenRenew($customerAccessToken:String!){customerAccessTokenRenew(customerAccessToken:$customerAccessToken){customerAccessToken{accessToken expiresAt}userErrors{field message}}}',
)

/** Selects only the errors: the deleted token is the one sent. */
export const CustomerAccessTokenDelete = /* @__PURE__ */ graphql(
  'mutation CustomerAccessTokenDelete($customerAccessToken:String!){customerAccessTokenDelete(customerAccessToken:$customerAccessToken){userErrors{field message}}}',
)
