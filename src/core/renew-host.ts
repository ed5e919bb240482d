import type { EngineCore } from './engine-core.js'
import { followIncoming, newsOfRecord } from './follow-incoming.js'
import { decideIncoming, isNewer } from './incoming-session.js'
import type { RenewHost } from './renew-controller.js'

/** What the renew controller's results mean for the engine's state, storage and tabs. */
export function createRenewHost(core: EngineCore): RenewHost {
  return {
    validSession: () => core.validSession(),
    isStarted: () => core.started,
    staleness: (session) => core.staleness(session),
    caughtUp(session) {
      // Another tab's renewal heard while this attempt waited for the lock (Shopify renews in
      // place, so the token alone does not tell).
      const held = core.state.session
      if (held && isNewer(held, session)) return true
      // Storage may hold that renewal, a retry point, or another customer's sign-in.
      const stored = core.store.read()
      if (!stored) return false
      const news = newsOfRecord(stored, { save: false })
      const decision = decideIncoming(news.incoming, core.view())
      followIncoming(core, decision, news, 'other-tab')
      return decision.kind !== 'ignore'
    },
    started: () => core.transition({ type: 'renewStarted' }),
    renewed: (next, reason) =>
      core.take(next, { type: 'renewed', session: next, requestInFlight: false }, [
        { type: 'renew', reason, session: next },
      ]),
    tokenInvalid: (error) =>
      core.end('token-invalid', { broadcast: true, error, errorReason: 'renew' }),
    failed(error, retryAt) {
      core.report('renew', error, { type: 'renewFailed', error })
      // One retry per round across all tabs: the others wait for this retry point too.
      const session = core.state.session
      if (!session || !core.crossTab || !Number.isFinite(retryAt)) return
      const meta = { ...core.ownMeta(session.sessionId), retryAt }
      core.store.persist(session, meta, { quiet: true })
      core.post({ type: 'session', session, ...meta })
    },
    settled: () => core.transition({ type: 'renewSettled' }),
    scheduleChanged: () => core.reschedule(),
    revoke: (accessToken) => core.revoke(accessToken),
  }
}
