import type { Clock } from './customer-auth.js'

/**
 * Tells subscribers "look at the wall clock now": when the page becomes visible, gains focus,
 * comes back online or is restored from the back/forward cache, and every `pollIntervalMs`
 * while visible. Timers do not run while a device sleeps and are throttled in background tabs;
 * these signals are how a session notices on wake that its renew point or deadline has passed.
 * Listens only while someone is subscribed (like TanStack Query's focusManager).
 */
export class WakeManager {
  readonly #clock: Clock
  readonly #pollIntervalMs: number
  readonly #listeners = new Set<() => void>()
  #teardown: (() => void) | undefined

  constructor(clock: Clock, pollIntervalMs: number) {
    this.#clock = clock
    this.#pollIntervalMs = pollIntervalMs
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    this.#teardown ??= this.#setup()
    return () => {
      this.#listeners.delete(listener)
      if (this.#listeners.size === 0) {
        this.#teardown?.()
        this.#teardown = undefined
      }
    }
  }

  #wake(): void {
    for (const listener of [...this.#listeners]) listener()
  }

  #setup(): () => void {
    const clock = this.#clock
    let active = true
    let pollHandle: unknown
    const visible = (): boolean =>
      typeof document === 'undefined' || document.visibilityState !== 'hidden'
    const poll = (): void => {
      if (pollHandle !== undefined) clock.clearTimeout(pollHandle)
      pollHandle = undefined
      if (!active || !visible() || this.#pollIntervalMs <= 0) return
      pollHandle = clock.setTimeout(() => {
        pollHandle = undefined
        this.#wake()
        poll()
      }, this.#pollIntervalMs)
    }
    const onSignal = (): void => {
      if (visible()) this.#wake()
      poll()
    }
    const hasWindow = typeof window !== 'undefined' && typeof window.addEventListener === 'function'
    if (hasWindow) {
      window.addEventListener('focus', onSignal)
      window.addEventListener('online', onSignal)
      window.addEventListener('pageshow', onSignal)
      document.addEventListener('visibilitychange', onSignal)
    }
    poll()
    return () => {
      active = false
      if (pollHandle !== undefined) clock.clearTimeout(pollHandle)
      if (hasWindow) {
        window.removeEventListener('focus', onSignal)
        window.removeEventListener('online', onSignal)
        window.removeEventListener('pageshow', onSignal)
        document.removeEventListener('visibilitychange', onSignal)
      }
    }
  }
}
