import { describe, expect, it, vi } from 'vitest'
import { createCustomerAuth } from './create-customer-auth.js'
import type { CustomerAuthOptions, SessionStorage } from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import type { EngineServices } from './engine-services.js'
import type { CustomerSession, IssuedToken } from './session.js'
import { encodeSession, storageKey } from './session-codec.js'
import { connectTabs, type TabMessage } from './tab-sync.js'
import { ManualClock } from './test-support/manual-clock.js'
import { createScriptedBackend } from './test-support/scripted-backend.js'
import {
  laggingChannels,
  laggingStorages,
  manualWake,
  notifyingStorage,
  nth,
  randomIdBytes,
  sharedLock,
  startedEngines,
  T0,
  SECOND,
  MINUTE,
  HOUR,
  credentials,
} from './test-support/tab-world.js'

// Several tabs of one origin, built from injected services: a clock they share, a lock they
// share, and storage and messages that reach the other tabs only `lagMs` later, as a browser's
// localStorage and BroadcastChannel do across processes. No global is stubbed.

const engines = startedEngines()

function world(options: { tabs: number; lagMs: number }) {
  vi.spyOn(Math, 'random').mockReturnValue(0) // every tab plans the same renew instant
  const clock = new ManualClock(T0)
  const backend = createScriptedBackend({
    id: 'scripted:rounds',
    lifetimeMs: HOUR,
    now: () => clock.now(),
  })
  const storages = laggingStorages(clock, options.tabs, options.lagMs)
  const channels = laggingChannels(clock, options.lagMs)
  const lock = sharedLock()
  const wakes = storages.map(() => manualWake())
  const open = (tab: number, extra: Partial<CustomerAuthOptions> = {}) => {
    const services: Partial<EngineServices> = {
      connectTabs: channels.connectAs(tab),
      wake: wakes[tab],
      acquireLock: lock,
    }
    const auth = createCustomerAuth(
      { backend, clock, storage: storages[tab], renew: { pollIntervalMs: 0 }, ...extra },
      services,
    )
    engines.add(auth)
    auth.start()
    return auth
  }
  return { clock, backend, storages, lock, wakes, open }
}

/** A tab whose messages the test delivers itself. */
function openDriven(
  clock: ManualClock,
  backend: ReturnType<typeof createScriptedBackend>,
  storage: SessionStorage,
) {
  let deliver: (message: TabMessage) => void = () => {}
  const auth = createCustomerAuth(
    { backend, clock, storage, renew: { pollIntervalMs: 0 } },
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
  return { auth, deliver: (message: TabMessage) => deliver(message) }
}

/** Answers renew requests after `latencyMs`, from a script of outcomes ('503' or 'ok'). */
function answerRenews(
  clock: ManualClock,
  backend: ReturnType<typeof createScriptedBackend>,
  latencyMs: number,
  outcomes: ('503' | 'refused' | 'ok')[],
) {
  const answered: string[] = []
  backend.script.renew = () =>
    new Promise<IssuedToken>((resolve, reject) => {
      const outcome = outcomes.shift() ?? 'ok'
      clock.setTimeout(() => {
        answered.push(outcome)
        if (outcome === 'ok') resolve(backend.issue('renewed'))
        else if (outcome === '503')
          reject(new CustomerAuthError('SERVER', 'HTTP 503', { source: 'shopify', status: 503 }))
        // A refusal that says nothing about the customer's token (e.g. a frozen shop).
        else reject(new CustomerAuthError('CONFIGURATION', 'refused', { source: 'shopify' }))
      }, latencyMs)
    })
  return answered
}

describe('renew rounds across tabs', () => {
  it('a renew point after a 503 gets exactly one successful renew, however late the news travels', async () => {
    const { clock, backend, open } = world({ tabs: 3, lagMs: 800 })
    const tabs = [open(0), open(1), open(2)]
    const session = await nth(tabs, 0).login(credentials)
    await clock.advance(SECOND) // the sign-in reaches the other tabs
    const answered = answerRenews(clock, backend, 500, ['503', 'ok', 'ok', 'ok'])
    // Past the renew point (45 min), with every retry and late message played out.
    await clock.advance(46 * MINUTE)
    expect(answered.filter((outcome) => outcome === 'ok')).toHaveLength(1)
    expect(answered[0]).toBe('503')
    const renewed = nth(tabs, 0).getSnapshot().session
    expect(renewed?.expiresAt).toBeGreaterThan(session.expiresAt)
    for (const tab of tabs) expect(tab.getSnapshot().session).toEqual(renewed)
  })

  it('after a refusal that leaves the token valid, each round has one retry across all tabs', async () => {
    const { clock, backend, open } = world({ tabs: 3, lagMs: 50 })
    const tabs = [open(0), open(1), open(2)]
    await nth(tabs, 0).login(credentials)
    await clock.advance(SECOND)
    answerRenews(clock, backend, 100, ['refused', 'refused', 'refused', 'refused'])
    // The renew point (45 min): one request, refused; the other tabs wait for its retry point
    // (half the 15 minutes left: 52.5 min) instead of sending their own.
    await clock.advance(45 * MINUTE)
    expect(backend.calls.renew).toHaveLength(1)
    await clock.advance(7 * MINUTE)
    expect(backend.calls.renew).toHaveLength(1)
    await clock.advance(MINUTE)
    expect(backend.calls.renew).toHaveLength(2)
    for (const tab of tabs) expect(tab.getSnapshot()).toMatchObject({ status: 'authenticated' })
  })

  it('a tab that shares storage and finds another customer signed in there adopts that session before renewing', async () => {
    const { clock, backend, storages, open } = world({ tabs: 2, lagMs: 0 })
    const tab = open(0)
    const mine = await tab.login(credentials)
    // Another tab signed in as someone else; its message was lost, only storage has it.
    const theirs: CustomerSession = { ...backend.issue('theirs'), sessionId: 'their-session' }
    nth(storages, 0).setItem(storageKey(backend.id), encodeSession(theirs, backend.id), 0)
    await clock.advance(46 * MINUTE)
    expect(backend.calls.renew).not.toContain(mine.accessToken)
    expect(tab.getSnapshot().session?.sessionId).toBe('their-session')
  })
})

describe('what storage and messages carry', () => {
  it('a tab that reloads seconds after a renewal still judges a crossing by the sign-in time', async () => {
    const { clock, backend, storages } = world({ tabs: 1, lagMs: 0 })
    const first = openDriven(clock, backend, nth(storages, 0))
    const session = await first.auth.login(credentials)
    await clock.advance(45 * MINUTE) // renewed at the renew point: a token issued at 45:00
    expect(first.auth.getSnapshot().session?.issuedAt).toBe(session.issuedAt + 45 * MINUTE)
    await clock.advance(2 * SECOND)
    first.auth.stop()
    const reloaded = openDriven(clock, backend, nth(storages, 0))
    expect(JSON.parse(nth(storages, 0).getItem(storageKey(backend.id)) ?? '{}')).toMatchObject({
      signedInAt: session.issuedAt,
    })
    // Three seconds later a tab with its own storage (it held nothing) signs in someone else.
    // Ours was signed in 45 minutes ago: no crossing, theirs replaces it.
    await clock.advance(3 * SECOND)
    const elsewhere = { ...backend.issue('elsewhere'), sessionId: '0-sorts-first' }
    reloaded.deliver({ type: 'session', session: elsewhere, replaces: null })
    expect(reloaded.auth.getSnapshot().session?.sessionId).toBe('0-sorts-first')
  })

  it('the storage-event fallback carries what the writer replaced, so crossing sign-ins settle on one session', async () => {
    const { clock, backend } = world({ tabs: 2, lagMs: 0 })
    const shared = notifyingStorage(clock, 100)
    const openTab = (tab: number) => {
      const auth = createCustomerAuth(
        { backend, clock, storage: shared.asTab(tab), renew: { pollIntervalMs: 0 } },
        {
          // No BroadcastChannel: the storage's change events are the only messages.
          connectTabs: (id, storage, onMessage) => connectTabs(id, storage, onMessage, null),
          wake: manualWake(),
          acquireLock: sharedLock(),
        },
      )
      engines.add(auth)
      auth.start()
      return auth
    }
    const [a, b] = [openTab(0), openTab(1)]
    // Both sign in before hearing of the other (their writes travel 100 ms).
    randomIdBytes(0x11)
    const first = await a.login(credentials)
    randomIdBytes(0xee)
    const second = await b.login(credentials)
    await clock.advance(SECOND)
    expect(second.sessionId > first.sessionId).toBe(true)
    expect(a.getSnapshot().session?.sessionId).toBe(second.sessionId)
    expect(b.getSnapshot().session?.sessionId).toBe(second.sessionId)
  })

  it('a page restored from the back/forward cache re-reads storage even when tabs are kept apart', async () => {
    const { backend, storages, wakes, open } = world({ tabs: 1, lagMs: 0 })
    const tab = open(0, { crossTab: false })
    await tab.login(credentials)
    // A later page of this same tab signed out, then the customer went back.
    nth(storages, 0).removeItem(storageKey(backend.id))
    nth(wakes, 0).fire({ restoredFromCache: false })
    expect(tab.getSnapshot().status).toBe('authenticated')
    nth(wakes, 0).fire({ restoredFromCache: true })
    expect(tab.getSnapshot()).toMatchObject({ status: 'anonymous', endReason: 'logout-elsewhere' })
  })
})
