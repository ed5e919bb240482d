import type { CustomerAuthEvent } from './customer-auth.js'
import type { EndOptions, EngineCore } from './engine-core.js'
import type { SessionEndReason } from './session.js'
import { clientError, toCustomerAuthError } from './to-customer-auth-error.js'

/**
 * Ends the session: `expired` (not broadcast: other tabs see the deadline themselves) or signed
 * out for `reason`. Callers waiting for a renew hear why; storage loses the session only if it
 * still holds this one.
 */
export function endSession(core: EngineCore, reason: SessionEndReason, how: EndOptions): void {
  const expired = reason === 'expired'
  const ended = core.state.session?.sessionId
  core.store.lastEnded = ended
  if (!expired && ended) core.signedOut.add(ended)
  core.cancelTimer()
  core.renewer.cancel()
  // Nothing to hand off: the other tabs hear of the end itself.
  core.renewer.releaseLock()
  core.renewer.resolveWaiting(
    clientError(expired ? 'TOKEN_INVALID' : 'ABORTED', `Session ended: ${reason}`),
  )
  const emitted: CustomerAuthEvent[] = [
    expired ? { type: 'expire', reason: 'expired' } : { type: 'logout', reason },
  ] as CustomerAuthEvent[]
  if (how.errorReason && how.error)
    emitted.unshift({ type: 'error', reason: how.errorReason, error: how.error })
  core.transition({ type: 'ended', reason, error: how.error }, emitted, () => {
    // Only our session: another tab may have stored a new one since (signed out, then in). An
    // expiry removes only a token that is itself over: another tab may have renewed it. Before
    // start (a server render noticing expiry) storage is not ours to touch yet.
    if (core.started || !expired) core.store.removeIfHolds(ended, { keepIfLive: expired })
    if (how.broadcast) core.post({ type: 'end', reason })
  })
}

/** Another tab ended the session, or storage lost it: ended here too, not broadcast again. */
export function endSessionElsewhere(core: EngineCore, reason: SessionEndReason): void {
  if (core.validSession())
    core.end(reason === 'logout' || reason === 'expired' ? 'logout-elsewhere' : reason, {
      broadcast: false,
    })
}

/** `logout()` after the epoch moved: every tab at once, then the server revoke, tried once. */
export async function signOut(core: EngineCore): Promise<void> {
  const { store } = core
  const session = core.state.session
  if (!session) {
    // Expired or anonymous: the stored value may be a session this tab has not heard of yet.
    if (store.read()?.session.sessionId === store.lastEnded) store.remove()
    core.transition({ type: 'acknowledgedExpiry' })
    return
  }
  core.end('logout', { broadcast: true })
  try {
    await core.backend.logout(session.accessToken, core.ctx)
  } catch (cause) {
    core.report('revoke', toCustomerAuthError(cause))
  }
}
