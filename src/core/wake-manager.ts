import type { Clock } from './customer-auth.js'

export interface WakeManager {
  /** Adds a listener; returns its remover. Listening starts with the first and ends with the last. */
  subscribe(listener: () => void): () => void
}

/**
 * Tells subscribers "look at the wall clock now": when the page becomes visible, gains focus,
 * comes back online or is restored from the back/forward cache, and every `pollIntervalMs`
 * while visible (0 turns the poll off). Timers do not run while a device sleeps and are
 * throttled in background tabs; these signals are how a session notices on wake that its renew
 * point or deadline has passed. Listens only while someone is subscribed, like TanStack Query's
 * focusManager.
 */
export function createWakeManager(clock: Clock, pollIntervalMs: number): WakeManager {
  const listeners = new Set<() => void>()
  let teardown: (() => void) | undefined
  const wake = (): void => {
    for (const listener of [...listeners]) listener()
  }

  const setup = (): (() => void) => {
    let active = true
    let pollHandle: unknown
    const visible = (): boolean =>
      typeof document === 'undefined' || document.visibilityState !== 'hidden'
    const poll = (): void => {
      if (pollHandle !== undefined) clock.clearTimeout(pollHandle)
      pollHandle = undefined
      if (!active || !visible() || pollIntervalMs <= 0) return
      pollHandle = clock.setTimeout(() => {
        pollHandle = undefined
        wake()
        poll()
      }, pollIntervalMs)
    }
    const onSignal = (): void => {
      if (visible()) wake()
      poll()
    }
    const hasWindow = typeof window !== 'undefined' && typeof window.addEventListener === 'function'
    const windowEvents = ['focus', 'online', 'pageshow']
    if (hasWindow) {
      for (const type of windowEvents) window.addEventListener(type, onSignal)
      document.addEventListener('visibilitychange', onSignal)
    }
    poll()
    return () => {
      active = false
      if (pollHandle !== undefined) clock.clearTimeout(pollHandle)
      if (hasWindow) {
        for (const type of windowEvents) window.removeEventListener(type, onSignal)
        document.removeEventListener('visibilitychange', onSignal)
      }
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      teardown ??= setup()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          teardown?.()
          teardown = undefined
        }
      }
    },
  }
}
