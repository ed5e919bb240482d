import { customerFields } from './customer-fields.js'
import { graphql, type ResultOf } from './graphql.js'

/** The signed-in customer; `customer` is null for an expired, deleted or unknown token. */
export const CustomerQuery = /* @__PURE__ */ graphql(
  `query Customer($customerAccessToken:String!){customer(customerAccessToken:$customerAccessToken){${customerFields}}}`,
)

/** A Storefront `Customer` with the fields every document asks for. */
export type StorefrontCustomer = NonNullable<ResultOf<typeof CustomerQuery>['customer']>
