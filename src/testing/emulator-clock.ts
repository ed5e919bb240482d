/** The one clock behind every expiry and time window of the emulator. */
export interface EmulatorClock {
  /** Epoch milliseconds. */
  now(): number
  /** Moves time forward. */
  advance(ms: number): void
  /** Jumps to a date (forward or back). */
  set(date: Date | number | string): void
}

/**
 * How the emulator's clock moves (the `clock` option of `createEmulator`).
 *
 * - `'manual'` (the default, for tests): time stands still until `clock.advance(ms)` or
 *   `clock.set(date)` moves it, so a test decides exactly when a token expires.
 * - `'real-time'` (dev servers: the CLI, the Vite plugin, Storybook's `npm start`): time follows
 *   `Date.now()`; `advance(ms)` and `set(date)` shift it by an offset that then keeps running.
 */
export type EmulatorClockMode = 'manual' | 'real-time'

/** Epoch ms of a date given as a Date, epoch ms or ISO string; a TypeError names `what` when invalid. */
export function toEpochMs(date: Date | number | string, what: string): number {
  const ms = new Date(date).getTime()
  if (Number.isNaN(ms)) throw new TypeError(`Invalid ${what}: ${String(date)}`)
  return ms
}

/** Time only moves forward with `advance` (use `set` to go back). */
export function checkAdvance(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock.advance needs ms >= 0, got ${ms}`)
}

/** A manual clock: starts at `start` (default: now) and moves only when told. */
export function createEmulatorClock(start: Date | number | string = Date.now()): EmulatorClock {
  let current = toEpochMs(start, 'emulator start time')
  return {
    now: () => current,
    advance(ms) {
      checkAdvance(ms)
      current += ms
    },
    set(date) {
      current = toEpochMs(date, 'date')
    },
  }
}
