import type { CustomerAuthState } from './customer-auth.js'
import type { EngineCore } from './engine-core.js'
import { expiredView } from './session-transitions.js'

/**
 * `getSnapshot()`: a read, as `useSyncExternalStore` requires. A session whose deadline passed
 * unnoticed (frozen timers, or before start) is shown expired, the same object on every call,
 * and the engine catches up or ends it right after, outside render. A stored renewal or sign-in
 * another tab made meanwhile is not shown as an expiry first.
 */
export function createSnapshotReader(core: EngineCore): () => CustomerAuthState {
  let checkQueued = false
  let expired: { of: CustomerAuthState; view: CustomerAuthState } | undefined
  return () => {
    const { state } = core
    if (!state.session || core.live(state.session)) return state
    if (!checkQueued) {
      checkQueued = true
      // Queued by a running engine: only while it still runs. Before start (a server render)
      // the session just ends, leaving storage alone.
      const queuedWhileStarted = core.started
      queueMicrotask(() => {
        checkQueued = false
        if (core.started) core.check()
        else if (!queuedWhileStarted) core.validSession()
      })
    }
    const stored = core.started && core.crossTab ? core.store.read({ quiet: true }) : null
    if (stored && core.live(stored.session)) return state
    if (expired?.of !== state) expired = { of: state, view: expiredView(state) }
    return expired.view
  }
}
