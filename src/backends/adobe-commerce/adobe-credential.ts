import type { CustomerCredential } from '../../core/customer-credential.js'
import { loadOnDemand } from '../load-on-demand.js'

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
 * Adobe Commerce takes the customer's token as `Authorization: Bearer <token>`. A refusal is read
 * only from an answer with errors, by the error mapping (`adobeRefusal`, loaded with it on the
 * first such answer, so its categories stay out of the code a page loads up front).
 */
export const adobeCredential: CustomerCredential = {
  needsCustomer: ({ rootFields }) => rootFields.some(({ name }) => customerFields.has(name)),
  headers: (accessToken) => ({ Authorization: `Bearer ${accessToken}` }),
  variable: undefined,
  refusal: (result) =>
    result.errors?.length
      ? loadOnDemand(
          () => import('./map-adobe-errors.js'),
          'the Adobe Commerce error mapping',
        ).then((mapping) => mapping.adobeRefusal(result))
      : null,
}
