import { describe, expect, it } from 'vitest'
import { armDeadline, MAX_TIMEOUT_MS } from './deadline-timer.js'
import { ManualClock } from './test-support/manual-clock.js'

const DAY = 86_400_000

describe('armDeadline', () => {
  it('waits out a 60-day deadline in steps below 2^31−1 ms instead of firing at once', async () => {
    const clock = new ManualClock()
    let fired = 0
    armDeadline(clock, clock.now() + 60 * DAY, () => fired++)
    expect(clock.delays[0]).toBeLessThan(2 ** 31 - 1)
    expect(clock.delays[0]).toBe(MAX_TIMEOUT_MS)
    await clock.advance(59 * DAY)
    expect(fired).toBe(0)
    await clock.advance(DAY)
    expect(fired).toBe(1)
    expect(clock.delays.every((delay) => delay <= MAX_TIMEOUT_MS)).toBe(true)
  })

  it('fires late after the device slept, never early', async () => {
    const clock = new ManualClock()
    let firedAt: number | undefined
    const deadline = clock.now() + 10_000
    armDeadline(clock, deadline, () => (firedAt = clock.now()))
    clock.sleep(60_000)
    await clock.advance(0)
    expect(firedAt).toBe(deadline + 50_000)
  })

  it('cancels', async () => {
    const clock = new ManualClock()
    let fired = 0
    const cancel = armDeadline(clock, clock.now() + 1_000, () => fired++)
    cancel()
    await clock.advance(5_000)
    expect(fired).toBe(0)
    expect(clock.pendingTimers).toBe(0)
  })
})
