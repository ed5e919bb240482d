import { CustomerFields } from './customer-fields.js'
import { graphql } from './graphql.js'

/** The signed-in customer; `customer` is null for an expired, deleted or unknown token. */
export const CustomerQuery = /* @__PURE__ */ graphql(
  'query Customer($customerAccessToken:String!){customer(customerAccessToken:$customerAccessToken){...CustomerFields}}',
  [CustomerFields],
)
