import { describe, expect, it } from 'vitest'
import type { RenewOptions, RenewReason } from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import {
  createRenewController,
  LOCK_HANDOFF_MS,
  LOCK_RETRY_MS,
  type RenewHost,
} from './renew-controller.js'
import { resolveRenewOptions } from './renew-scheduler.js'
import type { CustomerSession, IssuedToken } from './session.js'
import { ManualClock } from './test-support/manual-clock.js'
import { deferred, type Deferred } from './test-support/scripted-backend.js'

const T0 = Date.UTC(2026, 5, 1, 12)
const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

const session: CustomerSession = {
  accessToken: 'token-1',
  issuedAt: T0,
  expiresAt: T0 + HOUR,
  sessionId: 'session-a',
}

const networkError = (): CustomerAuthError =>
  new CustomerAuthError('NETWORK', 'offline', { source: 'network' })

/** Lets pending promise callbacks run without moving time. */
async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

/** A renew request the test answers: the token it was sent with, its signal, its reply. */
interface SentRequest {
  readonly accessToken: string
  readonly signal: AbortSignal
  readonly reply: Deferred<IssuedToken>
}

/** A RenewHost that records what the controller asks of it and holds one current session. */
interface FakeHost extends RenewHost {
  current: CustomerSession | null
  started: boolean
  /** What `caughtUp` answers. */
  caughtUpAnswer: boolean
  reschedules: number
  /** The order of the calls that matter to the state. */
  readonly log: string[]
  readonly renewals: { session: CustomerSession; reason: RenewReason }[]
  readonly failures: { error: CustomerAuthError; retryAt: number }[]
  readonly revoked: string[]
}

function createHost(current: CustomerSession | null, clock: ManualClock): FakeHost {
  const log: string[] = []
  const renewals: { session: CustomerSession; reason: RenewReason }[] = []
  const failures: { error: CustomerAuthError; retryAt: number }[] = []
  const revoked: string[] = []
  const host: FakeHost = {
    current,
    started: true,
    caughtUpAnswer: false,
    reschedules: 0,
    log,
    renewals,
    failures,
    revoked,
    validSession: () =>
      host.current && clock.now() < host.current.expiresAt ? host.current : null,
    staleness: (of) => () => host.current?.accessToken !== of.accessToken,
    caughtUp: () => host.caughtUpAnswer,
    renewStarted: () => void log.push('renewStarted'),
    renewed: (next, reason) => {
      log.push('renewed')
      renewals.push({ session: next, reason })
      host.current = next
    },
    renewFailed: (error, retryAt) => {
      log.push('renewFailed')
      failures.push({ error, retryAt })
    },
    renewSettled: () => void log.push('renewSettled'),
    reschedule: () => void (host.reschedules += 1),
    revoke: (accessToken) => void revoked.push(accessToken),
  }
  return host
}

function setup(
  overrides: {
    renew?: RenewOptions
    session?: CustomerSession
    /** What the lock answers: `refuse` is another tab holding it. */
    lock?: 'grant' | 'refuse'
    /** Settles each request as it is sent; by default the test answers through `sent`. */
    answer?: (request: SentRequest) => void
  } = {},
) {
  const clock = new ManualClock(T0)
  const options = resolveRenewOptions({ jitterMs: 0, ...overrides.renew })
  const host = createHost(overrides.session ?? session, clock)
  const lock = { answer: overrides.lock ?? 'grant', acquired: 0, released: 0 }
  const acquireLock = async () => {
    if (lock.answer === 'refuse') return null
    lock.acquired += 1
    return () => void (lock.released += 1)
  }
  const sent: SentRequest[] = []
  const send = (accessToken: string, signal: AbortSignal): Promise<IssuedToken> => {
    const request = { accessToken, signal, reply: deferred<IssuedToken>() }
    sent.push(request)
    overrides.answer?.(request)
    return request.reply.promise
  }
  const controller = createRenewController({
    clock,
    options,
    acquireLock,
    send,
    host,
    random: () => 0,
  })
  /** A token as the API issues it now, valid for `lifetimeMs`. */
  const issue = (accessToken: string, lifetimeMs = HOUR): IssuedToken => ({
    accessToken,
    issuedAt: clock.now(),
    expiresAt: clock.now() + lifetimeMs,
  })
  return { clock, options, host, lock, sent, controller, issue }
}

/**
 * Asks for a renew and lets it reach the backend (or not). The renew's promise comes back in an
 * object: an async function returning it bare would wait for it to settle.
 */
async function requestRenew(
  controller: ReturnType<typeof setup>['controller'],
  of: CustomerSession,
  reason: RenewReason = 'scheduled',
): Promise<{ promise: Promise<CustomerSession> }> {
  const promise = controller.request(of, reason)
  // Observed, so a rejection a test checks later is never reported as unhandled.
  promise.catch(() => {})
  await flush()
  return { promise }
}

describe('renew controller: single flight', () => {
  it('sends one request for two callers and gives both the same renewed session', async () => {
    const { controller, sent, host, issue } = setup()
    const first = controller.request(session, 'manual')
    const second = controller.request(session, 'scheduled')
    expect(second).toBe(first)
    await flush()
    expect(sent).toHaveLength(1)
    expect(sent[0]?.accessToken).toBe('token-1')
    expect(controller.attempting).toBe(true)
    const token = issue('token-2')
    sent[0]?.reply.resolve(token)
    const [a, b] = await Promise.all([first, second])
    expect(a).toEqual({ ...token, sessionId: 'session-a' })
    expect(b).toBe(a)
    expect(host.renewals).toEqual([{ session: a, reason: 'manual' }])
    expect(host.log).toEqual(['renewStarted', 'renewed', 'renewSettled'])
    expect(controller.attempting).toBe(false)
  })

  it('tells the host to re-arm its timer when an attempt begins and when it ends', async () => {
    const { controller, sent, host, issue } = setup()
    const { promise } = await requestRenew(controller, session)
    expect(host.reschedules).toBe(1)
    // While the request runs only the deadline counts.
    expect(controller.nextCheck(session)).toBe(session.expiresAt)
    sent[0]?.reply.resolve(issue('token-2'))
    await promise
    expect(host.reschedules).toBe(2)
  })

  it('sends a second request to a caller that renews again as soon as the first resolved', async () => {
    const { controller, sent, issue } = setup()
    const first = controller.request(session, 'manual')
    await flush()
    sent[0]?.reply.resolve(issue('token-2'))
    const renewed = await first
    const second = controller.request(renewed, 'manual')
    expect(second).not.toBe(first)
    await flush()
    expect(sent.map((request) => request.accessToken)).toEqual(['token-1', 'token-2'])
    sent[1]?.reply.resolve(issue('token-3'))
    await expect(second).resolves.toMatchObject({ accessToken: 'token-3', sessionId: 'session-a' })
  })
})

describe('renew controller: the cross-tab lock', () => {
  it('sends nothing while another tab holds the lock, and looks again LOCK_RETRY_MS later', async () => {
    const { controller, sent, host, clock } = setup({ lock: 'refuse', renew: { backoffMs: 200 } })
    const { promise } = await requestRenew(controller, session)
    expect(sent).toEqual([])
    expect(host.log).toEqual(['renewSettled'])
    expect(controller.attempting).toBe(false)
    expect(controller.nextCheck(session)).toBe(T0 + LOCK_RETRY_MS)
    expect(controller.isDue()).toBe(false)
    await clock.advance(LOCK_RETRY_MS - 1)
    expect(controller.isDue()).toBe(false)
    await clock.advance(1)
    expect(controller.isDue()).toBe(true)
    // The caller waits for the other tab's result, which the engine hands over.
    const fromOtherTab = { ...session, accessToken: 'token-elsewhere', expiresAt: T0 + 2 * HOUR }
    controller.resolveWaiting(fromOtherTab)
    await expect(promise).resolves.toBe(fromOtherTab)
  })

  it('waits backoffMs instead when that is longer than LOCK_RETRY_MS', async () => {
    const { controller } = setup({ lock: 'refuse', renew: { backoffMs: 5 * SECOND } })
    await requestRenew(controller, session)
    expect(controller.nextCheck(session)).toBe(T0 + 5 * SECOND)
  })

  it('sends nothing and lets go of the lock when the host has caught up already', async () => {
    const { controller, sent, host, lock } = setup()
    host.caughtUpAnswer = true
    await requestRenew(controller, session)
    expect(sent).toEqual([])
    expect(host.log).toEqual(['renewSettled'])
    expect(lock).toMatchObject({ acquired: 1, released: 1 })
  })

  it('keeps the lock LOCK_HANDOFF_MS after a successful renew, then releases it', async () => {
    const { controller, sent, lock, clock, issue } = setup()
    const { promise } = await requestRenew(controller, session)
    sent[0]?.reply.resolve(issue('token-2'))
    await promise
    expect(lock).toMatchObject({ acquired: 1, released: 0 })
    await clock.advance(LOCK_HANDOFF_MS - 1)
    expect(lock.released).toBe(0)
    await clock.advance(1)
    expect(lock.released).toBe(1)
  })

  it('reuses the kept lock when it renews again meanwhile, and keeps it from that renew on', async () => {
    const { controller, sent, lock, clock, issue } = setup()
    const { promise: first } = await requestRenew(controller, session)
    sent[0]?.reply.resolve(issue('token-2'))
    const renewed = await first
    await clock.advance(LOCK_HANDOFF_MS / 2)
    const { promise: second } = await requestRenew(controller, renewed, 'manual')
    expect(sent).toHaveLength(2)
    expect(lock.acquired).toBe(1)
    sent[1]?.reply.resolve(issue('token-3'))
    await second
    await clock.advance(LOCK_HANDOFF_MS - 1)
    expect(lock.released).toBe(0)
    await clock.advance(1)
    expect(lock).toMatchObject({ acquired: 1, released: 1 })
  })

  it('releases the lock at once after a failed renew', async () => {
    const { controller, sent, lock } = setup()
    const { promise } = await requestRenew(controller, session)
    sent[0]?.reply.reject(networkError())
    await expect(promise).rejects.toMatchObject({ code: 'NETWORK' })
    expect(lock).toMatchObject({ acquired: 1, released: 1 })
  })
})

describe('renew controller: timeout, failures and retries', () => {
  it('aborts a request unanswered after requestTimeoutMs and retries it with backoff', async () => {
    const { controller, sent, host, clock, lock } = setup({
      renew: { requestTimeoutMs: 5 * SECOND, backoffMs: 2 * SECOND },
      // Like fetch: an aborted signal rejects the request.
      answer: ({ signal, reply }) =>
        signal.addEventListener('abort', () =>
          reply.reject(new DOMException('The operation was aborted.', 'AbortError')),
        ),
    })
    const { promise } = await requestRenew(controller, session)
    await clock.advance(5 * SECOND - 1)
    expect(sent[0]?.signal.aborted).toBe(false)
    await clock.advance(1)
    await flush()
    expect(sent[0]?.signal.aborted).toBe(true)
    await expect(promise).rejects.toMatchObject({ code: 'ABORTED' })
    expect(host.failures).toEqual([
      { error: expect.objectContaining({ code: 'ABORTED' }), retryAt: T0 + 7 * SECOND },
    ])
    expect(lock.released).toBe(1)
    expect(controller.isDue()).toBe(false)
    await clock.advance(2 * SECOND)
    expect(controller.isDue()).toBe(true)
  })

  it('disarms the timeout of a request answered in time: no failure follows later', async () => {
    const { controller, sent, clock, host, issue } = setup({
      renew: { requestTimeoutMs: 5 * SECOND },
    })
    const { promise } = await requestRenew(controller, session)
    sent[0]?.reply.resolve(issue('token-2'))
    await promise
    await clock.advance(10 * SECOND)
    expect(host.failures).toEqual([])
    expect(host.log).toEqual(['renewStarted', 'renewed', 'renewSettled'])
    expect(clock.pendingTimers).toBe(0)
  })

  it('doubles the delay after each transient failure, up to maxBackoffMs', async () => {
    const { controller, sent, host, clock } = setup({
      renew: { backoffMs: SECOND, maxBackoffMs: 4 * SECOND },
      answer: ({ reply }) => reply.reject(networkError()),
    })
    const delays: number[] = []
    for (let i = 0; i < 4; i++) {
      const { promise } = await requestRenew(controller, session)
      await expect(promise).rejects.toMatchObject({ code: 'NETWORK' })
      const { retryAt } = host.failures[i] ?? { retryAt: NaN }
      delays.push(retryAt - clock.now())
      expect(controller.nextCheck(session)).toBe(retryAt)
      await clock.advance(retryAt - clock.now())
      expect(controller.isDue()).toBe(true)
    }
    expect(delays).toEqual([SECOND, 2 * SECOND, 4 * SECOND, 4 * SECOND])
    expect(sent).toHaveLength(4)
  })

  it('starts the backoff over after a successful renew', async () => {
    const ok = setup({ renew: { backoffMs: SECOND, maxBackoffMs: 4 * SECOND } })
    for (let i = 0; i < 2; i++) {
      const { promise } = await requestRenew(ok.controller, session)
      ok.sent[i]?.reply.reject(networkError())
      await expect(promise).rejects.toBeInstanceOf(CustomerAuthError)
    }
    const { promise: renewing } = await requestRenew(ok.controller, session)
    ok.sent[2]?.reply.resolve(ok.issue('token-2'))
    const renewed = await renewing
    const { promise: again } = await requestRenew(ok.controller, renewed)
    ok.sent[3]?.reply.reject(networkError())
    await expect(again).rejects.toMatchObject({ code: 'NETWORK' })
    expect(ok.host.failures.map(({ retryAt }) => retryAt - ok.clock.now())).toEqual([
      SECOND,
      2 * SECOND,
      SECOND,
    ])
  })

  it('retries a non-retryable failure seldom: half the time left, at least maxBackoffMs', async () => {
    const frozen = () =>
      new CustomerAuthError('SERVER', 'shop frozen', { source: 'shopify', retryable: false })
    const { controller, sent, host } = setup({ renew: { maxBackoffMs: MINUTE } })
    const { promise } = await requestRenew(controller, session)
    sent[0]?.reply.reject(frozen())
    await expect(promise).rejects.toMatchObject({ code: 'SERVER' })
    expect(host.failures[0]?.retryAt).toBe(T0 + HOUR / 2)

    const short = { ...session, expiresAt: T0 + 90 * SECOND }
    const near = setup({ session: short, renew: { maxBackoffMs: MINUTE } })
    const { promise: nearPromise } = await requestRenew(near.controller, short)
    near.sent[0]?.reply.reject(frozen())
    await expect(nearPromise).rejects.toMatchObject({ code: 'SERVER' })
    expect(near.host.failures[0]?.retryAt).toBe(T0 + MINUTE)
  })

  it('plans no retry (Infinity) when the next try would land past expiry', async () => {
    const short = { ...session, expiresAt: T0 + 500 }
    const { controller, sent, host, clock } = setup({
      session: short,
      renew: { backoffMs: SECOND },
    })
    const { promise } = await requestRenew(controller, short)
    sent[0]?.reply.reject(networkError())
    await expect(promise).rejects.toMatchObject({ code: 'NETWORK' })
    expect(host.failures[0]?.retryAt).toBe(Infinity)
    expect(controller.nextCheck(short)).toBe(short.expiresAt)
    await clock.advance(HOUR)
    expect(controller.isDue()).toBe(false)
  })

  it('plans no retry for a non-retryable failure whose retry point is past expiry', async () => {
    const short = { ...session, expiresAt: T0 + 30 * SECOND }
    const { controller, sent, host } = setup({ session: short, renew: { maxBackoffMs: MINUTE } })
    const { promise } = await requestRenew(controller, short)
    sent[0]?.reply.reject(new CustomerAuthError('UNSUPPORTED', 'no', { source: 'client' }))
    await expect(promise).rejects.toMatchObject({ code: 'UNSUPPORTED' })
    expect(host.failures[0]?.retryAt).toBe(Infinity)
  })

  it('hands a TOKEN_INVALID refusal to the host with the error, and rejects the callers with it', async () => {
    const { controller, sent, host } = setup()
    controller.plan(session)
    const planned = controller.nextCheck(session)
    const { promise } = await requestRenew(controller, session)
    const refused = new CustomerAuthError('TOKEN_INVALID', 'revoked', { source: 'shopify' })
    sent[0]?.reply.reject(refused)
    await expect(promise).rejects.toBe(refused)
    expect(host.failures).toEqual([{ error: refused, retryAt: planned }])
    expect(host.log).toEqual(['renewStarted', 'renewFailed', 'renewSettled'])
  })
})

describe('renew controller: planning', () => {
  it('plans the renew point of a token it is given (75% of the lifetime, no jitter)', () => {
    const { controller, clock } = setup()
    controller.plan(session)
    expect(controller.nextCheck(session)).toBe(T0 + 45 * MINUTE)
    expect(controller.isDue()).toBe(false)
    clock.sleep(45 * MINUTE)
    expect(controller.isDue()).toBe(true)
  })

  it('retryNotBefore only ever moves the next try later', () => {
    const { controller } = setup()
    controller.plan(session)
    controller.retryNotBefore(T0 + 30 * MINUTE, session)
    expect(controller.nextCheck(session)).toBe(T0 + 45 * MINUTE)
    controller.retryNotBefore(T0 + 50 * MINUTE, session)
    expect(controller.nextCheck(session)).toBe(T0 + 50 * MINUTE)
    controller.retryNotBefore(T0 + 48 * MINUTE, session)
    expect(controller.nextCheck(session)).toBe(T0 + 50 * MINUTE)
  })

  it('retryNotBefore past the expiry leaves no renew planned, only the deadline', () => {
    const { controller, clock } = setup()
    controller.plan(session)
    controller.retryNotBefore(session.expiresAt + MINUTE, session)
    expect(controller.nextCheck(session)).toBe(session.expiresAt)
    clock.sleep(HOUR)
    expect(controller.isDue()).toBe(false)
  })

  it('cancel forgets the planned renew', () => {
    const { controller, clock } = setup()
    controller.plan(session)
    controller.cancel()
    clock.sleep(HOUR - 1)
    expect(controller.isDue()).toBe(false)
    expect(controller.nextCheck(session)).toBe(session.expiresAt)
  })

  it('plans the renewed token’s own renew point after a renew that extended the expiry', async () => {
    const { controller, sent, clock, issue } = setup()
    await clock.advance(45 * MINUTE)
    const { promise } = await requestRenew(controller, session)
    sent[0]?.reply.resolve(issue('token-2'))
    const renewed = await promise
    expect(controller.nextCheck(renewed)).toBe(T0 + 45 * MINUTE + 45 * MINUTE)
  })

  it('plans the next renew no sooner than maxBackoffMs from now when a renew did not extend the expiry', async () => {
    const { controller, sent, clock, options } = setup()
    await clock.advance(45 * MINUTE)
    const { promise } = await requestRenew(controller, session)
    // A server whose clock stood still: a new token with the old times.
    sent[0]?.reply.resolve({ accessToken: 'token-2', issuedAt: T0, expiresAt: T0 + HOUR })
    const renewed = await promise
    expect(controller.nextCheck(renewed)).toBe(clock.now() + options.maxBackoffMs)
    expect(controller.isDue()).toBe(false)
    await clock.advance(options.maxBackoffMs - 1)
    expect(controller.isDue()).toBe(false)
    await clock.advance(1)
    expect(controller.isDue()).toBe(true)
  })

  it('is not due while an attempt runs, even past the renew point', async () => {
    const { controller, clock } = setup()
    controller.plan(session)
    await clock.advance(45 * MINUTE)
    await requestRenew(controller, session)
    expect(controller.attempting).toBe(true)
    expect(controller.isDue()).toBe(false)
  })
})

describe('renew controller: stop and moved-on sessions', () => {
  it('stop() aborts the request in flight; the callers hear the abort and no failure is reported', async () => {
    const { controller, sent, host, lock } = setup({
      answer: ({ signal, reply }) =>
        signal.addEventListener('abort', () =>
          reply.reject(new DOMException('The operation was aborted.', 'AbortError')),
        ),
    })
    const { promise } = await requestRenew(controller, session)
    host.started = false
    controller.stop()
    expect(sent[0]?.signal.aborted).toBe(true)
    await expect(promise).rejects.toMatchObject({ code: 'ABORTED' })
    expect(host.failures).toEqual([])
    expect(lock.released).toBe(1)
  })

  it('stop() releases a kept lock at once, and only once', async () => {
    const { controller, sent, lock, clock, issue } = setup()
    const { promise } = await requestRenew(controller, session)
    sent[0]?.reply.resolve(issue('token-2'))
    await promise
    expect(lock.released).toBe(0)
    controller.stop()
    expect(lock.released).toBe(1)
    await clock.advance(LOCK_HANDOFF_MS)
    expect(lock.released).toBe(1)
    expect(clock.pendingTimers).toBe(0)
  })

  it('sends nothing when stopped while waiting for the lock, and tells the callers', async () => {
    const { controller, sent, host } = setup()
    const promise = controller.request(session, 'manual')
    promise.catch(() => {})
    host.started = false
    await flush()
    expect(sent).toEqual([])
    await expect(promise).rejects.toMatchObject({ code: 'ABORTED' })
  })

  it('revokes a token that arrives after the session moved on, unless it is the one now held', async () => {
    const { controller, sent, host, issue } = setup()
    const { promise } = await requestRenew(controller, session)
    host.current = { ...session, accessToken: 'token-elsewhere', expiresAt: T0 + 2 * HOUR }
    sent[0]?.reply.resolve(issue('token-late'))
    await flush()
    expect(host.revoked).toEqual(['token-late'])
    expect(host.renewals).toEqual([])
    controller.resolveWaiting(host.current)
    await expect(promise).resolves.toBe(host.current)
  })
})
