import { checkAdvance, toEpochMs, type EmulatorClock } from './emulator-clock.js'

/** Options of `createRealTimeEmulatorClock`. */
export interface RealTimeEmulatorClockOptions {
  /** Where the clock starts; from there it runs with real time. Default: now. */
  readonly start?: Date | number | string
  /** The real time it follows. Default `Date.now` (read on every call, so fake timers apply). */
  readonly realNow?: () => number
}

/**
 * A clock that follows real time, for dev servers: two sign-ins minutes apart get expiries minutes
 * apart, and a renewal moves the expiry on. `advance(ms)` and `set(date)` add an offset to real
 * time (to try an expiry without waiting for it); the clock keeps running from there.
 */
export function createRealTimeEmulatorClock(
  options: RealTimeEmulatorClockOptions = {},
): EmulatorClock {
  const realNow = options.realNow ?? (() => Date.now())
  let offset =
    options.start === undefined ? 0 : toEpochMs(options.start, 'emulator start time') - realNow()
  return {
    now: () => realNow() + offset,
    advance(ms) {
      checkAdvance(ms)
      offset += ms
    },
    set(date) {
      offset = toEpochMs(date, 'date') - realNow()
    },
  }
}
