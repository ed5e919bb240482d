import type { Clock } from './customer-auth.js'

/** Why the page woke. */
export interface WakeSignal {
  /**
   * The page came back from the back/forward cache (`pageshow` with `persisted`): it may have
   * missed anything, even what later pages of this same tab stored.
   */
  readonly restoredFromCache: boolean
}

/** Tells its subscribers when to look at the wall clock (and storage) again. */
export interface WakeManager {
  /** Adds a listener; returns its remover. Listening starts with the first and ends with the last. */
  subscribe(listener: (signal: WakeSignal) => void): () => void
}

const windowEvents = ['focus', 'online', 'pageshow']

/**
 * Tells subscribers "look at the wall clock now": when the page becomes visible, gains focus,
 * comes back online or is restored from the back/forward cache, and every `pollIntervalMs`
 * while visible (0 turns the poll off). Timers do not run while a device sleeps and are
 * throttled in background tabs; these signals are how a session notices on wake that its renew
 * point or deadline has passed. Listens only while someone is subscribed, like TanStack Query's
 * focusManager.
 */
export function createWakeManager(clock: Clock, pollIntervalMs: number): WakeManager {
  const listeners = new Set<(signal: WakeSignal) => void>()
  let teardown: (() => void) | undefined
  const wake = (signal: WakeSignal = { restoredFromCache: false }): void => {
    for (const listener of [...listeners]) listener(signal)
  }

  const setup = (): (() => void) => {
    let active = true
    let pollHandle: unknown
    const visible = (): boolean =>
      typeof document === 'undefined' || document.visibilityState !== 'hidden'
    const stopPoll = (): void => {
      if (pollHandle !== undefined) clock.clearTimeout(pollHandle)
      pollHandle = undefined
    }
    const poll = (): void => {
      stopPoll()
      // `active`: a listener may unsubscribe the last one from inside `wake`.
      if (active && visible() && pollIntervalMs > 0)
        pollHandle = clock.setTimeout(() => {
          pollHandle = undefined
          wake()
          poll()
        }, pollIntervalMs)
    }
    const onSignal = (event: Event): void => {
      if (visible()) wake({ restoredFromCache: (event as PageTransitionEvent).persisted === true })
      poll()
    }
    const listen = (method: 'addEventListener' | 'removeEventListener'): void => {
      if (typeof window !== 'undefined' && window[method]) {
        for (const type of windowEvents) window[method](type, onSignal)
        document[method]('visibilitychange', onSignal)
      }
    }
    listen('addEventListener')
    poll()
    return () => {
      active = false
      stopPoll()
      listen('removeEventListener')
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      teardown ??= setup()
      return () => {
        listeners.delete(listener)
        if (!listeners.size) {
          teardown?.()
          teardown = undefined
        }
      }
    },
  }
}
