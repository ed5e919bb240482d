import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { useCustomerAuth, useLogin } from '../../src/react/index.js'
import type { RenewOptions } from '../../src/core/customer-auth.js'
import { ada, startEmulator } from './support/emulator-fixture.js'
import type { EmulatorFixture } from './support/emulator-fixture.js'
import { useFakeTime } from './support/fake-time.js'
import { renderAuthHook } from './support/render-auth.js'
import { turns, until } from './support/until.js'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
const lifetime = 2 * hour
const renewField = { field: 'customerAccessTokenRenew' } as const

let twoHours: EmulatorFixture
let sixtyDays: EmulatorFixture
beforeAll(async () => {
  twoHours = await startEmulator({ customerAccessTokenLifetimeMs: lifetime })
  sixtyDays = await startEmulator({ customerAccessTokenLifetimeMs: 60 * day })
})
afterAll(async () => {
  await twoHours.close()
  await sixtyDays.close()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  for (const fixture of [twoHours, sixtyDays]) fixture.emulator.requests.reset()
  localStorage.clear()
})

/** Expiry times travel with whole-second precision (ISO DateTime, JWT `exp`). */
function expectLifetime(session: { expiresAt: number; issuedAt: number }, ms: number) {
  expect(session.expiresAt - session.issuedAt).toBeGreaterThan(ms - 1_000)
  expect(session.expiresAt - session.issuedAt).toBeLessThanOrEqual(ms)
}

function renderSession(
  fixture: EmulatorFixture,
  name: 'shopify' | 'adobe' = 'shopify',
  renew?: RenewOptions,
) {
  return renderAuthHook(() => ({ login: useLogin(), auth: useCustomerAuth() }), {
    backend: fixture.backend(name),
    renew,
  })
}

describe('the session lifecycle', () => {
  it('renews when 75% of the lifetime has passed, keeping the session', async () => {
    const time = useFakeTime(twoHours.emulator)
    const { result, events } = renderSession(twoHours)
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    expectLifetime(session, lifetime)

    // The planned point is 90 minutes in, moved earlier by up to 5 s of jitter.
    await time.advance(0.75 * lifetime - 6_000)
    await turns()
    expect(twoHours.emulator.requests.count(renewField)).toBe(0)

    await time.advance(6_000)
    await until(() => result.current.auth.session?.expiresAt !== session.expiresAt, 'the renew')
    expect(twoHours.emulator.requests.count(renewField)).toBe(1)
    expect(result.current.auth).toMatchObject({ status: 'authenticated', isAuthenticated: true })
    expect(result.current.auth.session?.sessionId).toBe(session.sessionId)
    expect(result.current.auth.session?.expiresAt).toBeGreaterThan(session.expiresAt)
    expect(events).toContainEqual(expect.objectContaining({ type: 'renew', reason: 'scheduled' }))
  })

  it('does not renew a 60-day token at once (timers past 2^31-1 ms are clamped)', async () => {
    const time = useFakeTime(sixtyDays.emulator)
    // Only the deadline timer under test: the wall-clock poll would also catch the renew point.
    const { result } = renderSession(sixtyDays, 'shopify', { pollIntervalMs: 0 })
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    expectLifetime(session, 60 * day)
    await time.advance(10 * minute)
    await turns()
    expect(sixtyDays.emulator.requests.count(renewField)).toBe(0)
    // 25 days: beyond the longest single setTimeout, still before the renew point (45 days).
    await time.advance(25 * day)
    await turns()
    expect(sixtyDays.emulator.requests.count(renewField)).toBe(0)
    expect(result.current.auth.status).toBe('authenticated')
    // To 45 days (75% of 60, less up to 5 s of jitter): renewed once. Not far past it: the
    // request goes over real HTTP, and fake time jumping 30 s past it would abort it (timeout).
    await time.advance(20 * day - 10 * minute)
    await until(() => result.current.auth.session?.expiresAt !== session.expiresAt, 'the renew')
    expect(sixtyDays.emulator.requests.count(renewField)).toBe(1)
  })

  it('renews on visibilitychange in a tab that slept past the renew point', async () => {
    const time = useFakeTime(twoHours.emulator)
    const { result } = renderSession(twoHours)
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    time.jump(0.8 * lifetime)
    await turns()
    expect(twoHours.emulator.requests.count(renewField)).toBe(0)

    act(() => {
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await until(() => result.current.auth.session?.expiresAt !== session.expiresAt, 'the renew')
    expect(twoHours.emulator.requests.count(renewField)).toBe(1)
    expect(result.current.auth.status).toBe('authenticated')
  })

  it('expires a session whose deadline passed during sleep, without sending a renew', async () => {
    const time = useFakeTime(twoHours.emulator)
    const { result, events } = renderSession(twoHours)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    time.jump(lifetime + minute)
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await until(() => result.current.auth.status === 'expired', 'the expiry')
    await turns()
    expect(result.current.auth).toMatchObject({
      isAuthenticated: false,
      session: null,
      endReason: 'expired',
    })
    expect(events).toContainEqual({ type: 'expire', reason: 'expired' })
    expect(twoHours.emulator.requests.count(renewField)).toBe(0)
  })

  it('ends an Adobe Commerce session at its token expiry (no renew exists)', async () => {
    const time = useFakeTime(twoHours.emulator)
    const { result } = renderSession(twoHours, 'adobe')
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    // The emulator's JWT `exp`: one hour by default.
    expectLifetime(session, hour)
    await time.advance(hour - 1_000)
    expect(result.current.auth.status).toBe('authenticated')
    await time.advance(1_000)
    await until(() => result.current.auth.status === 'expired', 'the expiry')
    expect(result.current.auth.endReason).toBe('expired')
    expect(twoHours.emulator.requests.count({ endpoint: 'adobe-commerce' })).toBe(1)
  })
})
