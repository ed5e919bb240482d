import { act } from '@testing-library/react'
import { vi } from 'vitest'
import type { Emulator } from '../../../src/testing/index.js'
import { turns } from './until.js'

export interface FakeTime {
  /** Moves time forward, firing every timer due on the way (as if the page stayed awake). */
  advance(ms: number): Promise<void>
  /**
   * Moves time forward in `stepMs` steps, letting I/O settle after each, until `check` holds;
   * returns how far it moved. For "it happens at about this point" without knowing the jitter.
   */
  advanceUntil(check: () => boolean, stepMs: number, maxMs: number): Promise<number>
  /** Moves the wall clock without firing timers: a device that slept. */
  jump(ms: number): void
}

/**
 * Fake timers and Date for the engine, real I/O for HTTP (setImmediate and the network are left
 * alone), and the emulator's clock reading the same fake Date, so both sides always agree on the
 * time (fake-timers let real I/O run between timers, so a clock synced only afterwards lags).
 */
export function useFakeTime(emulator: Emulator): FakeTime {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  })
  vi.spyOn(emulator.clock, 'now').mockImplementation(() => Date.now())
  const advance = async (ms: number) => {
    await act(() => vi.advanceTimersByTimeAsync(ms))
  }
  return {
    advance,
    async advanceUntil(check, stepMs, maxMs) {
      let moved = 0
      while (!check()) {
        if (moved >= maxMs) throw new Error(`Not reached within ${maxMs} ms of fake time`)
        await advance(stepMs)
        moved += stepMs
        await turns(20)
      }
      return moved
    },
    jump(ms) {
      vi.setSystemTime(Date.now() + ms)
    },
  }
}
