// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCustomerAuth } from './create-customer-auth.js'
import type {
  CustomerAuth,
  CustomerAuthEvent,
  CustomerAuthOptions,
  SessionStorage,
} from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import { encodeSession, storageKey } from './session-codec.js'
import { createCookieStorage, readSessionCookie } from './storage/cookie-storage.js'
import type { CustomerSession } from './session.js'
import { ManualClock } from './test-support/manual-clock.js'
import {
  createScriptedBackend,
  deferred,
  sampleCustomer,
  type ScriptedBackend,
} from './test-support/scripted-backend.js'

const T0 = Date.UTC(2026, 5, 1, 12)
const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const credentials = { email: 'ada@example.com', password: 'correct horse battery' }

let engines: CustomerAuth[] = []
let visibility: DocumentVisibilityState = 'visible'

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: T0,
  })
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility)
  // No jitter unless a test asks for it: the planned point is then exact.
  vi.spyOn(Math, 'random').mockReturnValue(0)
  localStorage.clear()
})

afterEach(() => {
  for (const engine of engines) engine.stop()
  engines = []
  visibility = 'visible'
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function setup(
  options: { lifetimeMs?: number; canRenew?: boolean } & Partial<CustomerAuthOptions> = {},
) {
  const backend: ScriptedBackend =
    (options.backend as ScriptedBackend | undefined) ??
    createScriptedBackend({
      lifetimeMs: options.lifetimeMs ?? HOUR,
      renew: options.canRenew ?? true,
    })
  const events: CustomerAuthEvent[] = []
  const auth = createCustomerAuth({
    crossTab: false,
    ...options,
    backend,
    onEvent: (event) => events.push(event),
  })
  engines.push(auth)
  const notified = vi.fn()
  auth.subscribe(notified)
  return { auth, backend, events, notified }
}

const eventTypes = (events: CustomerAuthEvent[]): string[] =>
  events.map((event) => `${event.type}:${event.reason}`)

/** Lets pending promise callbacks run without moving time. */
const settle = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(0)
}

function sleepFor(ms: number): void {
  // The wall clock moves, timers do not run: a closed laptop lid.
  vi.setSystemTime(Date.now() + ms)
}

function wakeUp(): void {
  visibility = 'visible'
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('state and snapshot', () => {
  it('is initializing before start and anonymous after, with an empty storage', () => {
    const { auth } = setup()
    expect(auth.getSnapshot().status).toBe('initializing')
    auth.start()
    expect(auth.getSnapshot()).toMatchObject({
      status: 'anonymous',
      session: null,
      isAuthenticated: false,
      error: null,
      endReason: null,
    })
  })

  it('returns the same snapshot object until something changes', async () => {
    const { auth, notified } = setup()
    auth.start()
    const first = auth.getSnapshot()
    expect(auth.getSnapshot()).toBe(first)
    notified.mockClear()
    await vi.advanceTimersByTimeAsync(5 * MINUTE)
    expect(auth.getSnapshot()).toBe(first)
    expect(notified).not.toHaveBeenCalled()
    await auth.login(credentials)
    expect(auth.getSnapshot()).not.toBe(first)
    expect(notified).toHaveBeenCalled()
  })

  it('signs in: authenticated, a random session id, a login event, the token stored without the password', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    const session = await auth.login(credentials)
    expect(backend.calls.login).toEqual([credentials])
    expect(session).toMatchObject({ accessToken: 'login-1', issuedAt: T0, expiresAt: T0 + HOUR })
    expect(session.sessionId).toMatch(/^[0-9a-f]{32}$/)
    expect(auth.getSnapshot()).toMatchObject({
      status: 'authenticated',
      session,
      isAuthenticated: true,
    })
    expect(events).toEqual([{ type: 'login', reason: 'password', session }])
    const stored = localStorage.getItem(storageKey(backend.id)) ?? ''
    expect(JSON.parse(stored)).toMatchObject({
      accessToken: 'login-1',
      sessionId: session.sessionId,
    })
    expect(JSON.stringify({ ...localStorage })).not.toContain(credentials.password)
  })

  it('never reports an expired session as authenticated, even before any timer fires', async () => {
    const { auth, events } = setup({ canRenew: false })
    auth.start()
    await auth.login(credentials)
    sleepFor(HOUR)
    const snapshot = auth.getSnapshot()
    expect(snapshot).toMatchObject({ status: 'expired', isAuthenticated: false, session: null })
    expect(auth.getSnapshot()).toBe(snapshot)
    await settle()
    expect(eventTypes(events)).toEqual(['login:password', 'expire:expired'])
    expect(localStorage.length).toBe(0)
  })

  it('wraps non-library errors from a backend as SERVER or NETWORK', async () => {
    const { auth, backend } = setup()
    auth.start()
    backend.script.login = async () => {
      throw new Error('boom')
    }
    await expect(auth.login(credentials)).rejects.toMatchObject({
      name: 'CustomerAuthError',
      code: 'SERVER',
    })
    backend.script.login = async () => {
      throw new TypeError('Failed to fetch')
    }
    await expect(auth.login(credentials)).rejects.toMatchObject({
      code: 'NETWORK',
      retryable: true,
    })
    expect(auth.getSnapshot().status).toBe('anonymous')
  })

  it('refuses a token the backend issued already expired or malformed', async () => {
    const { auth, backend } = setup()
    auth.start()
    backend.script.login = async () => ({ accessToken: 'x', issuedAt: T0 - 2, expiresAt: T0 - 1 })
    await expect(auth.login(credentials)).rejects.toMatchObject({ code: 'TOKEN_INVALID' })
    backend.script.login = async () => ({ accessToken: '', issuedAt: T0, expiresAt: T0 + 1 })
    await expect(auth.login(credentials)).rejects.toMatchObject({ code: 'SERVER' })
    expect(auth.getSnapshot().session).toBeNull()
  })
})

describe('events', () => {
  it('reaches onEvent() listeners until they are removed', async () => {
    const { auth } = setup()
    auth.start()
    const seen: string[] = []
    const remove = auth.onEvent((event) => seen.push(event.type))
    await auth.login(credentials)
    remove()
    await auth.logout()
    expect(seen).toEqual(['login'])
  })

  it('keeps working when a listener throws', async () => {
    const { auth } = setup()
    auth.start()
    const failure = new Error('listener bug')
    auth.onEvent(() => {
      throw failure
    })
    auth.subscribe(() => {
      throw failure
    })
    const uncaught: unknown[] = []
    const onError = (error: unknown): void => void uncaught.push(error)
    process.on('uncaughtException', onError)
    try {
      await expect(auth.login(credentials)).resolves.toMatchObject({ accessToken: 'login-1' })
      await settle()
      expect(auth.getSnapshot().status).toBe('authenticated')
      // Rethrown on its own, where the app's error reporting sees it.
      expect(uncaught).toContain(failure)
    } finally {
      process.off('uncaughtException', onError)
    }
  })

  it('notifies subscribers only when the snapshot changed', async () => {
    const { auth, notified } = setup({ lifetimeMs: HOUR })
    auth.start()
    await auth.login(credentials)
    notified.mockClear()
    // Wake checks before the renew point change nothing.
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(10 * MINUTE)
    expect(notified).not.toHaveBeenCalled()
  })
})

describe('scheduler', () => {
  it('renews when 75% of the lifetime has passed, keeping the session id', async () => {
    const { auth, backend, events } = setup({ lifetimeMs: HOUR })
    auth.start()
    const session = await auth.login(credentials)
    await vi.advanceTimersByTimeAsync(45 * MINUTE - 1)
    expect(backend.calls.renew).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(backend.calls.renew).toEqual(['login-1'])
    const renewed = auth.getSnapshot().session
    expect(renewed).toMatchObject({ accessToken: 'renewed-2', sessionId: session.sessionId })
    expect(renewed?.expiresAt).toBe(T0 + 45 * MINUTE + HOUR)
    expect(auth.getSnapshot().status).toBe('authenticated')
    expect(events.at(-1)).toEqual({ type: 'renew', reason: 'scheduled', session: renewed })
    expect(JSON.parse(localStorage.getItem(storageKey(backend.id)) ?? '{}').accessToken).toBe(
      'renewed-2',
    )
  })

  it('renews earlier by the jitter, never more than jitterMs', async () => {
    vi.mocked(Math.random).mockReturnValue(0.5)
    const { auth, backend } = setup({ lifetimeMs: HOUR, renew: { jitterMs: 10_000 } })
    auth.start()
    await auth.login(credentials)
    await vi.advanceTimersByTimeAsync(45 * MINUTE - 5_001)
    expect(backend.calls.renew).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(backend.calls.renew).toHaveLength(1)
  })

  it('renews no later than 60 s before expiry', async () => {
    const { auth, backend } = setup({ lifetimeMs: 3 * MINUTE })
    auth.start()
    await auth.login(credentials)
    await vi.advanceTimersByTimeAsync(2 * MINUTE - 1)
    expect(backend.calls.renew).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(backend.calls.renew).toHaveLength(1)
  })

  it('does not renew a 60-day token at once, and renews it at 45 days', async () => {
    // A daily poll keeps 45 simulated days quick; the poll is not what this test is about.
    const { auth, backend } = setup({ lifetimeMs: 60 * DAY, renew: { pollIntervalMs: DAY } })
    auth.start()
    await auth.login(credentials)
    await vi.advanceTimersByTimeAsync(MINUTE)
    expect(backend.calls.renew).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(45 * DAY - MINUTE - 1)
    expect(backend.calls.renew).toHaveLength(0)
    expect(auth.getSnapshot().isAuthenticated).toBe(true)
    await vi.advanceTimersByTimeAsync(1)
    expect(backend.calls.renew).toHaveLength(1)
  })

  it('renews on visibilitychange after the tab slept past the renew point', async () => {
    const { auth, backend, events } = setup({ lifetimeMs: HOUR })
    auth.start()
    await auth.login(credentials)
    visibility = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
    sleepFor(50 * MINUTE)
    expect(backend.calls.renew).toHaveLength(0)
    wakeUp()
    await settle()
    expect(backend.calls.renew).toHaveLength(1)
    expect(eventTypes(events)).toEqual(['login:password', 'renew:scheduled'])
  })

  it.each(['focus', 'online', 'pageshow'])('also checks the wall clock on %s', async (type) => {
    const { auth, backend } = setup({ lifetimeMs: HOUR })
    auth.start()
    await auth.login(credentials)
    sleepFor(50 * MINUTE)
    window.dispatchEvent(new Event(type))
    await settle()
    expect(backend.calls.renew).toHaveLength(1)
  })

  it('notices a missed renew point with the slow poll while visible', async () => {
    const { auth, backend } = setup({ lifetimeMs: HOUR, renew: { pollIntervalMs: 30_000 } })
    auth.start()
    await auth.login(credentials)
    sleepFor(50 * MINUTE)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(backend.calls.renew).toHaveLength(1)
  })

  it('goes to expired with no renew request when the tab slept past expiry', async () => {
    const { auth, backend, events } = setup({ lifetimeMs: HOUR })
    auth.start()
    await auth.login(credentials)
    sleepFor(2 * HOUR)
    wakeUp()
    await settle()
    expect(backend.calls.renew).toHaveLength(0)
    expect(auth.getSnapshot()).toMatchObject({
      status: 'expired',
      endReason: 'expired',
      isAuthenticated: false,
    })
    expect(eventTypes(events)).toEqual(['login:password', 'expire:expired'])
    await expect(auth.renew()).rejects.toMatchObject({ code: 'TOKEN_INVALID' })
    expect(backend.calls.renew).toHaveLength(0)
  })

  it('just expires at the deadline when the backend cannot renew', async () => {
    const { auth, backend, events } = setup({ lifetimeMs: HOUR, canRenew: false })
    auth.start()
    await auth.login(credentials)
    await expect(auth.renew()).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    await vi.advanceTimersByTimeAsync(HOUR - 1)
    expect(auth.getSnapshot().status).toBe('authenticated')
    await vi.advanceTimersByTimeAsync(1)
    expect(auth.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'expired' })
    expect(eventTypes(events)).toEqual(['login:password', 'expire:expired'])
    expect(backend.renew).toBeUndefined()
  })

  // Issue 13 reversed this rule: a renew that did not extend the expiry used to stop every later
  // renewal ('stops renewing ... instead of looping'); one answer is no proof renewing is futile.
  it('renews again at the next planned point when a renew does not extend the expiry, without looping', async () => {
    const { auth, backend } = setup({ lifetimeMs: HOUR })
    auth.start()
    const session = await auth.login(credentials)
    backend.script.renew = async (accessToken) => ({
      accessToken,
      issuedAt: Date.now(),
      expiresAt: session.expiresAt,
    })
    await vi.advanceTimersByTimeAsync(46 * MINUTE)
    expect(backend.calls.renew).toHaveLength(1)
    // Planned from the answer (75 % of the 15 minutes left), never sooner than a minute apart.
    await vi.advanceTimersByTimeAsync(11 * MINUTE)
    expect(backend.calls.renew).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(3 * MINUTE - 1)
    expect(backend.calls.renew.length).toBeLessThanOrEqual(3)
    expect(auth.getSnapshot().status).toBe('authenticated')
    await vi.advanceTimersByTimeAsync(1)
    expect(auth.getSnapshot().status).toBe('expired')
  })

  it('keeps renewing after two manual renews answered with the same expiry', async () => {
    const { auth, backend } = setup({ lifetimeMs: HOUR })
    auth.start()
    await auth.login(credentials)
    // Shopify's expiresAt has one-second resolution: two renews within a second share it.
    const sameSecond = T0 + 2 * HOUR
    backend.script.renew = async (accessToken) => ({
      accessToken,
      issuedAt: Date.now(),
      expiresAt: sameSecond,
    })
    await auth.renew()
    await auth.renew()
    backend.script.renew = async (accessToken) => ({
      accessToken,
      issuedAt: Date.now(),
      expiresAt: Date.now() + HOUR,
    })
    // The next planned point (75 % of the two hours) still renews.
    await vi.advanceTimersByTimeAsync(91 * MINUTE)
    expect(backend.calls.renew).toHaveLength(3)
    expect(auth.getSnapshot().session?.expiresAt).toBeGreaterThan(sameSecond)
  })

  it('takes an injected clock', async () => {
    const clock = new ManualClock(T0)
    const backend = createScriptedBackend({ lifetimeMs: HOUR, now: () => clock.now() })
    const { auth } = setup({ backend, clock })
    auth.start()
    await auth.login(credentials)
    await clock.advance(45 * MINUTE)
    expect(backend.calls.renew).toHaveLength(1)
    expect(auth.getSnapshot().session?.expiresAt).toBe(clock.now() + HOUR)
  })
})

describe('renew single-flight and failures', () => {
  it('shares one promise and one request between concurrent renew calls', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login(credentials)
    const answer = deferred<Awaited<ReturnType<ScriptedBackend['script']['renew']>>>()
    backend.script.renew = () => answer.promise
    const first = auth.renew()
    expect(auth.renew()).toBe(first)
    await settle()
    expect(auth.getSnapshot().status).toBe('renewing')
    expect(auth.getSnapshot().isAuthenticated).toBe(true)
    answer.resolve(backend.issue('manual'))
    const session = await first
    expect(backend.calls.renew).toHaveLength(1)
    expect(session.accessToken).toBe('manual-2')
    expect(events.at(-1)).toMatchObject({ type: 'renew', reason: 'manual' })
  })

  it('keeps a valid session on transient failures and retries with capped exponential backoff', async () => {
    const { auth, backend, events } = setup({
      lifetimeMs: 4 * HOUR,
      renew: { backoffMs: 1_000, maxBackoffMs: 8_000 },
    })
    auth.start()
    const session = await auth.login(credentials)
    const times: number[] = []
    let failures = 0
    backend.script.renew = async () => {
      times.push(Date.now() - T0)
      failures += 1
      if (failures <= 6) {
        throw new CustomerAuthError('NETWORK', 'offline', { source: 'network' })
      }
      return backend.issue('renewed')
    }
    await vi.advanceTimersByTimeAsync(3 * HOUR + MINUTE)
    const planned = 3 * HOUR
    expect(times.map((t) => t - planned)).toEqual([0, 1_000, 3_000, 7_000, 15_000, 23_000, 31_000])
    expect(auth.getSnapshot()).toMatchObject({ status: 'authenticated', error: null })
    expect(auth.getSnapshot().session?.sessionId).toBe(session.sessionId)
    expect(eventTypes(events).filter((type) => type === 'error:renew')).toHaveLength(6)
    expect(events.at(-1)).toMatchObject({ type: 'renew' })
  })

  it.each([
    ['SERVER', 503],
    ['THROTTLED', 429],
  ] as const)('treats %s as transient', async (code, status) => {
    const { auth, backend } = setup()
    auth.start()
    await auth.login(credentials)
    backend.script.renew = async () => {
      throw new CustomerAuthError(code, 'try later', { source: 'shopify', status })
    }
    await expect(auth.renew()).rejects.toMatchObject({ code })
    expect(auth.getSnapshot()).toMatchObject({
      status: 'authenticated',
      isAuthenticated: true,
      error: { code },
    })
  })

  it('never retries past expiry: the session expires at its deadline', async () => {
    const { auth, backend } = setup({ lifetimeMs: 4 * MINUTE, renew: { maxBackoffMs: 60_000 } })
    auth.start()
    await auth.login(credentials)
    backend.script.renew = async () => {
      throw new CustomerAuthError('NETWORK', 'offline', { source: 'network' })
    }
    await vi.advanceTimersByTimeAsync(4 * MINUTE + 10 * MINUTE)
    const offsets = backend.calls.renew.map((_, i) => i)
    expect(offsets.length).toBeGreaterThan(1)
    // Retries at +1, +3, +7, +15, +31 s after the planned point (3 min); +63 s would be past expiry.
    expect(backend.calls.renew).toHaveLength(6)
    expect(auth.getSnapshot().status).toBe('expired')
  })

  it.each([
    ['a storefront token the shop refuses', 'CONFIGURATION', 401],
    ['a frozen shop', 'SERVER', 402],
  ] as const)(
    'keeps a still-valid session when a renew is refused for %s, and tries again seldom',
    async (_label, code, status) => {
      const { auth, backend, events } = setup({ lifetimeMs: 8 * HOUR })
      auth.start()
      const session = await auth.login(credentials)
      const times: number[] = []
      backend.script.renew = async () => {
        times.push(Date.now() - T0)
        throw new CustomerAuthError(code, 'refused', {
          source: 'shopify',
          status,
          retryable: false,
        })
      }
      await vi.advanceTimersByTimeAsync(6 * HOUR)
      // Nothing said the customer's token is dead: the session stays, with the error to show.
      expect(auth.getSnapshot()).toMatchObject({
        status: 'authenticated',
        session,
        error: { code },
      })
      expect(eventTypes(events)).toEqual(['login:password', 'error:renew'])
      // The next try comes when half the time left has passed (2 h left at 6 h: at 7 h), not
      // every minute: a shop-wide problem costs each customer a handful of calls.
      expect(times).toEqual([6 * HOUR])
      await vi.advanceTimersByTimeAsync(HOUR)
      expect(times).toEqual([6 * HOUR, 7 * HOUR])
      // Once fixed, the next try renews; unfixed, the session expires at its own deadline.
      backend.script.renew = async () => backend.issue('fixed')
      await vi.advanceTimersByTimeAsync(30 * MINUTE)
      expect(auth.getSnapshot()).toMatchObject({ status: 'authenticated', error: null })
      expect(auth.getSnapshot().session?.accessToken).toBe('fixed-2')
    },
  )

  it('waits for the retry point when a renew is asked for from an error listener, instead of looping', async () => {
    const { auth, backend } = setup()
    backend.script.renew = async () => {
      throw new CustomerAuthError('NETWORK', 'Failed to fetch', { source: 'network' })
    }
    let asked = 0
    // An app that offers "stay signed in" again as soon as a renew fails (capped: the test ends).
    auth.onEvent((event) => {
      if (event.type === 'error' && event.reason === 'renew' && asked++ < 25)
        auth.renew().catch(() => {})
    })
    auth.start()
    await auth.login(credentials)
    await auth.renew().catch(() => {})
    await settle()
    // The next try comes at the backoff point (1 s away; time has not moved), not back to back.
    expect(backend.calls.renew).toHaveLength(1)
  })

  it('renews the current session at once for a caller who asked while a replaced one was renewing', async () => {
    const { auth, backend } = setup()
    auth.start()
    await auth.login(credentials)
    const late = deferred<Awaited<ReturnType<ScriptedBackend['script']['renew']>>>()
    backend.script.renew = () => late.promise
    const first = auth.renew().catch((error: unknown) => error)
    await settle()
    // Another customer signs in while the first one's renew is out: that renew is over for them.
    await auth.login({ email: 'grace@example.com', password: 'compiler-1952' })
    expect(await first).toMatchObject({ code: 'ABORTED' })
    backend.script.renew = async () => backend.issue('renewed')
    const second = auth.renew()
    late.resolve(backend.issue('late'))
    // The new customer's renew goes out when the old request settles, not at the renew point.
    const renewed = await second
    expect(backend.calls.renew).toHaveLength(2)
    expect(renewed.sessionId).toBe(auth.getSnapshot().session?.sessionId)
  })

  it('ends the session on a terminal failure with its reason, in storage too', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login(credentials)
    backend.script.renew = async () => {
      throw new CustomerAuthError('TOKEN_INVALID', 'revoked', { source: 'shopify' })
    }
    await expect(auth.renew()).rejects.toMatchObject({ code: 'TOKEN_INVALID' })
    expect(auth.getSnapshot()).toMatchObject({
      status: 'anonymous',
      session: null,
      endReason: 'token-invalid',
      error: { code: 'TOKEN_INVALID' },
    })
    expect(eventTypes(events)).toEqual(['login:password', 'error:renew', 'logout:token-invalid'])
    expect(localStorage.length).toBe(0)
  })

  it('aborts a renew request unanswered after 30 s, keeps the session and retries with backoff', async () => {
    const clock = new ManualClock(T0)
    const backend = createScriptedBackend({ lifetimeMs: HOUR, now: () => clock.now() })
    const signals: AbortSignal[] = []
    // Like fetch: never answers, but rejects with the signal's AbortError once aborted.
    backend.script.renew = (_, ctx) =>
      new Promise((_, reject) => {
        const signal = ctx.signal as AbortSignal
        signals.push(signal)
        signal.addEventListener('abort', () => reject(signal.reason))
      })
    // No poll: the only timers left are the engine's own.
    const { auth, events } = setup({ backend, clock, renew: { pollIntervalMs: 0 } })
    auth.start()
    const session = await auth.login(credentials)
    await clock.advance(45 * MINUTE)
    expect(backend.calls.renew).toHaveLength(1)
    // The expiry deadline and the request timeout.
    expect(clock.pendingTimers).toBe(2)
    await clock.advance(30 * SECOND - 1)
    expect(signals[0]?.aborted).toBe(false)
    await clock.advance(1)
    expect(signals[0]?.aborted).toBe(true)
    expect(auth.getSnapshot()).toMatchObject({
      status: 'authenticated',
      isAuthenticated: true,
      session,
      error: { code: 'ABORTED' },
    })
    expect(events.at(-1)).toMatchObject({ type: 'error', reason: 'renew' })
    // The timeout is cleared once the call settled: only the retry timer remains.
    expect(clock.pendingTimers).toBe(1)
    await clock.advance(SECOND - 1)
    expect(backend.calls.renew).toHaveLength(1)
    await clock.advance(1)
    expect(backend.calls.renew).toHaveLength(2)
    // Stopping the engine abandons the request in flight and leaves no timer behind.
    const eventCount = events.length
    auth.stop()
    expect(signals[1]?.aborted).toBe(true)
    expect(clock.pendingTimers).toBe(0)
    await clock.advance(HOUR)
    expect(backend.calls.renew).toHaveLength(2)
    expect(events).toHaveLength(eventCount)
  })

  it('drops the result of a renew that settles after a logout', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login(credentials)
    const answer = deferred<Awaited<ReturnType<ScriptedBackend['script']['renew']>>>()
    backend.script.renew = () => answer.promise
    const renewing = auth.renew()
    await settle()
    await auth.logout()
    answer.resolve(backend.issue('late'))
    await expect(renewing).rejects.toMatchObject({ code: 'ABORTED' })
    await settle()
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', session: null })
    expect(localStorage.length).toBe(0)
    expect(eventTypes(events)).toEqual(['login:password', 'logout:logout'])
    // The orphan token a late renew produced is revoked too.
    expect(backend.calls.logout).toEqual(['login-1', 'late-2'])
  })
})

describe('login, establish and logout', () => {
  it('drops a login that settles after a logout and revokes its token', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    const answer = deferred<Awaited<ReturnType<ScriptedBackend['script']['login']>>>()
    backend.script.login = () => answer.promise
    const login = auth.login(credentials)
    await auth.logout()
    answer.resolve(backend.issue('late'))
    await expect(login).rejects.toMatchObject({ code: 'ABORTED' })
    await settle()
    expect(auth.getSnapshot().status).toBe('anonymous')
    expect(backend.calls.logout).toEqual(['late-1'])
    expect(events).toEqual([])
  })

  it('never starts a session from a token rotation that settles after a logout', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login(credentials)
    await auth.logout()
    // A password change sent before the logout answers with its rotated token.
    const rotated = auth.establish(async () => backend.issue('rotated'), 'update-customer')
    await expect(rotated).rejects.toMatchObject({ code: 'ABORTED' })
    await settle()
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', session: null })
    expect(localStorage.length).toBe(0)
    // The token nobody holds is revoked.
    expect(backend.calls.logout).toEqual(['login-1', 'rotated-2'])
    expect(eventTypes(events)).toEqual(['login:password', 'logout:logout'])
  })

  it('logs out locally at once, then revokes once on the server', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login(credentials)
    const revoke = deferred<undefined>()
    backend.script.logout = async () => {
      await revoke.promise
    }
    const logout = auth.logout()
    expect(auth.getSnapshot()).toMatchObject({
      status: 'anonymous',
      session: null,
      endReason: 'logout',
    })
    expect(localStorage.length).toBe(0)
    revoke.resolve(undefined)
    await logout
    expect(backend.calls.logout).toEqual(['login-1'])
    expect(eventTypes(events)).toEqual(['login:password', 'logout:logout'])
  })

  it('reports a failed revoke as an error event, never as a rejection', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login(credentials)
    backend.script.logout = async () => {
      throw new TypeError('Failed to fetch')
    }
    await expect(auth.logout()).resolves.toBeUndefined()
    expect(backend.calls.logout).toHaveLength(1)
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', error: { code: 'NETWORK' } })
    expect(events.at(-1)).toMatchObject({ type: 'error', reason: 'revoke' })
  })

  it('emits nothing for a logout with no session', async () => {
    const { auth, backend, events, notified } = setup()
    auth.start()
    notified.mockClear()
    await auth.logout()
    expect(events).toEqual([])
    expect(notified).not.toHaveBeenCalled()
    expect(backend.calls.logout).toEqual([])
  })

  it('logging out of an expired session keeps a new session another tab stored meanwhile', async () => {
    // Two tabs sharing localStorage; this one has not heard of the other's sign-in yet.
    const { auth, backend, events } = setup({ canRenew: false })
    auth.start()
    await auth.login(credentials)
    sleepFor(HOUR)
    expect(auth.getSnapshot().status).toBe('expired')
    await settle()
    const other = setup({ backend })
    other.auth.start()
    const fresh = await other.auth.login(credentials)
    await auth.logout()
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', endReason: 'logout' })
    expect(eventTypes(events)).toEqual(['login:password', 'expire:expired'])
    expect(JSON.parse(localStorage.getItem(storageKey(backend.id)) ?? '{}')).toMatchObject({
      accessToken: fresh.accessToken,
      sessionId: fresh.sessionId,
    })
    expect(backend.calls.logout).toEqual([])
  })

  it('logging out of a session that expired before start removes it from storage', async () => {
    const backend = createScriptedBackend({ lifetimeMs: HOUR })
    const initial = { accessToken: 'ssr', issuedAt: T0, expiresAt: T0 + MINUTE, sessionId: 's' }
    localStorage.setItem(storageKey(backend.id), encodeSession(initial, backend.id))
    const { auth } = setup({ backend, initialSession: initial })
    sleepFor(MINUTE)
    expect(auth.getSnapshot().status).toBe('expired')
    await settle()
    await auth.logout()
    expect(localStorage.getItem(storageKey(backend.id))).toBeNull()
  })

  it('keeps the session id across a token rotation by update-customer', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    const session = await auth.login(credentials)
    const rotated = await auth.establish(async () => backend.issue('rotated'), 'update-customer')
    expect(rotated).toMatchObject({ accessToken: 'rotated-2', sessionId: session.sessionId })
    expect(eventTypes(events)).toEqual(['login:password', 'login:update-customer'])
    expect(backend.calls.logout).toEqual([])
  })

  it('starts a new session id for another sign-in and revokes the replaced token', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    const first = await auth.login(credentials)
    const second = await auth.establish(async () => backend.issue('registered'), 'register')
    expect(second.sessionId).not.toBe(first.sessionId)
    expect(eventTypes(events)).toEqual(['login:password', 'logout:replaced', 'login:register'])
    await settle()
    expect(backend.calls.logout).toEqual(['login-1'])
  })

  it.each([
    ['email', { email: undefined, password: 'pw' }],
    ['password', { email: 'ada@example.com', password: 1234.5 }],
    ['oneTimeCode', { email: 'ada@example.com', oneTimeCode: ['x'] }],
  ])(
    'refuses a sign-in whose %s is not a string, before sending anything',
    async (field, input) => {
      const { auth, backend } = setup()
      auth.start()
      const error = await auth.login(input as never).catch((e: unknown) => e)
      expect(error).toMatchObject({
        code: 'VALIDATION',
        source: 'client',
        retryable: false,
        fieldErrors: { [field]: [expect.objectContaining({ code: 'INVALID' })] },
      })
      expect(JSON.stringify(error)).not.toContain('1234.5')
      expect(backend.calls.login).toEqual([])
    },
  )

  it('tells a sign-in with a one-time code apart in its login event', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login({ email: credentials.email, oneTimeCode: 'code-from-the-admin' })
    expect(backend.calls.login).toEqual([
      { email: credentials.email, oneTimeCode: 'code-from-the-admin' },
    ])
    expect(eventTypes(events)).toEqual(['login:one-time-code'])
  })

  it('signs in with Multipass only where the backend supports it', async () => {
    const { auth } = setup()
    await expect(auth.loginWithMultipass('mp')).rejects.toMatchObject({ code: 'UNSUPPORTED' })
  })
})

describe('fetchCustomer', () => {
  it('returns the customer for the current token', async () => {
    const { auth, backend } = setup()
    auth.start()
    await auth.login(credentials)
    await expect(auth.fetchCustomer()).resolves.toBe(sampleCustomer)
    expect(backend.calls.fetchCustomer).toEqual(['login-1'])
  })

  it('ends the session when the customer is gone', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login(credentials)
    backend.script.fetchCustomer = async () => null
    await expect(auth.fetchCustomer()).resolves.toBeNull()
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', endReason: 'customer-missing' })
    expect(events.at(-1)).toEqual({ type: 'logout', reason: 'customer-missing' })
  })

  it('propagates typed errors and keeps the session on transient ones', async () => {
    const { auth, backend, events } = setup()
    auth.start()
    await auth.login(credentials)
    backend.script.fetchCustomer = async () => {
      throw new TypeError('Failed to fetch')
    }
    await expect(auth.fetchCustomer()).rejects.toBeInstanceOf(CustomerAuthError)
    expect(auth.getSnapshot().status).toBe('authenticated')
    expect(events.at(-1)).toMatchObject({ type: 'error', reason: 'customer' })
    backend.script.fetchCustomer = async () => {
      throw new CustomerAuthError('TOKEN_INVALID', 'revoked', { source: 'shopify' })
    }
    await expect(auth.fetchCustomer()).rejects.toMatchObject({ code: 'TOKEN_INVALID' })
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', endReason: 'token-invalid' })
  })

  it('resolves null without a request when signed out', async () => {
    const { auth, backend } = setup()
    auth.start()
    await expect(auth.fetchCustomer()).resolves.toBeNull()
    expect(backend.calls.fetchCustomer).toEqual([])
  })
})

describe('start and stop', () => {
  it('sends nothing and leaves no timer for a renew still waiting for its lock when stopped', async () => {
    // crossTab: the renew first takes the cross-tab lock, which resolves on a later turn.
    // Memory storage: jsdom's localStorage queues its own timer for the storage event.
    const { auth, backend } = setup({ crossTab: true, storage: 'memory' })
    auth.start()
    await auth.login(credentials)
    const renew = auth.renew()
    auth.stop() // unmounted in the same tick (a route change, a backend switch)
    await expect(renew).rejects.toMatchObject({ code: 'ABORTED' })
    await settle()
    expect(backend.calls.renew).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('leaves exactly one set of timers and listeners after start, stop, start (StrictMode)', async () => {
    const added = vi.spyOn(window, 'addEventListener')
    const removed = vi.spyOn(window, 'removeEventListener')
    // Memory storage: jsdom's localStorage queues its own timer for the storage event.
    const { auth, backend } = setup({ lifetimeMs: HOUR, storage: 'memory' })
    auth.start()
    await auth.login(credentials)
    const timersWhenRunning = vi.getTimerCount()
    auth.stop()
    expect(vi.getTimerCount()).toBe(0)
    expect(removed.mock.calls.length).toBe(added.mock.calls.length)
    auth.start()
    auth.start()
    expect(vi.getTimerCount()).toBe(timersWhenRunning)
    expect(added.mock.calls.length - removed.mock.calls.length).toBe(3)
    await vi.advanceTimersByTimeAsync(45 * MINUTE)
    expect(backend.calls.renew).toHaveLength(1)
    auth.stop()
    auth.stop()
    expect(vi.getTimerCount()).toBe(0)
    expect(removed.mock.calls.length).toBe(added.mock.calls.length)
  })

  it('restores a stored session on start with a login event', async () => {
    const first = setup()
    first.auth.start()
    const session = await first.auth.login(credentials)
    first.auth.stop()
    const { auth, events } = setup({ backend: first.backend })
    auth.start()
    expect(auth.getSnapshot()).toMatchObject({ status: 'authenticated', session })
    expect(events).toEqual([{ type: 'login', reason: 'restored', session }])
  })

  it('does not bring back a session another tab ended while this engine was stopped', async () => {
    // React's <Activity> hides a subtree by running its effect cleanups (stop) and later starts again.
    const { auth, events } = setup()
    auth.start()
    await auth.login(credentials)
    auth.stop()
    // Meanwhile another tab signs out: the stored session is gone.
    localStorage.removeItem(storageKey(auth.backend.id))
    auth.start()
    expect(auth.getSnapshot()).toMatchObject({
      status: 'anonymous',
      session: null,
      endReason: 'logout-elsewhere',
    })
    expect(localStorage.getItem(storageKey(auth.backend.id))).toBeNull()
    expect(eventTypes(events)).toEqual(['login:password', 'logout:logout-elsewhere'])
  })

  it('marks a stored session that expired while the browser was closed as expired, and clears it', () => {
    const backend = createScriptedBackend({ lifetimeMs: HOUR })
    const old = {
      accessToken: 'old',
      issuedAt: T0 - 2 * HOUR,
      expiresAt: T0 - HOUR,
      sessionId: 's',
    }
    localStorage.setItem(storageKey(backend.id), encodeSession(old, backend.id))
    const { auth, events } = setup({ backend })
    auth.start()
    expect(auth.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'expired' })
    expect(eventTypes(events)).toEqual(['expire:expired'])
    expect(localStorage.length).toBe(0)
    expect(backend.calls.renew).toHaveLength(0)
  })
})

describe('initialSession (SSR)', () => {
  it('hands the initial session to server rendering and hydration as given, whatever the device clock says', () => {
    // The server judged it live (1 minute left); this device's clock runs 2 minutes ahead.
    const initialSession = {
      accessToken: 'from-the-cookie',
      issuedAt: T0 - 59 * MINUTE,
      expiresAt: T0 + MINUTE,
      sessionId: 'cookie-session',
    }
    sleepFor(2 * MINUTE)
    const { auth } = setup({ initialSession })
    // The server's HTML and the browser's first render agree...
    expect(auth.getServerSnapshot()).toMatchObject({
      status: 'authenticated',
      isAuthenticated: true,
      session: initialSession,
    })
    // ...and right after hydration the device's clock applies.
    expect(auth.getSnapshot()).toMatchObject({ status: 'expired', isAuthenticated: false })
  })

  const initial: CustomerSession = {
    accessToken: 'ssr',
    issuedAt: T0 - MINUTE,
    expiresAt: T0 + HOUR,
    sessionId: 'ssr-session',
  }

  it('seeds the state before start so the first render matches the server', () => {
    const { auth } = setup({ initialSession: initial })
    expect(auth.getSnapshot()).toMatchObject({
      status: 'authenticated',
      session: initial,
      isAuthenticated: true,
    })
  })

  it('keeps it on start when storage is empty, writes it, and emits nothing', () => {
    const { auth, backend, events } = setup({ initialSession: initial })
    const before = auth.getSnapshot()
    auth.start()
    expect(auth.getSnapshot()).toBe(before)
    expect(events).toEqual([])
    expect(localStorage.getItem(storageKey(backend.id))).toContain('"accessToken":"ssr"')
  })

  it('adopts a newer token of the same session found in storage', () => {
    const backend = createScriptedBackend({ lifetimeMs: HOUR })
    const newer = { ...initial, accessToken: 'newer', issuedAt: T0, expiresAt: T0 + 2 * HOUR }
    localStorage.setItem(storageKey(backend.id), encodeSession(newer, backend.id))
    const { auth, events } = setup({ backend, initialSession: initial })
    auth.start()
    expect(auth.getSnapshot().session).toEqual(newer)
    expect(eventTypes(events)).toEqual(['renew:other-tab'])
  })

  it('round-trips through the cookie: the server reads what the browser engine wrote', async () => {
    const browser = setup({ storage: createCookieStorage() })
    browser.auth.start()
    const session = await browser.auth.login(credentials)
    // What the server sees in the request's Cookie header on the next page load.
    const fromServer = readSessionCookie(document.cookie, browser.backend.id)
    expect(fromServer).toEqual(session)
    const hydrated = setup({
      backend: browser.backend,
      storage: createCookieStorage(),
      initialSession: fromServer,
    })
    const firstRender = hydrated.auth.getSnapshot()
    expect(firstRender).toMatchObject({ status: 'authenticated', session })
    hydrated.auth.start()
    expect(hydrated.auth.getSnapshot()).toBe(firstRender)
    expect(hydrated.events).toEqual([])
    await browser.auth.logout()
    expect(readSessionCookie(document.cookie, browser.backend.id)).toBeNull()
  })

  it('writes a restored session back on every start, so a capped script cookie counts from the last visit', async () => {
    const browser = setup({ storage: createCookieStorage(), lifetimeMs: 42 * DAY })
    browser.auth.start()
    const session = await browser.auth.login(credentials)
    const writes: string[] = []
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => void writes.push(value))
    // The next visits: a plain restore, and a server render handing over the same session.
    setup({ backend: browser.backend, storage: createCookieStorage() }).auth.start()
    setup({
      backend: browser.backend,
      storage: createCookieStorage(),
      initialSession: session,
    }).auth.start()
    expect(writes).toHaveLength(2)
    for (const write of writes) expect(write).toMatch(/; Max-Age=3628800;/)
  })

  it('does not touch storage when it notices expiry before start (server render)', async () => {
    const getItem = vi.fn(() => null)
    const removeItem = vi.fn()
    const { auth } = setup({
      storage: { getItem, setItem: vi.fn(), removeItem },
      initialSession: { ...initial, expiresAt: T0 + MINUTE },
    })
    sleepFor(MINUTE)
    expect(auth.getSnapshot().status).toBe('expired')
    await settle()
    expect(getItem).not.toHaveBeenCalled()
    expect(removeItem).not.toHaveBeenCalled()
  })

  it('starts expired when the initial session is past its deadline', () => {
    const { auth } = setup({ initialSession: { ...initial, expiresAt: T0 } })
    expect(auth.getSnapshot()).toMatchObject({ status: 'expired', isAuthenticated: false })
  })
})

describe('storage failures', () => {
  it.each([
    ['corrupt', '{"v":1,"acc'],
    ['foreign', JSON.stringify({ token: 'someone else' })],
  ])('discards a %s stored value: anonymous, an error event, never a throw', (_, raw) => {
    const backend = createScriptedBackend({ lifetimeMs: HOUR })
    localStorage.setItem(storageKey(backend.id), raw)
    const { auth, events } = setup({ backend })
    expect(() => auth.start()).not.toThrow()
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', error: { code: 'STORAGE' } })
    expect(events).toEqual([
      { type: 'error', reason: 'storage', error: expect.any(CustomerAuthError) },
    ])
    expect(localStorage.getItem(storageKey(backend.id))).toBeNull()
  })

  it('ignores a session stored for another backend', () => {
    const backend = createScriptedBackend({ lifetimeMs: HOUR })
    const session = { accessToken: 'x', issuedAt: T0, expiresAt: T0 + HOUR, sessionId: 's' }
    localStorage.setItem(storageKey(backend.id), encodeSession(session, 'adobe:elsewhere'))
    const { auth } = setup({ backend })
    auth.start()
    expect(auth.getSnapshot().status).toBe('anonymous')
  })

  it('works in memory when storage throws on every call, reporting each failure', async () => {
    const throwing: SessionStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    }
    const { auth, events } = setup({ storage: throwing })
    expect(() => auth.start()).not.toThrow()
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', error: { code: 'STORAGE' } })
    const session = await auth.login(credentials)
    expect(auth.getSnapshot()).toMatchObject({ status: 'authenticated', session })
    await vi.advanceTimersByTimeAsync(45 * MINUTE)
    expect(auth.getSnapshot().session?.accessToken).toBe('renewed-2')
    await expect(auth.logout()).resolves.toBeUndefined()
    expect(auth.getSnapshot().status).toBe('anonymous')
    expect(eventTypes(events)).toEqual([
      'error:storage',
      'login:password',
      'error:storage',
      // The renew re-reads storage (for another tab's token) and writes its result: two failures.
      'error:storage',
      'renew:scheduled',
      'error:storage',
      'error:storage',
      'logout:logout',
    ])
  })

  it('works when localStorage itself is unavailable', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    const { auth } = setup()
    auth.start()
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', error: { code: 'STORAGE' } })
    await auth.login(credentials)
    expect(auth.getSnapshot().isAuthenticated).toBe(true)
  })

  it.each(['memory', 'session'] as const)('keeps the session in %s storage', async (storage) => {
    const { auth, backend } = setup({ storage })
    auth.start()
    await auth.login(credentials)
    expect(localStorage.getItem(storageKey(backend.id))).toBeNull()
    expect(sessionStorage.getItem(storageKey(backend.id)) !== null).toBe(storage === 'session')
    sessionStorage.clear()
  })
})
