import { customerFields } from './customer-fields.js'
import { graphql, type ResultOf } from './graphql.js'

/** The customer the Bearer token identifies. */
export const CustomerQuery = /* @__PURE__ */ graphql(`query Customer{customer{${customerFields}}}`)

/** A Magento `Customer` with the fields every document asks for. */
export type AdobeCustomer = NonNullable<ResultOf<typeof CustomerQuery>['customer']>
