import type { CustomerSession, IssuedToken } from './session.js'

/**
 * Two sign-ins whose tokens were issued this close together are taken to have crossed (each tab
 * took its own before hearing of the other's), and are settled by a rule every tab applies alike.
 */
export const CROSSING_WINDOW_MS = 10_000

/**
 * A later token of the same session (renewed or rotated after the one we hold): older in
 * neither time and different in something. Equal times with another token happen when a renew
 * lands in the same millisecond; the token another tab just wrote is then the newer one.
 */
export const isNewer = (a: IssuedToken, b: IssuedToken): boolean =>
  a.expiresAt >= b.expiresAt &&
  a.issuedAt >= b.issuedAt &&
  (a.accessToken !== b.accessToken || a.expiresAt !== b.expiresAt || a.issuedAt !== b.issuedAt)

/** What a tab hears: a session (from a tab message, a storage event or a re-read), or its absence. */
export type IncomingSession =
  | {
      readonly kind: 'session'
      readonly session: CustomerSession
      /**
       * The session the sender held before taking this one (`null`: none); `undefined` when
       * unknown (a re-read of storage, a tab of an earlier release).
       */
      readonly replaces?: string | null
      /** A retry point another tab set after its renew failed. */
      readonly retryAt?: number
    }
  /** Storage no longer holds the session a read last found there. */
  | { readonly kind: 'removed' }

/** What this tab knows when it judges news. */
export interface TabView {
  readonly now: number
  /** The session this tab holds (maybe past its deadline), or null. */
  readonly held: CustomerSession | null
  /** When the held session was signed in (kept across its renewals). */
  readonly heldSignedInAt: number
  /** Sessions signed out or replaced, here or elsewhere: they never come back. */
  readonly signedOut: ReadonlySet<string>
  /** The session a read of storage last found there. */
  readonly lastStored: string | undefined
}

export type IncomingDecision =
  | { readonly kind: 'ignore' }
  /** A later token of the session held: take it (a renewal elsewhere). */
  | { readonly kind: 'take-newer' }
  /** Another session takes over (a sign-in or customer switch elsewhere). */
  | { readonly kind: 'switch' }
  /** The same token, which another tab failed to renew: wait for its retry point. */
  | { readonly kind: 'retry-later'; readonly at: number }
  /** The held session was signed out elsewhere. */
  | { readonly kind: 'end' }

const ignore: IncomingDecision = { kind: 'ignore' }

/**
 * The one rule for news about the session, the same in every tab, so that tabs hearing the same
 * things in any order end on the same session. Pure: the engine applies what it returns.
 */
export function decideIncoming(incoming: IncomingSession, view: TabView): IncomingDecision {
  const { held, now } = view
  const heldLive = held !== null && now < held.expiresAt
  if (incoming.kind === 'removed')
    // Only a session storage was seen holding: a storage that silently dropped our write (a
    // blocked cookie) has never held it, and its emptiness says nothing.
    return held && held.sessionId === view.lastStored ? { kind: 'end' } : ignore
  const next = incoming.session
  if (now >= next.expiresAt || view.signedOut.has(next.sessionId)) return ignore
  if (held?.sessionId === next.sessionId) {
    if (isNewer(next, held)) return { kind: 'take-newer' }
    const { retryAt } = incoming
    return next.accessToken === held.accessToken && retryAt !== undefined && retryAt > now
      ? { kind: 'retry-later', at: retryAt }
      : ignore
  }
  // Two sign-ins that crossed would swap sessions between the tabs: unless the sender knowingly
  // replaced ours, the greater sessionId wins, so every tab, however it got either, settles on
  // the same one. Only for sign-ins moments apart (ours counted from its sign-in, not its last
  // renewal): a sender that held nothing (its storage is its own) and signed in later simply
  // replaces ours, and so does another session's renew (how a tab with its own storage that
  // missed a sign-in catches up). A sender of unknown history (`undefined`) is always followed.
  const crossed =
    heldLive &&
    incoming.replaces !== undefined &&
    incoming.replaces !== held.sessionId &&
    Math.abs(next.issuedAt - view.heldSignedInAt) < CROSSING_WINDOW_MS &&
    next.sessionId < held.sessionId
  return crossed ? ignore : { kind: 'switch' }
}
