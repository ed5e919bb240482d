import { graphql } from './graphql.js'

// Customer token mutations. Both send no token in the URL: revoke reads the Bearer header.
// Documents are written compactly: bundlers keep a string's whitespace, gql.tada types them alike.

/** Takes the password, a one-time reset token, or an admin-issued one-time code. */
export const GenerateCustomerToken = /* @__PURE__ */ graphql(
  'mutation GenerateCustomerToken($email:String!,$password:String!){generateCustomerToken(email:$email,password:$password){token}}',
)

export const RevokeCustomerToken = /* @__PURE__ */ graphql(
  'mutation RevokeCustomerToken{revokeCustomerToken{result}}',
)
