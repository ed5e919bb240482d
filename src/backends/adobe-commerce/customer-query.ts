import { CustomerFields } from './customer-fields.js'
import { graphql } from './graphql.js'

/** The customer the Bearer token identifies. */
export const CustomerQuery = /* @__PURE__ */ graphql(
  'query Customer{customer{...CustomerFields}}',
  [CustomerFields],
)
