import type { Clock } from './customer-auth.js'

/**
 * The real clock. Timers are looked up on `globalThis` at call time (not captured at import) so
 * test fake timers installed later still apply.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}
