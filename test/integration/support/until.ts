import { act } from '@testing-library/react'
import { vi } from 'vitest'

/**
 * One event-loop turn. Under fake timers it also runs the timers already due (react-query batches
 * its notifications with `setTimeout(0)`), without moving the clock.
 */
async function turn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve))
  if (vi.isFakeTimers()) vi.advanceTimersByTime(0)
}

/**
 * Lets real I/O (the emulator's HTTP answers, BroadcastChannel messages) happen until `check`
 * holds. Turns the event loop with `setImmediate`, which fake timers leave alone, so this never
 * moves the clock; the cap only guards against a hang.
 */
export async function until(
  check: () => boolean,
  what = 'the condition',
  useAct = true,
): Promise<void> {
  const started = performance.now()
  while (!check()) {
    if (performance.now() - started > 3_000) throw new Error(`Timed out waiting for ${what}`)
    if (useAct) await act(turn)
    else await turn()
  }
}

/** A few event-loop turns: for asserting that something did NOT happen after I/O could run. */
export async function turns(count = 50, useAct = true): Promise<void> {
  for (let i = 0; i < count; i++) {
    if (useAct) await act(turn)
    else await turn()
  }
}
