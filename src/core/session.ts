/** A token as an API issued it. Times are epoch milliseconds. */
export interface IssuedToken {
  readonly accessToken: string
  readonly expiresAt: number
  readonly issuedAt: number
}

/** The signed-in customer's session: the current token plus an id that survives renewals. */
export interface CustomerSession extends IssuedToken {
  /** Stable for the life of a sign-in (renewals keep it); keys caches instead of the raw token. */
  readonly sessionId: string
}

/**
 * Where the session is: `initializing` (storage not read yet), `anonymous`, `authenticated`,
 * `renewing` (still valid while a renew is in flight) or `expired` (sign in again).
 */
export type CustomerAuthStatus =
  'initializing' | 'anonymous' | 'authenticated' | 'renewing' | 'expired'

/** Why the last session ended: the state's `endReason`, and the reason of `logout`/`expire` events. */
export type SessionEndReason =
  'logout' | 'logout-elsewhere' | 'expired' | 'token-invalid' | 'customer-missing' | 'replaced'
