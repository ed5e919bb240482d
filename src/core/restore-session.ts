import type { EngineCore } from './engine-core.js'
import { adoptStored } from './follow-incoming.js'
import type { CustomerAuthState } from './customer-auth.js'
import type { CustomerSession } from './session.js'

/** What start() does with storage: restore, keep the app's SSR session, or clean up. */
export function restoreOnStart(core: EngineCore, how: { readonly restarted: boolean }): void {
  const { store } = core
  const stored = store.read()
  if (stored && core.live(stored.session)) {
    adoptStored(core, stored, 'restored')
    // Written back even when unchanged: browsers cap how long a cookie set from script lives,
    // counted from its last write (Safari: 7 days), so each visit restarts the count. Same-value
    // writes to web storage change nothing and notify no tab.
    const session = core.state.session
    if (session?.sessionId === stored.session.sessionId) store.persist(session, stored)
  } else if (core.state.session) {
    // The app handed us a session (SSR) that storage lacks: keep it, so the next load has it.
    // After a stop (React's <Activity> hiding the provider) storage is the truth instead: the
    // session is gone because another tab ended it meanwhile, unheard.
    if (stored !== undefined && core.validSession())
      if (how.restarted) core.end('logout-elsewhere', { broadcast: false })
      else store.persist(core.state.session, core.ownMeta(null))
  } else if (stored) {
    store.remove()
    core.transition({ type: 'foundExpired' }, [{ type: 'expire', reason: 'expired' }])
  } else core.transition({ type: 'foundNothing' })
}

/**
 * A session the app handed over (SSR, read from the cookie): taken before start, so the first
 * render has it. Returns the server snapshot: the session as handed over, not judged by this
 * device's clock, so the server's HTML and the first render agree.
 */
export function takeInitialSession(
  core: EngineCore,
  initial: CustomerSession | null | undefined,
): CustomerAuthState {
  const asHandedOver = core.state
  if (!initial) return asHandedOver
  if (core.live(initial)) {
    // Its sign-in time is not known here; its token's issue time is the best guess until the
    // stored session (which keeps it) is read at start.
    core.signedInAt = initial.issuedAt
    core.renewer.plan(initial)
    core.transition({ type: 'signedIn', session: initial })
  } else core.transition({ type: 'foundExpired' })
  return { ...asHandedOver, status: 'authenticated', session: initial, isAuthenticated: true }
}
