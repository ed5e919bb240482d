import type { CustomerCredential } from '../../core/customer-credential.js'

/**
 * Core Magento's root fields that act as the customer named by the Bearer token (2.4.7:
 * CustomerGraphQl, QuoteGraphQl, SalesGraphQl, VaultGraphQl, WishlistGraphQl). Any other
 * operation (catalog, guest carts, sign-in itself) goes out as the app sent it; the app opts
 * more in with `needsCustomer` (e.g. cart mutations on the customer's cart).
 */
const customerFields: ReadonlySet<string> = new Set([
  'customer',
  'customerCart',
  'customerOrders',
  'customerDownloadableProducts',
  'customerPaymentTokens',
  'wishlist',
  'revokeCustomerToken',
  'updateCustomer',
  'updateCustomerV2',
  'updateCustomerEmail',
  'changeCustomerPassword',
  'deleteCustomer',
  'createCustomerAddress',
  'updateCustomerAddress',
  'updateCustomerAddressV2',
  'deleteCustomerAddress',
  'deleteCustomerAddressV2',
  'mergeCarts',
  'assignCustomerToGuestCart',
  'deletePaymentToken',
  'reorderItems',
  'addProductsToWishlist',
  'removeProductsFromWishlist',
  'updateProductsInWishlist',
])

/**
 * Adobe Commerce takes the customer's token as `Authorization: Bearer <token>`. Magento refuses
 * an unreadable, expired or revoked Bearer token before any resolver runs, with the category
 * `graphql-authentication` (HTTP 401): on a request that carried the token, that is the refusal.
 */
export const adobeCredential: CustomerCredential = {
  needsCustomer: ({ rootFields }) => rootFields.some(({ name }) => customerFields.has(name)),
  headers: (accessToken) => ({ Authorization: `Bearer ${accessToken}` }),
  variable: undefined,
  refusal: ({ errors = [] }) =>
    errors.some((error) => error.extensions?.['category'] === 'graphql-authentication')
      ? 'token-invalid'
      : null,
}
