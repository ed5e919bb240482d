// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ManualClock } from './test-support/manual-clock.js'
import { createWakeManager } from './wake-manager.js'

let visibility: DocumentVisibilityState = 'visible'
vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility)

afterEach(() => {
  visibility = 'visible'
})

describe('wake manager', () => {
  it('wakes on visibilitychange to visible, focus, online and pageshow', () => {
    const manager = createWakeManager(new ManualClock(), 30_000)
    const wake = vi.fn()
    const unsubscribe = manager.subscribe(wake)
    document.dispatchEvent(new Event('visibilitychange'))
    window.dispatchEvent(new Event('focus'))
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('pageshow'))
    expect(wake).toHaveBeenCalledTimes(4)
    unsubscribe()
  })

  it('does not wake when the page becomes hidden', () => {
    const manager = createWakeManager(new ManualClock(), 30_000)
    const wake = vi.fn()
    const unsubscribe = manager.subscribe(wake)
    visibility = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(wake).not.toHaveBeenCalled()
    unsubscribe()
  })

  it('polls while visible and pauses while hidden', async () => {
    const clock = new ManualClock()
    const manager = createWakeManager(clock, 30_000)
    const wake = vi.fn()
    const unsubscribe = manager.subscribe(wake)
    await clock.advance(90_000)
    expect(wake).toHaveBeenCalledTimes(3)
    visibility = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(clock.pendingTimers).toBe(0)
    await clock.advance(90_000)
    expect(wake).toHaveBeenCalledTimes(3)
    visibility = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(wake).toHaveBeenCalledTimes(4)
    await clock.advance(30_000)
    expect(wake).toHaveBeenCalledTimes(5)
    unsubscribe()
  })

  it('listens once for many subscribers and leaves nothing behind after the last leaves', async () => {
    const clock = new ManualClock()
    const manager = createWakeManager(clock, 30_000)
    const added = vi.spyOn(window, 'addEventListener')
    const removed = vi.spyOn(window, 'removeEventListener')
    const a = vi.fn()
    const b = vi.fn()
    const offA = manager.subscribe(a)
    const offB = manager.subscribe(b)
    expect(added).toHaveBeenCalledTimes(3)
    expect(clock.pendingTimers).toBe(1)
    offA()
    offB()
    expect(removed).toHaveBeenCalledTimes(3)
    expect(clock.pendingTimers).toBe(0)
    window.dispatchEvent(new Event('focus'))
    await clock.advance(60_000)
    expect(a).not.toHaveBeenCalled()
    expect(b).not.toHaveBeenCalled()
  })
})
