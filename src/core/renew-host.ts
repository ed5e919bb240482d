import type { CustomerAuthError } from './customer-auth-error.js'
import type { EngineCore } from './engine-core.js'
import { adoptStored } from './follow-incoming.js'
import { isNewer } from './incoming-session.js'
import type { RenewReason } from './customer-auth.js'
import type { CustomerSession } from './session.js'

/**
 * Under the renew lock, before sending: true when no request is needed, because this tab already
 * heard of another tab's renewal (Shopify renews in place, so the token alone does not tell), or
 * storage holds that renewal, another tab's retry point (not for a customer's own `manual`
 * request), or, where tabs share the session, another customer's sign-in (followed first).
 */
export function caughtUp(
  core: EngineCore,
  session: CustomerSession,
  how: { readonly manual: boolean },
): boolean {
  const held = core.state.session
  if (held && isNewer(held, session)) return true
  const stored = core.store.read()
  if (!stored) return false
  // Tabs kept apart (`crossTab: false`) take only a later token of their own session from it.
  if (
    !core.crossTab &&
    !(stored.session.sessionId === session.sessionId && isNewer(stored.session, session))
  )
    return false
  // A customer's own request goes out even at another tab's retry point.
  const news = how.manual ? { ...stored, retryAt: undefined } : stored
  return adoptStored(core, news) !== 'ignore'
}

/**
 * A renew failed: a dead token ends the session; anything else keeps it, with the error to show
 * and the next try at `retryAt`, which the other tabs wait for too (one retry per round), with
 * the backoff going on from `retries`.
 */
export function renewFailed(
  core: EngineCore,
  error: CustomerAuthError,
  retryAt: number,
  retries: number,
): void {
  if (error.code === 'TOKEN_INVALID')
    return core.end('token-invalid', { broadcast: true, error, errorReason: 'renew' })
  core.report('renew', error, { type: 'renewFailed', error })
  const session = core.state.session
  if (!session || !core.crossTab || !Number.isFinite(retryAt)) return
  const meta = { ...core.ownMeta(session.sessionId), retryAt, retries }
  // Only over this very token: another tab may have signed out or in meanwhile.
  if (core.store.read({ quiet: true })?.session.accessToken === session.accessToken)
    core.store.persist(session, meta, { quiet: true })
  core.post({ type: 'session', session, ...meta })
}

/** This tab renewed the session: the new token is taken, stored and told to the other tabs. */
export function renewed(core: EngineCore, next: CustomerSession, reason: RenewReason): void {
  const change = { type: 'renewed', session: next, requestInFlight: false } as const
  core.take(next, change, [{ type: 'renew', reason, session: next }])
}
