import { describe, expect, it, vi } from 'vitest'
import { createCustomerAuth } from './create-customer-auth.js'
import type { CustomerAuth, CustomerAuthOptions } from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import type { EngineServices } from './engine-services.js'
import type { CustomerSession } from './session.js'
import { encodeSession, storageKey } from './session-codec.js'
import type { TabMessage } from './tab-sync.js'
import { createMemoryStorage } from './storage/memory-storage.js'
import { ManualClock } from './test-support/manual-clock.js'
import { createScriptedBackend } from './test-support/scripted-backend.js'
import {
  laggingChannels,
  manualWake,
  nth,
  sharedLock,
  startedEngines,
  T0,
  SECOND,
  MINUTE,
  HOUR,
  credentials,
} from './test-support/tab-world.js'

// Found by a review of the engine in pieces (issue 13): each test failed on the first version
// of the pieces and passes on the closure the engine was before.

const engines = startedEngines()

function setup(lifetimeMs = HOUR) {
  vi.spyOn(Math, 'random').mockReturnValue(0)
  const clock = new ManualClock(T0)
  const backend = createScriptedBackend({
    id: 'scripted:requests',
    lifetimeMs,
    now: () => clock.now(),
  })
  // One storage the tabs share, seen at once by each (one localStorage in one process).
  const storage = createMemoryStorage()
  const channels = laggingChannels(clock, 20)
  const lock = sharedLock()
  let tabs = 0
  const open = (
    extra: Partial<CustomerAuthOptions> = {},
    services: Partial<EngineServices> = {},
  ): CustomerAuth => {
    const auth = createCustomerAuth(
      { backend, clock, storage, renew: { pollIntervalMs: 0 }, ...extra },
      {
        connectTabs: channels.connectAs(tabs++),
        wake: manualWake(),
        acquireLock: lock,
        ...services,
      },
    )
    engines.add(auth)
    auth.start()
    return auth
  }
  return { clock, backend, storage, lock, open }
}

const refusal = () => new CustomerAuthError('CONFIGURATION', 'refused', { source: 'shopify' })
const unavailable = () =>
  new CustomerAuthError('SERVER', 'HTTP 503', { source: 'shopify', status: 503 })
/** Lets promise callbacks run without moving the clock. */
const flush = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve()
}

describe('renew requests a customer makes', () => {
  it('"Renew now" after a refused renew is sent at once, not at the retry point the tabs share', async () => {
    const { clock, backend, open } = setup()
    const auth = open()
    await auth.login(credentials)
    backend.script.renew = async () => {
      throw refusal()
    }
    await expect(auth.renew()).rejects.toMatchObject({ code: 'CONFIGURATION' })
    backend.script.renew = async () => backend.issue('renewed') // the shop is fixed
    await clock.advance(10 * SECOND)
    const renewed = auth.renew()
    await flush()
    expect(backend.calls.renew).toHaveLength(2)
    await expect(renewed).resolves.toMatchObject({ accessToken: 'renewed-2' })
  })

  it.each([
    ['a refusal', refusal],
    ['a 503', unavailable],
  ])('renew() again from the catch of a renew failed by %s is sent', async (_, failure) => {
    const { backend, open } = setup()
    const auth = open({ crossTab: false })
    await auth.login(credentials)
    let first = true
    backend.script.renew = async () => {
      if (first) {
        first = false
        throw failure()
      }
      return backend.issue('renewed')
    }
    const chained = auth.renew().catch(() => auth.renew())
    await flush()
    expect(backend.calls.renew).toHaveLength(2)
    await expect(chained).resolves.toMatchObject({ accessToken: 'renewed-2' })
  })

  it('renew() chained on a renew() that took another tab’s stored renewal is sent', async () => {
    const { clock, backend, storage, open } = setup()
    const auth = open({ crossTab: false })
    const session = await auth.login(credentials)
    await clock.advance(10 * SECOND)
    const renewed = { ...backend.issue('elsewhere'), sessionId: session.sessionId }
    storage.setItem(storageKey(backend.id), encodeSession(renewed, backend.id), renewed.expiresAt)
    const chained = auth.renew().then(() => auth.renew())
    await flush()
    expect(backend.calls.renew).toEqual([renewed.accessToken])
    await expect(chained).resolves.toMatchObject({ sessionId: session.sessionId })
  })

  it('a renew soon after another tab renewed and signed out is not held up by that tab', async () => {
    const { backend, open } = setup()
    const [a, b] = [open(), open()]
    await a.login(credentials)
    await a.renew() // a keeps the renew lock a moment, for its news to travel...
    await a.logout() // ...but has nothing to hand off once the session is over
    await flush()
    await b.login(credentials)
    const renewed = b.renew()
    await flush()
    expect(backend.calls.renew).toHaveLength(2)
    await expect(renewed).resolves.toBeDefined()
  })
})

describe('tabs that keep apart or judge alike', () => {
  it('with crossTab false a tab does not switch to another tab’s customer at its renew point', async () => {
    const { clock, open } = setup()
    const one = open({ crossTab: false })
    const ada = await one.login(credentials)
    await clock.advance(MINUTE)
    const two = open({ crossTab: false })
    await two.login({ email: 'bob@example.com', password: 'builder' })
    await clock.advance(45 * MINUTE)
    expect(one.getSnapshot().session?.sessionId).toBe(ada.sessionId)
  })

  it('a tab that starts from the server’s session (SSR) judges a crossing by the stored sign-in time, and keeps it', async () => {
    const { clock, backend, storage } = setup()
    // Signed in a moment ago as 'zzz-mine' (it sorts last: it wins a crossing).
    const mine: CustomerSession = { ...backend.issue('mine'), sessionId: 'zzz-mine' }
    const meta = { signedInAt: mine.issuedAt, replaces: null }
    storage.setItem(storageKey(backend.id), encodeSession(mine, backend.id, meta), mine.expiresAt)
    await clock.advance(2 * SECOND)
    let deliver: (message: TabMessage) => void = () => {}
    const auth = createCustomerAuth(
      { backend, clock, storage, initialSession: mine, renew: { pollIntervalMs: 0 } },
      {
        connectTabs: (_id, _storage, onMessage) => {
          deliver = onMessage
          return { post: () => {}, close: () => {} }
        },
        wake: manualWake(),
        acquireLock: sharedLock(),
      },
    )
    engines.add(auth)
    auth.start()
    await clock.advance(SECOND)
    // A crossing sign-in from a tab that held nothing, 3 s after ours: ours wins.
    const theirs = { ...backend.issue('theirs'), sessionId: 'aaa-theirs' }
    deliver({ type: 'session', session: theirs, replaces: null, signedInAt: theirs.issuedAt })
    expect(auth.getSnapshot().session?.sessionId).toBe('zzz-mine')
    await auth.renew()
    const stored = JSON.parse(storage.getItem(storageKey(backend.id)) ?? '{}')
    expect(stored).toMatchObject({ sessionId: 'zzz-mine', signedInAt: mine.issuedAt })
  })

  it.each([1, 2, 3])(
    'with %i tab(s), a backend that never extends the expiry is renewed a few times, a minute apart at least',
    async (count) => {
      const { clock, backend, open } = setup(10 * MINUTE)
      const tabs = Array.from({ length: count }, () => open())
      const session = await nth(tabs, 0).login(credentials)
      const times: number[] = []
      // The shop's clock stands still: every renew answers the same expiry.
      backend.script.renew = (accessToken) =>
        new Promise((resolve) =>
          clock.setTimeout(() => {
            times.push(clock.now())
            resolve({ accessToken, issuedAt: clock.now(), expiresAt: session.expiresAt })
          }, 200),
        )
      await clock.advance(11 * MINUTE)
      expect(times.length).toBeGreaterThan(0)
      const gaps = times.slice(1).map((time, index) => time - nth(times, index))
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(MINUTE)
    },
  )

  it('retries back off across tabs, whichever tab wins the lock each round', async () => {
    const { clock, backend, open } = setup()
    let held = false
    let turn = 0
    const count = 3
    // Like navigator.locks across processes: who asks first at a shared instant is luck.
    const lockFor = (tab: number) => async () => {
      if (tab !== turn % count)
        await new Promise<void>((resolve) => clock.setTimeout(() => resolve(), 0))
      if (held) return null
      held = true
      turn += 1
      return () => {
        held = false
      }
    }
    const tabs = Array.from({ length: count }, (_, tab) => open({}, { acquireLock: lockFor(tab) }))
    await nth(tabs, 0).login(credentials)
    await clock.advance(SECOND)
    backend.script.renew = () =>
      new Promise((_, reject) => clock.setTimeout(() => reject(unavailable()), 300))
    await clock.advance(45 * MINUTE)
    const atRenewPoint = backend.calls.renew.length
    await clock.advance(3 * MINUTE)
    // One tab alone backs off 1, 2, 4, ... 64 s: 8 requests in these 3 minutes.
    expect(backend.calls.renew.length - atRenewPoint).toBeLessThanOrEqual(8)
  })
})

describe('what a failed renew writes', () => {
  it('does not put the old token back over a sign-in another tab stored meanwhile', async () => {
    const { backend, storage, open } = setup()
    const auth = open()
    await auth.login(credentials)
    let answer: (error: unknown) => void = () => {}
    backend.script.renew = () =>
      new Promise((_, reject: (error: unknown) => void) => {
        answer = reject
      })
    const renewing = auth.renew().catch(() => undefined)
    await flush()
    // Meanwhile another tab signed in someone else; its message is still on the way.
    const theirs: CustomerSession = { ...backend.issue('theirs'), sessionId: 'their-session' }
    storage.setItem(storageKey(backend.id), encodeSession(theirs, backend.id), theirs.expiresAt)
    answer(unavailable())
    await renewing
    expect(JSON.parse(storage.getItem(storageKey(backend.id)) ?? '{}')).toMatchObject({
      sessionId: 'their-session',
    })
  })

  it('stores values the previous release reads: version 1, its fields, nothing it would discard', async () => {
    const { backend, storage, open } = setup()
    await open().login(credentials)
    const stored = JSON.parse(storage.getItem(storageKey(backend.id)) ?? '{}') as Record<
      string,
      unknown
    >
    // The previous release's decoder accepted exactly `v: 1` with these fields, and removed
    // anything else as corrupt, signing out every tab of this release beside it.
    expect(stored).toMatchObject({
      v: 1,
      backend: backend.id,
      accessToken: expect.any(String),
      sessionId: expect.any(String),
      expiresAt: expect.any(Number),
      issuedAt: expect.any(Number),
    })
  })
})
