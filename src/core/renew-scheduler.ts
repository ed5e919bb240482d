import type { RenewOptions } from './customer-auth.js'
import type { IssuedToken } from './session.js'

export type ResolvedRenewOptions = Required<RenewOptions>

export const defaultRenewOptions: ResolvedRenewOptions = {
  at: 0.75,
  minLeadMs: 60_000,
  jitterMs: 5_000,
  pollIntervalMs: 30_000,
  backoffMs: 1_000,
  maxBackoffMs: 60_000,
  requestTimeoutMs: 30_000,
}

export function resolveRenewOptions(options: RenewOptions = {}): ResolvedRenewOptions {
  const merged = { ...defaultRenewOptions }
  for (const key of Object.keys(merged) as (keyof RenewOptions)[]) {
    const value = options[key]
    if (value === undefined) continue
    // `at` is a fraction of the lifetime; the others are durations.
    if (!(Number.isFinite(value) && value >= 0 && (key !== 'at' || value <= 1)))
      throw new RangeError(`Invalid renew.${key}`)
    merged[key] = value
  }
  return merged
}

/**
 * When to renew a token: once `at` of its lifetime has passed, but no later than `minLeadMs`
 * before expiry, moved earlier by up to `jitterMs` (`random` in [0, 1)) so tabs and devices do
 * not all renew at the same instant. Never before half the lifetime: a token shorter than
 * twice the lead would otherwise be renewed the moment it arrives, over and over.
 */
export function planRenewAt(
  token: IssuedToken,
  options: ResolvedRenewOptions,
  random: number,
): number {
  const { issuedAt, expiresAt } = token
  const lifetime = Math.max(0, expiresAt - issuedAt)
  const point = Math.min(issuedAt + lifetime * options.at, expiresAt - options.minLeadMs)
  return Math.max(point - random * options.jitterMs, issuedAt + lifetime / 2)
}

/** Delay before retry number `attempt` (0 = the first retry): doubles, capped. */
export function backoffDelay(attempt: number, options: ResolvedRenewOptions): number {
  return Math.min(options.backoffMs * 2 ** attempt, options.maxBackoffMs)
}
