import type { Clock } from '../customer-auth.js'

/** A clock tests move by hand. `sleep` moves the wall clock without running timers, like a lid closed. */
export class ManualClock implements Clock {
  #now: number
  #nextId = 1
  readonly #timers = new Map<number, { at: number; callback: () => void }>()
  /** Every delay ever passed to `setTimeout`, to check clamping. */
  readonly delays: number[] = []

  constructor(now = Date.UTC(2026, 0, 1)) {
    this.#now = now
  }

  now(): number {
    return this.#now
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.#nextId++
    this.delays.push(ms)
    this.#timers.set(id, { at: this.#now + ms, callback })
    return id
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number)
  }

  get pendingTimers(): number {
    return this.#timers.size
  }

  /** Moves time forward, running each timer when its time comes (microtasks flushed between). */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined
      for (const entry of this.#timers) {
        if (entry[1].at <= target && (!due || entry[1].at < due[1].at)) due = entry
      }
      if (!due) break
      this.#timers.delete(due[0])
      this.#now = Math.max(this.#now, due[1].at)
      due[1].callback()
      for (let i = 0; i < 10; i++) await Promise.resolve()
    }
    this.#now = target
  }

  sleep(ms: number): void {
    this.#now += ms
  }
}
