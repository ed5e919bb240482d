import type { EngineCore } from './engine-core.js'
import type { IncomingDecision } from './incoming-session.js'
import type { SessionRecord } from './session-codec.js'
import type { IncomingNews } from './tab-follower.js'

/** A stored record as news (what storage holds has no known sender: `replaces` unknown). */
export const newsOfRecord = (record: SessionRecord, how: { save: boolean }): IncomingNews => ({
  incoming: {
    kind: 'session',
    session: record.session,
    signedInAt: record.signedInAt,
    retryAt: record.retryAt,
  },
  save: how.save,
})

/** Applies what `decideIncoming` decided about a session heard from a tab, storage or a restore. */
export function followIncoming(
  core: EngineCore,
  decision: IncomingDecision,
  news: IncomingNews,
  reason: 'restored' | 'other-tab',
): void {
  const { renewer } = core
  const previous = core.state.session
  const { session: next, signedInAt, replaces, retryAt } = news.incoming
  if (decision.kind === 'retry-later' && previous) {
    renewer.retryNotBefore(decision.at, previous)
    return core.reschedule()
  }
  if (decision.kind !== 'take-newer' && decision.kind !== 'switch') return
  renewer.plan(next)
  if (retryAt !== undefined) renewer.retryNotBefore(retryAt, next)
  // A tab whose storage is its own (sessionStorage, memory) keeps a copy, as it was sent, so
  // that copies in shared storage are same-value writes.
  const meta = { signedInAt: signedInAt ?? next.issuedAt, replaces, retryAt }
  const how = { save: news.save, share: false, meta }
  if (decision.kind === 'take-newer') {
    renewer.resolveWaiting(next)
    const change = { type: 'renewed', session: next, requestInFlight: renewer.attempting } as const
    return core.take(next, change, [{ type: 'renew', reason: 'other-tab', session: next }], how)
  }
  core.replaced(previous)
  core.signedInAt = meta.signedInAt
  const loggedOut = previous ? [{ type: 'logout', reason: 'replaced' } as const] : []
  const signedIn = { type: 'login', reason, session: next } as const
  core.take(next, { type: 'signedIn', session: next }, [...loggedOut, signedIn], how)
}
