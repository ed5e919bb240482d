import type { CombinedError } from '@urql/core'
import type { CartLink } from '../../core/cart-link.js'
import {
  CustomerAuthError,
  isCustomerAuthError,
  type CustomerAuthErrorCode,
  type UserErrorLike,
} from '../../core/customer-auth-error.js'
import { cartSender, settled } from '../cart-sender.js'
import { apiError } from '../transport-error.js'
import { CartBuyerIdentityUpdate, CartCreate } from './cart-documents.js'
import {
  resolveEndpoint,
  storefrontTokenHeaders,
  type ShopifyStorefrontOptions,
} from './shopify-storefront.js'

/** Where the carts are: the same options as `shopifyStorefront()`'s (`now` is not used). */
export type ShopifyCartOptions = ShopifyStorefrontOptions

interface CartPayload {
  readonly cart: { readonly id: string } | null
  readonly userErrors: readonly UserErrorLike[]
}

/**
 * A `CartUserError` as a code: the customer token refused (`field` ending in
 * `customerAccessToken`, Shopify's `INVALID` "Customer is invalid") is TOKEN_INVALID, an unknown
 * cart (`field: ["cartId"]`) NOT_FOUND, anything else VALIDATION.
 */
function userErrorCode(error: UserErrorLike): CustomerAuthErrorCode {
  const field = error.field ?? []
  if (field.at(-1) === 'customerAccessToken') return 'TOKEN_INVALID'
  if (field[0] === 'cartId') return 'NOT_FOUND'
  return 'VALIDATION'
}

function cartIdOf(payload: CartPayload | null | undefined): string {
  const first = payload?.userErrors[0]
  if (first)
    throw new CustomerAuthError(userErrorCode(first), first.message, {
      source: 'shopify',
      userErrors: payload.userErrors,
    })
  if (!payload?.cart) throw new CustomerAuthError('SERVER', 'No cart.', { source: 'shopify' })
  return payload.cart.id
}

const shopifyCartError = (error: CombinedError): CustomerAuthError =>
  apiError('SERVER', error, 'shopify', false)

/**
 * The cart option for the Shopify Storefront API, for `useCartOnSignIn`: on sign-in the cart's
 * buyer identity becomes the customer (`cartBuyerIdentityUpdate` with the customer access
 * token; Shopify then fills in the customer's email), or a new cart is made for the customer when
 * the app has none; on sign-out, a new anonymous cart (`cartCreate`). The cart id stays the same
 * on sign-in.
 *
 * @example
 * ```ts
 * import { shopifyCart, shopifyStorefront } from 'storefront-auth'
 *
 * const shop = { storeDomain: 'my-shop.myshopify.com', publicAccessToken: 'public-token' }
 * export const backend = shopifyStorefront(shop)
 * export const cart = shopifyCart(shop)
 * ```
 */
export function shopifyCart(options: ShopifyCartOptions): CartLink {
  const [endpoint] = resolveEndpoint(options)
  const tokenHeaders = storefrontTokenHeaders(options)
  const send = cartSender({
    url: endpoint,
    fetch: options.fetch,
    source: 'shopify',
    graphQLError: shopifyCartError,
  })

  return {
    api: 'shopify',

    signIn: ({ guestCartId, accessToken }, signal) =>
      settled(async () => {
        const buyerIdentity = { customerAccessToken: accessToken }
        const createForCustomer = async () => {
          const data = await send(
            'mutation',
            CartCreate,
            { input: { buyerIdentity } },
            tokenHeaders(),
            signal,
          )
          return cartIdOf(data.cartCreate)
        }
        if (guestCartId === null) return createForCustomer()
        const data = await send(
          'mutation',
          CartBuyerIdentityUpdate,
          { cartId: guestCartId, buyerIdentity },
          tokenHeaders(),
          signal,
        )
        try {
          return cartIdOf(data.cartBuyerIdentityUpdate)
        } catch (error) {
          // The guest cart is gone (expired, or checked out): the customer gets a new one rather
          // than keeping a dead id.
          if (isCustomerAuthError(error) && error.code === 'NOT_FOUND') return createForCustomer()
          throw error
        }
      }),

    signOut: (signal) =>
      settled(async () => {
        const data = await send('mutation', CartCreate, { input: {} }, tokenHeaders(), signal)
        return cartIdOf(data.cartCreate)
      }),
  }
}
