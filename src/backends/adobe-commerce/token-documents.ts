import { graphql } from './graphql.js'

// Customer token mutations. None sends a token in the URL: revoke reads the Bearer header.
// Documents are written compactly: bundlers keep a string's whitespace, gql.tada types them alike.

/**
 * Takes the password (Adobe Commerce as a Cloud Service also a one-time reset token or an
 * admin-issued login-as-customer code, tried in that order).
 */
export const GenerateCustomerToken = /* @__PURE__ */ graphql(
  'mutation GenerateCustomerToken($email:String!,$password:String!){generateCustomerToken(email:$email,password:$password){token}}',
)

/** Trades an admin-issued login-as-customer code (single use) for a customer token. */
export const ExchangeOtpForCustomerToken = /* @__PURE__ */ graphql(
  'mutation ExchangeOtpForCustomerToken($email:String!,$otp:String!){exchangeOtpForCustomerToken(email:$email,otp:$otp){token}}',
)

export const RevokeCustomerToken = /* @__PURE__ */ graphql(
  'mutation RevokeCustomerToken{revokeCustomerToken{result}}',
)
