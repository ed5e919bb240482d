import type { CombinedError } from '@urql/core'
import type { CartLink } from '../../core/cart-link.js'
import { CustomerAuthError, type CustomerAuthErrorCode } from '../../core/customer-auth-error.js'
import { cartSender, settled } from '../cart-sender.js'
import { apiError } from '../transport-error.js'
import type { AdobeCommerceOptions } from './adobe-commerce.js'
import { CreateGuestCart, CustomerCartId, MergeGuestCart } from './cart-documents.js'

/** Where the carts are: the same `endpoint`, `store` and `fetch` as `adobeCommerce()`'s. */
export type AdobeCommerceCartOptions = Pick<AdobeCommerceOptions, 'endpoint' | 'store' | 'fetch'>

/**
 * Magento's categories for the cart operations (QuoteGraphQl's GetCartForUser, CustomerCart,
 * MergeCarts): a refused token is TOKEN_INVALID; a cart that is unknown, merged already or not
 * this shopper's is NOT_FOUND (Magento's no-such-entity and authorization); bad input is
 * VALIDATION.
 */
const codeByCategory: Readonly<Record<string, CustomerAuthErrorCode>> = {
  'graphql-authentication': 'TOKEN_INVALID',
  'graphql-authorization': 'NOT_FOUND',
  'graphql-no-such-entity': 'NOT_FOUND',
  'graphql-input': 'VALIDATION',
}

function adobeCartError(error: CombinedError): CustomerAuthError {
  const category = error.graphQLErrors[0]?.extensions?.['category']
  const code = (typeof category === 'string' && codeByCategory[category]) || 'SERVER'
  return apiError(code, error, 'adobe-commerce', false)
}

/**
 * The cart option for Adobe Commerce, for `useCartOnSignIn`: on sign-in, the guest cart merges
 * into the customer's cart (`customerCart`, then `mergeCarts`; Magento adds up the quantities
 * and deactivates the guest cart) and the app gets the customer's cart id; on sign-out, a new
 * guest cart (`createGuestCart`).
 *
 * @example
 * ```ts
 * import { adobeCommerce, adobeCommerceCart } from 'storefront-auth'
 *
 * const shop = { endpoint: 'https://shop.example.com/graphql' }
 * export const backend = adobeCommerce(shop)
 * export const cart = adobeCommerceCart(shop)
 * ```
 */
export function adobeCommerceCart(options: AdobeCommerceCartOptions): CartLink {
  const { endpoint, store } = options
  if (!endpoint)
    throw new CustomerAuthError('CONFIGURATION', 'adobeCommerceCart: endpoint is required.', {
      source: 'client',
    })
  const send = cartSender({
    url: endpoint,
    fetch: options.fetch,
    source: 'adobe-commerce',
    graphQLError: adobeCartError,
  })
  const storeHeaders: Record<string, string> = store ? { Store: store } : {}

  return {
    api: 'adobe-commerce',

    async signIn({ guestCartId, accessToken }, signal) {
      const customer = { ...storeHeaders, Authorization: `Bearer ${accessToken}` }
      const own = await settled(async () => {
        const data = await send('query', CustomerCartId, {}, customer, signal)
        return data.customerCart.id
      })
      if (own.cartId === null || guestCartId === null || guestCartId === own.cartId) return own
      const merged = await settled(async () => {
        const data = await send(
          'mutation',
          MergeGuestCart,
          { source: guestCartId, destination: own.cartId },
          customer,
          signal,
        )
        return data.mergeCarts.id
      })
      // A failed merge still leaves the customer's own cart: Magento refuses a guest cart to a
      // signed-in customer, so the guest id is of no use any more.
      return merged.error ? { cartId: own.cartId, error: merged.error } : merged
    },

    signOut: (signal) =>
      settled(async () => {
        const data = await send('mutation', CreateGuestCart, {}, storeHeaders, signal)
        const id = data.createGuestCart?.cart?.id
        if (!id)
          throw new CustomerAuthError('SERVER', 'No guest cart id.', { source: 'adobe-commerce' })
        return id
      }),
  }
}
