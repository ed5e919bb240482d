/** The one clock behind every expiry and time window of the emulator. */
export interface EmulatorClock {
  /** Epoch milliseconds. */
  now(): number
  /** Moves time forward. */
  advance(ms: number): void
  /** Jumps to a date (forward or back). */
  set(date: Date | number | string): void
}

/** A manual clock: starts at `start` (default: now) and moves only when told. */
export function createEmulatorClock(start: Date | number | string = Date.now()): EmulatorClock {
  let current = new Date(start).getTime()
  if (Number.isNaN(current)) throw new TypeError(`Invalid emulator start time: ${String(start)}`)
  return {
    now: () => current,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`clock.advance needs ms >= 0, got ${ms}`)
      current += ms
    },
    set(date) {
      const next = new Date(date).getTime()
      if (Number.isNaN(next)) throw new TypeError(`Invalid date: ${String(date)}`)
      current = next
    },
  }
}
