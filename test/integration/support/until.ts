import { act } from '@testing-library/react'

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
    if (performance.now() - started > 5_000) throw new Error(`Timed out waiting for ${what}`)
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
    if (useAct) await act(turn)
    else await turn()
  }
}

/** A few event-loop turns: for asserting that something did NOT happen after I/O could run. */
export async function turns(count = 50, useAct = true): Promise<void> {
  for (let i = 0; i < count; i++) {
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
    if (useAct) await act(turn)
    else await turn()
  }
}
