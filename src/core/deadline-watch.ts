import type { Clock } from './customer-auth.js'
import { armDeadline } from './deadline-timer.js'
import type { EngineCore } from './engine-core.js'
import { adoptStored } from './follow-incoming.js'
import type { CustomerSession } from './session.js'

/** The one timer of an engine: the session's renew point, or its deadline. */
export interface DeadlineWatch {
  /** Re-arms the timer for the current session (none when stopped or signed out). */
  reschedule(): void
  cancel(): void
  /**
   * The current session if still valid, else null. Not a read: a session past its deadline is
   * first looked for in storage (a tab whose timers were frozen may have missed another tab's
   * renewal or sign-in), then ended as expired.
   */
  validSession(): CustomerSession | null
  /** The wall-clock check run by the timer and every wake signal: expire, or renew when due. */
  check(): void
}

export function createDeadlineWatch(
  core: EngineCore,
  deps: {
    readonly clock: Clock
    readonly renewable: () => boolean
    /** The renew point has come. */
    readonly renewDue: () => void
  },
): DeadlineWatch {
  const { clock, renewable } = deps
  let cancelTimer = (): void => {}
  const watch: DeadlineWatch = {
    reschedule() {
      cancelTimer()
      const session = core.state.session
      if (core.started && session)
        cancelTimer = armDeadline(
          clock,
          renewable() ? core.renewer.nextCheck(session) : session.expiresAt,
          watch.check,
        )
    },
    cancel: () => cancelTimer(),
    validSession() {
      const held = core.state.session
      if (held && !core.live(held) && core.started && core.crossTab) {
        const stored = core.store.read({ quiet: true })
        if (stored && core.live(stored.session)) adoptStored(core, stored)
      }
      const session = core.state.session
      if (core.live(session)) return session
      if (session) core.end('expired', { broadcast: false })
      return null
    },
    check() {
      if (!watch.validSession()) return
      if (renewable() && core.renewer.isDue()) deps.renewDue()
      watch.reschedule()
    },
  }
  return watch
}
