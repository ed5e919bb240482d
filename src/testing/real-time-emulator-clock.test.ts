import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEmulator } from './create-emulator.js'
import { createRealTimeEmulatorClock } from './real-time-emulator-clock.js'
import { login } from './test-support/storefront-operations.js'

const minute = 60_000

afterEach(() => {
  vi.useRealTimers()
})

describe('createRealTimeEmulatorClock', () => {
  it('follows the real time it is given', () => {
    let real = Date.parse('2026-12-03T10:00:00Z')
    const clock = createRealTimeEmulatorClock({ realNow: () => real })
    expect(clock.now()).toBe(real)
    real += 5 * minute
    expect(clock.now()).toBe(Date.parse('2026-12-03T10:05:00Z'))
  })

  it('adds advance() and set() as an offset that keeps running', () => {
    let real = Date.parse('2026-12-03T10:00:00Z')
    const clock = createRealTimeEmulatorClock({ realNow: () => real })
    clock.advance(60 * minute)
    expect(clock.now()).toBe(Date.parse('2026-12-03T11:00:00Z'))
    real += minute
    expect(clock.now()).toBe(Date.parse('2026-12-03T11:01:00Z'))
    clock.set('2030-01-01T00:00:00Z')
    expect(clock.now()).toBe(Date.parse('2030-01-01T00:00:00Z'))
    real += minute
    expect(clock.now()).toBe(Date.parse('2030-01-01T00:01:00Z'))
    // Back in time is allowed with set(), as with the manual clock.
    clock.set('2020-01-01T00:00:00Z')
    expect(clock.now()).toBe(Date.parse('2020-01-01T00:00:00Z'))
  })

  it('starts at a given time and runs from there', () => {
    let real = Date.parse('2026-12-03T10:00:00Z')
    const clock = createRealTimeEmulatorClock({
      start: '2031-06-01T00:00:00Z',
      realNow: () => real,
    })
    expect(clock.now()).toBe(Date.parse('2031-06-01T00:00:00Z'))
    real += 2 * minute
    expect(clock.now()).toBe(Date.parse('2031-06-01T00:02:00Z'))
  })

  it('refuses a negative advance and invalid dates', () => {
    const clock = createRealTimeEmulatorClock({ realNow: () => 0 })
    expect(() => clock.advance(-1)).toThrow(RangeError)
    expect(() => clock.set('not a date')).toThrow(TypeError)
    expect(() => createRealTimeEmulatorClock({ start: 'not a date' })).toThrow(TypeError)
  })
})

async function signIn(emulator: ReturnType<typeof createEmulator>): Promise<string> {
  const response = await emulator.fetch(emulator.storefrontPath, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
    },
    body: JSON.stringify({
      query: login,
      variables: { input: { email: 'ada@example.com', password: 'analytical-engine' } },
    }),
  })
  const body = (await response.json()) as {
    data: { customerAccessTokenCreate: { customerAccessToken: { expiresAt: string } } }
  }
  return body.data.customerAccessTokenCreate.customerAccessToken.expiresAt
}

describe("createEmulator({ clock: 'real-time' })", () => {
  it('gives two sign-ins minutes apart expiries minutes apart', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-03T10:00:00Z') })
    const emulator = createEmulator({ clock: 'real-time' })
    const first = await signIn(emulator)
    vi.setSystemTime(Date.parse('2026-12-03T10:07:00Z'))
    const second = await signIn(emulator)
    expect(Date.parse(second) - Date.parse(first)).toBe(7 * minute)
    emulator.clock.advance(60 * minute)
    expect(emulator.clock.now()).toBe(Date.parse('2026-12-03T11:07:00Z'))
  })

  it('keeps the manual clock by default, for tests', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-03T10:00:00Z') })
    const emulator = createEmulator()
    const first = await signIn(emulator)
    vi.setSystemTime(Date.parse('2026-12-03T10:07:00Z'))
    expect(await signIn(emulator)).toBe(first)
    expect(emulator.clock.now()).toBe(Date.parse('2026-12-03T10:00:00Z'))
  })

  it('refuses an unknown clock mode', () => {
    // @ts-expect-error: not a mode
    expect(() => createEmulator({ clock: 'fast' })).toThrow(TypeError)
  })
})
