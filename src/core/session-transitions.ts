import type { CustomerAuthState } from './customer-auth.js'
import type { CustomerAuthError } from './customer-auth-error.js'
import type { CustomerSession, SessionEndReason } from './session.js'

/** Every way the engine's state changes, by name. */
export type SessionTransition =
  /** A session became the current one: a sign-in, a restore, another tab's session. */
  | { readonly type: 'signedIn'; readonly session: CustomerSession }
  /** A later token of the current session, here or from another tab. */
  | {
      readonly type: 'renewed'
      readonly session: CustomerSession
      /** This tab's own renew request is still running (another tab's answer came first). */
      readonly requestInFlight: boolean
    }
  | { readonly type: 'renewStarted' }
  /** The renew request settled, whatever its outcome. */
  | { readonly type: 'renewSettled' }
  /** The renew was refused or failed; the session stays. */
  | { readonly type: 'renewFailed'; readonly error: CustomerAuthError }
  /** Something else failed (storage, revoke, customer query); the session stays. */
  | { readonly type: 'failed'; readonly error: CustomerAuthError }
  | {
      readonly type: 'ended'
      readonly reason: SessionEndReason
      /** Replaces the state's error when given. */
      readonly error?: CustomerAuthError
    }
  /** start() found no session. */
  | { readonly type: 'foundNothing' }
  /** start() found only an expired session (or the SSR session had expired). */
  | { readonly type: 'foundExpired' }
  /** logout() while expired: the customer has seen it and signed out. */
  | { readonly type: 'acknowledgedExpiry' }

export const initialState: CustomerAuthState = {
  status: 'initializing',
  session: null,
  isAuthenticated: false,
  error: null,
  endReason: null,
}

type Fields = Omit<CustomerAuthState, 'isAuthenticated'>

function fieldsAfter(state: CustomerAuthState, transition: SessionTransition): Partial<Fields> {
  switch (transition.type) {
    case 'signedIn':
      return { status: 'authenticated', session: transition.session, error: null, endReason: null }
    case 'renewed':
      return {
        status: transition.requestInFlight ? 'renewing' : 'authenticated',
        session: transition.session,
        error: null,
        endReason: null,
      }
    case 'renewStarted':
      return { status: 'renewing' }
    case 'renewSettled':
      return state.status === 'renewing' ? { status: 'authenticated' } : {}
    case 'renewFailed':
      return { status: 'authenticated', error: transition.error }
    case 'failed':
      return { error: transition.error }
    case 'ended':
      return {
        status: transition.reason === 'expired' ? 'expired' : 'anonymous',
        session: null,
        endReason: transition.reason,
        error: transition.error ?? state.error,
      }
    case 'foundNothing':
      return state.status === 'initializing' ? { status: 'anonymous' } : {}
    case 'foundExpired':
      return { status: 'expired', endReason: 'expired' }
    case 'acknowledgedExpiry':
      return state.status === 'expired' ? { status: 'anonymous', endReason: 'logout' } : {}
  }
}

/**
 * The state after `transition` at time `now`; the very same object when nothing in it changed,
 * so `getSnapshot()` stays referentially stable.
 */
export function nextState(
  state: CustomerAuthState,
  transition: SessionTransition,
  now: number,
): CustomerAuthState {
  const next = { ...state, ...fieldsAfter(state, transition) }
  next.isAuthenticated = next.session !== null && now < next.session.expiresAt
  const changed = (Object.keys(next) as (keyof CustomerAuthState)[]).some(
    (name) => next[name] !== state[name],
  )
  return changed ? next : state
}

/**
 * What a snapshot shows for a session whose deadline passed before the engine could end it
 * (a frozen timer): expired, as the engine will make it right after.
 */
export const expiredView = (state: CustomerAuthState): CustomerAuthState => ({
  ...state,
  status: 'expired',
  session: null,
  isAuthenticated: false,
  endReason: 'expired',
})
