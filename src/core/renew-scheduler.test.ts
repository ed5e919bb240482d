import { describe, expect, it } from 'vitest'
import {
  backoffDelay,
  defaultRenewOptions,
  planRenewAt,
  resolveRenewOptions,
} from './renew-scheduler.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const noJitter = { ...defaultRenewOptions, jitterMs: 0 }

describe('planRenewAt', () => {
  it('renews when 75% of the lifetime has passed', () => {
    const token = { accessToken: 't', issuedAt: 0, expiresAt: 42 * DAY }
    expect(planRenewAt(token, noJitter, 0)).toBe(31.5 * DAY)
  })

  it('renews no later than 60 s before expiry for short tokens', () => {
    // 75% of 3 minutes is 45 s before expiry: too late, so the 60 s lead wins.
    const token = { accessToken: 't', issuedAt: 0, expiresAt: 180_000 }
    expect(planRenewAt(token, noJitter, 0)).toBe(120_000)
  })

  it('moves the point earlier by at most the jitter', () => {
    const token = { accessToken: 't', issuedAt: 0, expiresAt: HOUR }
    const options = { ...defaultRenewOptions, jitterMs: 5_000 }
    expect(planRenewAt(token, options, 0)).toBe(0.75 * HOUR)
    expect(planRenewAt(token, options, 0.999_999)).toBeGreaterThan(0.75 * HOUR - 5_000)
    for (let i = 0; i < 100; i++) {
      const at = planRenewAt(token, options, Math.random())
      expect(at).toBeLessThanOrEqual(0.75 * HOUR)
      expect(at).toBeGreaterThan(0.75 * HOUR - 5_000)
    }
  })

  it('never plans before half the lifetime, so a token shorter than twice the lead does not loop', () => {
    const token = { accessToken: 't', issuedAt: 1_000, expiresAt: 61_000 }
    expect(planRenewAt(token, defaultRenewOptions, 0.5)).toBe(31_000)
  })
})

describe('backoffDelay', () => {
  it('doubles from backoffMs and stops at maxBackoffMs', () => {
    const options = { ...defaultRenewOptions, backoffMs: 1_000, maxBackoffMs: 10_000 }
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, options))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ])
  })
})

describe('resolveRenewOptions', () => {
  it('fills defaults and keeps what the app set', () => {
    expect(resolveRenewOptions({ at: 0.5 })).toEqual({ ...defaultRenewOptions, at: 0.5 })
  })

  it('refuses options that cannot work with a RangeError', () => {
    expect(() => resolveRenewOptions({ at: 1.5 })).toThrow(RangeError)
    expect(() => resolveRenewOptions({ backoffMs: -1 })).toThrow(RangeError)
    expect(() => resolveRenewOptions({ minLeadMs: Number.NaN })).toThrow(RangeError)
  })
})
