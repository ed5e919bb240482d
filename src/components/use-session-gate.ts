import type { CustomerAuthState } from '../core/customer-auth.js'
import { useCustomerAuth } from '../react/index.js'

/**
 * What the session gates render by. `signed-in` covers `authenticated` and `renewing` (the token
 * is still valid while a renew runs, so a renew never swaps the page); `signed-out` covers
 * `anonymous` and `expired` (an expired session cannot be used: the shopper signs in again).
 */
export type SessionGateState = 'initializing' | 'signed-in' | 'signed-out'

// Module-level so the subscription keeps one selector: a renew (authenticated → renewing →
// authenticated) and a token rotation never re-render a gate.
const selectGateState = (state: CustomerAuthState): SessionGateState =>
  state.status === 'initializing'
    ? 'initializing'
    : state.status === 'authenticated' || state.status === 'renewing'
      ? 'signed-in'
      : 'signed-out'

/**
 * The headless hook under `SignedIn`, `SignedOut` and `CustomerAuthGate`: whether the page should
 * show signed-in or signed-out content, or wait. On the server and during hydration it reads the
 * provider's server state (`initialSession`), so the first client render matches the HTML.
 */
export function useSessionGate(): SessionGateState {
  return useCustomerAuth(selectGateState)
}
