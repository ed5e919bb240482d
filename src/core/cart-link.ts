import type { CustomerAuthError } from './customer-auth-error.js'

/**
 * What a cart link needs to carry the shopper's cart across a sign-in: the cart the shopper
 * filled as a guest (if any) and the new session's customer token.
 */
export interface CartSignIn {
  /** The guest cart id the app held before the sign-in, or null when there is none yet. */
  readonly guestCartId: string | null
  /** The customer token of the session that just began. A secret: never log it. */
  readonly accessToken: string
}

/**
 * How a cart step ended. Both can be set: on Adobe Commerce a failed merge still hands over the
 * customer's own cart id, since the guest cart cannot be used while signed in.
 */
export interface CartOutcome {
  /** The cart id the app should use from now on, or null to keep the one it has. */
  readonly cartId: string | null
  /** Why the step (or part of it) failed, or null. */
  readonly error: CustomerAuthError | null
}

/**
 * Carries the cart across sign-in and sign-out on one backend: `shopifyCart()` (the cart's buyer
 * identity follows the customer) or `adobeCommerceCart()` (the guest cart merges into the
 * customer's). Used by `useCartOnSignIn`. The methods never reject: failures come back in
 * `CartOutcome.error`.
 */
export interface CartLink {
  /** Which API this link talks to. */
  readonly api: 'shopify' | 'adobe-commerce'
  /** Ties the cart to the signed-in customer. */
  signIn(input: CartSignIn, signal?: AbortSignal): Promise<CartOutcome>
  /** A fresh, empty guest cart for the signed-out shopper. */
  signOut(signal?: AbortSignal): Promise<CartOutcome>
}
