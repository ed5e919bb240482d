import type { CustomerAuthError } from './customer-auth-error.js'
import type { EngineCore } from './engine-core.js'
import { adoptStored } from './follow-incoming.js'
import { isNewer } from './incoming-session.js'
import type { CustomerSession } from './session.js'

/**
 * Under the renew lock, before sending: true when no request is needed, because this tab already
 * heard of another tab's renewal (Shopify renews in place, so the token alone does not tell), or
 * storage holds that renewal, a retry point, or another customer's sign-in (followed first).
 */
export function caughtUp(core: EngineCore, session: CustomerSession): boolean {
  const held = core.state.session
  if (held && isNewer(held, session)) return true
  const stored = core.store.read()
  return !!stored && adoptStored(core, stored) !== 'ignore'
}

/**
 * A renew failed: a dead token ends the session; anything else keeps it, with the error to show
 * and the next try at `retryAt`, which the other tabs wait for too (one retry per round).
 */
export function renewFailed(core: EngineCore, error: CustomerAuthError, retryAt: number): void {
  if (error.code === 'TOKEN_INVALID')
    return core.end('token-invalid', { broadcast: true, error, errorReason: 'renew' })
  core.report('renew', error, { type: 'renewFailed', error })
  const session = core.state.session
  if (!session || !core.crossTab || !Number.isFinite(retryAt)) return
  const meta = { ...core.ownMeta(session.sessionId), retryAt }
  core.store.persist(session, meta, { quiet: true })
  core.post({ type: 'session', session, ...meta })
}
