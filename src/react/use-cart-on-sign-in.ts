import { useEffect, useRef, useState } from 'react'
import type { CartLink } from '../core/cart-link.js'
import { cartStepFor, type CartStep } from '../core/cart-step.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { useCustomerAuthContext } from './customer-auth-context.js'
import { sharedGuestCart } from './shared-guest-cart.js'

/** A cart step that failed: which one, and why (a typed error, never text to parse). */
export interface CartFailure {
  readonly step: CartStep
  readonly error: CustomerAuthError
}

/** The options of `useCartOnSignIn`: the app's current cart id and where the new one goes. */
export interface UseCartOnSignInOptions {
  /** The cart id the app holds now (a guest's before sign-in), or null when it has none. */
  readonly cartId: string | null
  /**
   * The cart id to use from now on: the customer's after a sign-in (on Shopify the same id, now
   * the customer's), a fresh guest cart's after a sign-out or an expiry. Store it where the app
   * keeps its cart id.
   */
  readonly onCartChange: (cartId: string, step: CartStep) => void
  /** A cart step failed. The session is not affected: the sign-in stands. */
  readonly onError?: (failure: CartFailure) => void
}

/** What `useCartOnSignIn` reports: the step in flight and the last failure. */
export interface CartOnSignInState {
  /** The cart step running now, or null. */
  readonly pending: CartStep | null
  /** The last step's failure, cleared when the next step starts. */
  readonly failure: CartFailure | null
}

const idle: CartOnSignInState = { pending: null, failure: null }

/**
 * Carries the shopper's cart across sign-in and sign-out, opt-in: pass `shopifyCart(...)` or
 * `adobeCommerceCart(...)`, made once outside render. On a sign-in in this tab the guest cart
 * becomes the customer's (Shopify: buyer identity; Adobe Commerce: merged into the customer's
 * cart); on a sign-out or an expiry the app gets a fresh guest cart. It runs after the session
 * has begun or ended and never holds it up: a failure arrives in `onError` and in the returned
 * `failure`. A newer session event cancels the step still running for an older one.
 *
 * @example
 * ```tsx
 * import { useState } from 'react'
 * import { adobeCommerceCart, useCartOnSignIn } from 'storefront-auth'
 *
 * const cart = adobeCommerceCart({ endpoint: '/graphql' })
 *
 * export function CartBadge() {
 *   const [cartId, setCartId] = useState<string | null>(() => localStorage.getItem('cart'))
 *   const { failure } = useCartOnSignIn(cart, {
 *     cartId,
 *     onCartChange: (id) => {
 *       localStorage.setItem('cart', id)
 *       setCartId(id)
 *     },
 *   })
 *   return <p>{failure ? `Cart not updated (${failure.error.code})` : `Cart ${cartId ?? 'none'}`}</p>
 * }
 * ```
 */
export function useCartOnSignIn(
  link: CartLink,
  options: UseCartOnSignInOptions,
): CartOnSignInState {
  const { engine } = useCustomerAuthContext('useCartOnSignIn')
  const [state, setState] = useState<CartOnSignInState>(idle)
  // The latest options, read when an event arrives: the subscription outlives renders.
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })

  useEffect(() => {
    let running: AbortController | undefined
    // The session an end ends: events name none, so the last one this tab held.
    let heldSessionId = engine.getSnapshot().session?.sessionId ?? null
    const guestCartKey = `storefront-auth:guest-cart:${engine.backend.id}`
    const unsubscribe = engine.onEvent((event) => {
      const endedSessionId = heldSessionId
      if (event.type === 'login' || event.type === 'renew') heldSessionId = event.session.sessionId
      else if (event.type === 'logout' || event.type === 'expire') heldSessionId = null
      const step = cartStepFor(event)
      if (step === null) return
      running?.abort()
      const controller = (running = new AbortController())
      setState({ pending: step, failure: null })
      const outcome =
        event.type === 'login'
          ? link.signIn(
              { guestCartId: latest.current.cartId, accessToken: event.session.accessToken },
              controller.signal,
            )
          : event.type === 'logout' && event.reason === 'logout'
            ? link.signOut(controller.signal)
            : // Every tab sees an expiry or a refused token end the session: one guest cart for all.
              sharedGuestCart(guestCartKey, endedSessionId, () => link.signOut(controller.signal))
      void outcome.then(({ cartId, error }) => {
        if (controller.signal.aborted) return
        if (cartId !== null) latest.current.onCartChange(cartId, step)
        const failure = error && { step, error }
        if (failure) latest.current.onError?.(failure)
        setState({ pending: null, failure })
      })
    })
    return () => {
      unsubscribe()
      running?.abort()
    }
  }, [engine, link])

  return state
}
