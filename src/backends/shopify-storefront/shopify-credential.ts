import type { CustomerCredential } from '../../core/customer-credential.js'

/**
 * The variable the app's own documents declare for the customer's token (`String!`), and pass
 * wherever the Storefront API takes it: `customer(customerAccessToken:)`, `customerUpdate`, the
 * address mutations, `cartBuyerIdentityUpdate(buyerIdentity: { customerAccessToken: })`,
 * `@inContext(buyer: { customerAccessToken: })`.
 */
export const SHOPIFY_CUSTOMER_TOKEN_VARIABLE = 'customerAccessToken'

/**
 * Shopify takes the customer's token as an argument, never a header: an operation needs the
 * customer exactly when it declares `$customerAccessToken`, and gets it filled in.
 *
 * A refused token (api-facts §1): `customer(customerAccessToken:)` answers a dead token with
 * `customer: null` and no error; a mutation on the customer (`customerUpdate`, the address
 * mutations, `customerAccessTokenDelete`) with a top-level `ACCESS_DENIED` ("Requires valid
 * customer access token"). On an operation that sends a token, ACCESS_DENIED could otherwise
 * only be a storefront token without the customer scopes, which signs nobody in either.
 */
export const shopifyCredential: CustomerCredential = {
  needsCustomer: ({ variables }) => variables.includes(SHOPIFY_CUSTOMER_TOKEN_VARIABLE),
  headers: () => ({}),
  variable: SHOPIFY_CUSTOMER_TOKEN_VARIABLE,
  refusal({ data, errors = [] }, { rootFields }) {
    const erredAt = (key: string) => errors.some((error) => error.path?.[0] === key)
    for (const { name, key } of rootFields) {
      // A null from an error inside it (null propagation) says nothing about the token.
      if (name === 'customer' && data?.[key] === null && !erredAt(key)) return 'customer-missing'
      if (
        name.startsWith('customer') &&
        errors.some(
          (error) => error.path?.[0] === key && error.extensions?.code === 'ACCESS_DENIED',
        )
      )
        return 'token-invalid'
    }
    return null
  },
}
