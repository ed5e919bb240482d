import type { CustomerAuth } from '../core/customer-auth.js'
import type { CustomerCredential, CustomerOperationInfo } from '../core/customer-credential.js'
import { clientError } from '../core/to-customer-auth-error.js'

/** The options `customerAuthExchange()` and `createCustomerFetch()` share. */
export interface CustomerClientOptions {
  /**
   * Decides which operations act as the customer (get the token, are watched for a refusal).
   * `byDefault` is the backend's rule: Shopify, the operation declares `$customerAccessToken`;
   * Adobe Commerce, it selects one of core Magento's customer fields (`customer`,
   * `customerCart`, `mergeCarts`, ...). Extend it, e.g. for cart mutations on the customer's
   * cart: `(operation, byDefault) => byDefault || operation.name?.startsWith('Cart') === true`.
   */
  readonly needsCustomer?: (operation: CustomerOperationInfo, byDefault: boolean) => boolean
}

/** What one customer-bound request is sent with: the token's headers and variables. */
export interface PlacedCredential {
  readonly headers: Readonly<Record<string, string>>
  readonly variables: Readonly<Record<string, unknown>>
}

/** The engine's backend credential rule, and the app's choice of operations around it. */
export function customerRequests(
  engine: CustomerAuth,
  options: CustomerClientOptions,
  what: string,
) {
  const credential: CustomerCredential | undefined = engine.backend.credential
  if (!credential)
    throw clientError('CONFIGURATION', `${what}: ${engine.backend.id} has no customer credential`)
  return {
    credential,
    needsCustomer(operation: CustomerOperationInfo): boolean {
      const byDefault = credential.needsCustomer(operation)
      return options.needsCustomer ? options.needsCustomer(operation, byDefault) : byDefault
    },
    place(
      accessToken: string,
      variables: Readonly<Record<string, unknown>> = {},
    ): PlacedCredential {
      const { variable } = credential
      return {
        headers: credential.headers(accessToken),
        variables: variable ? { ...variables, [variable]: accessToken } : variables,
      }
    },
  }
}
