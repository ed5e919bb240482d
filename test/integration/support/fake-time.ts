import { act } from '@testing-library/react'
import { vi } from 'vitest'
import type { Emulator } from '../../../src/testing/index.js'

/**
 * Fake timers and Date for the engine, real I/O for HTTP (setImmediate and the network are left
 * alone), and the emulator's clock kept in step so both sides agree on what time it is.
 */
export function useFakeTime(emulator: Emulator): {
  advance(ms: number): Promise<void>
  jump(ms: number): void
} {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  })
  emulator.clock.set(Date.now())
  return {
    /** Moves time forward, firing every timer due on the way (as if the page stayed awake). */
    async advance(ms) {
      await act(() => vi.advanceTimersByTimeAsync(ms))
      emulator.clock.set(Date.now())
    },
    /** Moves the wall clock without firing timers: a device that slept. */
    jump(ms) {
      vi.setSystemTime(Date.now() + ms)
      emulator.clock.set(Date.now())
    },
  }
}
