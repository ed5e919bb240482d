import type { CustomerAuthState } from '../core/customer-auth.js'
import { useCustomerAuth } from './use-customer-auth.js'

const selectAccessToken = (state: CustomerAuthState): string | null =>
  state.session?.accessToken ?? null

/**
 * The signed-in customer's token, for documents that take it as an argument (Shopify:
 * `customer(customerAccessToken:)`, `cartBuyerIdentityUpdate`, `@inContext(buyer:)`), or `null`
 * while nobody is signed in. Re-renders only when the token itself changes: a sign-in, a sign-out,
 * a customer switch, or a renew that issued a new token (Shopify renews in place: the same token).
 * It does not renew before use; `customerAuthExchange()` and `createCustomerFetch()` do.
 */
export function useCustomerAccessToken(): string | null {
  return useCustomerAuth(selectAccessToken)
}
