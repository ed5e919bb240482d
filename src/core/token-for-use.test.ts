// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCustomerAuth } from './create-customer-auth.js'
import type { CustomerAuth, CustomerAuthEvent } from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import { createMemoryStorage } from './storage/memory-storage.js'
import { createScriptedBackend, deferred } from './test-support/scripted-backend.js'
import type { IssuedToken } from './session.js'

const T0 = Date.UTC(2026, 5, 1, 12)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const credentials = { email: 'ada@example.com', password: 'correct horse battery' }

let engines: CustomerAuth[] = []

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: T0,
  })
  // No jitter: the renew point is exactly 75% of the lifetime.
  vi.spyOn(Math, 'random').mockReturnValue(0)
})

afterEach(() => {
  for (const engine of engines) engine.stop()
  engines = []
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function setup(options: { canRenew?: boolean } = {}) {
  const backend = createScriptedBackend({ lifetimeMs: HOUR, renew: options.canRenew ?? true })
  const events: CustomerAuthEvent[] = []
  const auth = createCustomerAuth({
    backend,
    storage: 'memory',
    crossTab: false,
    onEvent: (event) => events.push(event),
  })
  engines.push(auth)
  auth.start()
  return { auth, backend, events }
}

/** The wall clock moves, timers do not run: a closed laptop lid or a frozen background tab. */
const sleepFor = (ms: number): void => {
  vi.setSystemTime(Date.now() + ms)
}

describe('getAccessToken', () => {
  it('is null with nobody signed in', async () => {
    const { auth } = setup()
    await expect(auth.getAccessToken()).resolves.toBeNull()
  })

  it('hands out the current token before the renew point without renewing', async () => {
    const { auth, backend } = setup()
    const session = await auth.login(credentials)
    sleepFor(30 * MINUTE)
    await expect(auth.getAccessToken()).resolves.toBe(session.accessToken)
    expect(backend.calls.renew).toHaveLength(0)
  })

  it('renews once first when the renew point passed, for many requests at once', async () => {
    const { auth, backend, events } = setup()
    const session = await auth.login(credentials)
    const answer = deferred<IssuedToken>()
    backend.script.renew = () => answer.promise
    sleepFor(50 * MINUTE)
    const tokens = Promise.all(Array.from({ length: 5 }, () => auth.getAccessToken()))
    await vi.advanceTimersByTimeAsync(0)
    expect(backend.calls.renew).toEqual([session.accessToken])
    const renewed = backend.issue('renewed')
    answer.resolve(renewed)
    expect(await tokens).toEqual(Array(5).fill(renewed.accessToken))
    expect(backend.calls.renew).toHaveLength(1)
    expect(events.filter((event) => event.type === 'renew')).toHaveLength(1)
  })

  it('keeps the still-valid token when the renew fails for a transient reason', async () => {
    const { auth, backend } = setup()
    const session = await auth.login(credentials)
    backend.script.renew = async () => {
      throw new CustomerAuthError('NETWORK', 'offline', { source: 'network' })
    }
    sleepFor(50 * MINUTE)
    await expect(auth.getAccessToken()).resolves.toBe(session.accessToken)
    expect(auth.getSnapshot().status).toBe('authenticated')
  })

  it('is null when the due renew finds the token dead (the session ends)', async () => {
    const { auth, backend } = setup()
    await auth.login(credentials)
    backend.script.renew = async () => {
      throw new CustomerAuthError('TOKEN_INVALID', 'revoked', { source: 'shopify' })
    }
    sleepFor(50 * MINUTE)
    await expect(auth.getAccessToken()).resolves.toBeNull()
    expect(auth.getSnapshot().endReason).toBe('token-invalid')
  })

  it('does not renew where the backend cannot', async () => {
    const { auth, backend } = setup({ canRenew: false })
    const session = await auth.login(credentials)
    sleepFor(50 * MINUTE)
    await expect(auth.getAccessToken()).resolves.toBe(session.accessToken)
    expect(backend.calls.renew).toHaveLength(0)
  })

  it('is null once the token expired', async () => {
    const { auth } = setup({ canRenew: false })
    await auth.login(credentials)
    sleepFor(HOUR + 1)
    await expect(auth.getAccessToken()).resolves.toBeNull()
  })
})

describe('tokenRefused', () => {
  it('ends the session with the reason, as a logout event', async () => {
    const { auth, events } = setup()
    const session = await auth.login(credentials)
    auth.tokenRefused(session.accessToken, 'customer-missing')
    expect(auth.getSnapshot()).toMatchObject({
      status: 'anonymous',
      endReason: 'customer-missing',
      error: { code: 'TOKEN_INVALID' },
    })
    expect(events.at(-1)).toEqual({ type: 'logout', reason: 'customer-missing' })
  })

  it('ignores a refusal of a token the session no longer holds', async () => {
    const { auth } = setup()
    const first = await auth.login(credentials)
    sleepFor(50 * MINUTE)
    const renewed = await auth.getAccessToken()
    expect(renewed).not.toBe(first.accessToken)
    auth.tokenRefused(first.accessToken, 'token-invalid')
    expect(auth.getSnapshot()).toMatchObject({ status: 'authenticated', isAuthenticated: true })
  })

  it('takes the newer token another tab stored instead of ending the session it now holds', async () => {
    // Two tabs on one storage; this one has not heard that the other replaced the token.
    const backend = createScriptedBackend({ lifetimeMs: HOUR, renew: true })
    const storage = createMemoryStorage()
    const tab = (onEvent?: (event: CustomerAuthEvent) => void) => {
      const engine = createCustomerAuth({ backend, storage, crossTab: false, onEvent })
      engines.push(engine)
      engine.start()
      return engine
    }
    const other = tab()
    const first = await other.login(credentials)
    const events: CustomerAuthEvent[] = []
    const stale = tab((event) => events.push(event))
    expect(stale.getSnapshot().session?.accessToken).toBe(first.accessToken)
    const newer = await other.renew()
    expect(newer.accessToken).not.toBe(first.accessToken)

    // A request the stale tab sent with the old token comes back refused.
    stale.tokenRefused(first.accessToken, 'token-invalid')
    expect(stale.getSnapshot()).toMatchObject({ status: 'authenticated' })
    expect(stale.getSnapshot().session?.accessToken).toBe(newer.accessToken)
    expect(events.some((event) => event.type === 'logout')).toBe(false)
    expect(other.getSnapshot().status).toBe('authenticated')
  })
})
