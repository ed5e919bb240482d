import type { Clock } from './customer-auth.js'

/**
 * Browsers and Node run a `setTimeout` longer than 2^31−1 ms (about 24.8 days) at once, so a
 * 6-week Shopify token would renew immediately. Longer waits are split into steps below that.
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 2

/**
 * Calls `callback` once the clock reaches `deadline`. Each step re-reads the clock when it fires
 * (like oidc-client-ts' Timer): a timer delayed by a sleeping device or a throttled background
 * tab fires late, never early. Returns a canceller.
 */
export function armDeadline(clock: Clock, deadline: number, callback: () => void): () => void {
  let handle: unknown
  const step = (): void => {
    const delay = Math.min(Math.max(0, deadline - clock.now()), MAX_TIMEOUT_MS)
    handle = clock.setTimeout(() => {
      handle = undefined
      if (clock.now() < deadline) step()
      else callback()
    }, delay)
  }
  step()
  return () => {
    if (handle !== undefined) clock.clearTimeout(handle)
    handle = undefined
  }
}
