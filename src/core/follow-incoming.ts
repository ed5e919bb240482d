import type { EngineCore } from './engine-core.js'
import { decideIncoming, type IncomingSession, type TabView } from './incoming-session.js'
import type { SessionRecord } from './session-codec.js'

/** A session heard from another tab or read from storage, with the sign-in time it carries. */
export type IncomingNews = Extract<IncomingSession, { kind: 'session' }> & {
  readonly signedInAt?: number
  /** How many tries the tab that set `retryAt` made. */
  readonly retries?: number
}

/** How news is taken: kept in this tab's storage (a tab message), and as what kind of sign-in. */
export interface FollowOptions {
  /**
   * True for a tab message: a tab whose storage is its own (sessionStorage, memory) keeps a
   * copy. A session read from storage is already there.
   */
  readonly save: boolean
  readonly reason: 'restored' | 'other-tab'
}

/**
 * Judges a session heard from a tab, storage or a restore (`decideIncoming`) and applies the
 * decision. Returns what was decided.
 */
export function followIncoming(
  core: EngineCore,
  incoming: IncomingNews,
  how: FollowOptions,
): ReturnType<typeof decideIncoming>['kind'] {
  const decision = decideIncoming(incoming, core.view())
  const { renewer } = core
  const previous = core.state.session
  const { session: next, retryAt, retries } = incoming
  const sameSession = previous?.sessionId === next.sessionId
  // The session's own sign-in time, where this tab only had a guess (an SSR initialSession).
  if (sameSession && incoming.signedInAt !== undefined && incoming.signedInAt < core.signedInAt)
    core.signedInAt = incoming.signedInAt
  if (decision.kind === 'retry-later' && previous) {
    renewer.retryNotBefore(decision.at, previous, retries)
    core.reschedule()
  }
  if (decision.kind !== 'take-newer' && decision.kind !== 'switch') return decision.kind
  renewer.plan(next, sameSession ? (previous ?? undefined) : undefined)
  if (retryAt !== undefined) renewer.retryNotBefore(retryAt, next, retries)
  // Kept as it was sent, so that copies in shared storage are same-value writes.
  const meta = {
    signedInAt: incoming.signedInAt ?? next.issuedAt,
    replaces: incoming.replaces,
    retryAt,
  }
  const take = { save: how.save, share: false, meta }
  if (decision.kind === 'take-newer') {
    renewer.resolveWaiting(next)
    const change = { type: 'renewed', session: next, requestInFlight: renewer.attempting } as const
    core.take(next, change, [{ type: 'renew', reason: 'other-tab', session: next }], take)
  } else {
    core.replaced(previous)
    core.signedInAt = meta.signedInAt
    const loggedOut = previous ? [{ type: 'logout', reason: 'replaced' } as const] : []
    const signedIn = { type: 'login', reason: how.reason, session: next } as const
    core.take(next, { type: 'signedIn', session: next }, [...loggedOut, signedIn], take)
  }
  return decision.kind
}

/**
 * Takes a stored session as news (on start, a catch-up, before a renew). Storage names no
 * sender, so what it replaced is unknown: the session is always followed, unless signed out.
 */
export const adoptStored = (
  core: EngineCore,
  { session, signedInAt, retryAt, retries }: SessionRecord,
  reason: FollowOptions['reason'] = 'other-tab',
): ReturnType<typeof followIncoming> =>
  followIncoming(
    core,
    { kind: 'session', session, signedInAt, retryAt, retries },
    { save: false, reason },
  )

/** What this tab knows when it judges news (see decideIncoming). */
export const tabView = (core: EngineCore): TabView => ({
  now: core.now(),
  held: core.state.session,
  heldSignedInAt: core.signedInAt,
  signedOut: core.signedOut,
  lastStored: core.store.lastStored,
})
