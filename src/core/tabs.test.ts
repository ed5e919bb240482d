// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCustomerAuth } from './create-customer-auth.js'
import type {
  CustomerAuth,
  CustomerAuthEvent,
  CustomerAuthOptions,
  SessionStorage,
} from './customer-auth.js'
import type { CustomerSession, IssuedToken } from './session.js'
import { encodeSession, storageKey } from './session-codec.js'
import { createMemoryStorage } from './storage/memory-storage.js'
import { createCookieStorage } from './storage/cookie-storage.js'
import { FakeLockManager } from './test-support/fake-lock-manager.js'
import { ManualClock } from './test-support/manual-clock.js'
import { createScriptedBackend, deferred } from './test-support/scripted-backend.js'

const T0 = Date.UTC(2026, 5, 1, 12)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const credentials = { email: 'ada@example.com', password: 'correct horse battery' }

let engines: CustomerAuth[] = []
let testNumber = 0

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: T0,
  })
  // Every tab plans the very same renew instant: the hardest case for single-flight.
  vi.spyOn(Math, 'random').mockReturnValue(0)
  localStorage.clear()
  testNumber += 1
})

afterEach(() => {
  for (const engine of engines) engine.stop()
  engines = []
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

/** BroadcastChannel messages travel through the event loop, not microtasks: let it turn. */
async function flushTabs(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve))
    await vi.advanceTimersByTimeAsync(0)
  }
}

/** Three tabs of one origin: one backend (one server), each with its own engine. */
function openTabs(storage?: () => SessionStorage) {
  const backend = createScriptedBackend({ id: `scripted:tabs-${testNumber}`, lifetimeMs: HOUR })
  const events: CustomerAuthEvent[][] = [[], [], []]
  const tabs = events.map((log) => {
    const auth = createCustomerAuth({
      backend,
      ...(storage ? { storage: storage() } : {}),
      onEvent: (event) => log.push(event),
    })
    engines.push(auth)
    auth.start()
    return auth
  })
  return { backend, tabs: tabs as [CustomerAuth, CustomerAuth, CustomerAuth], events }
}

/** This test's backend: an id of its own, so no message of another test's tabs reaches it. */
const testBackend = (now?: () => number) =>
  createScriptedBackend({ id: `scripted:tabs-${testNumber}`, lifetimeMs: HOUR, now })

/** One tab's engine, started (and stopped after the test). */
function openTab(options: CustomerAuthOptions): CustomerAuth {
  const auth = createCustomerAuth(options)
  engines.push(auth)
  auth.start()
  return auth
}

/** Makes the next sessionId a tab creates all `byte`s (0: the smallest there is; 0xff: the greatest). */
function nextSessionId(byte: number): void {
  vi.spyOn(crypto, 'getRandomValues').mockImplementationOnce((array) => {
    ;(array as Uint8Array).fill(byte)
    return array
  })
}

/** Sign-in answers the test releases: `[0]` for the password 'a', `[1]` for 'b'. */
function heldSignIns(backend: ReturnType<typeof testBackend>) {
  const answers = [deferred<IssuedToken>(), deferred<IssuedToken>()] as const
  backend.script.login = ({ password }) => answers[password === 'a' ? 0 : 1].promise
  return answers
}

/** Tab A frozen (its timers wait on its own clock), tab B active; only storage is shared. */
function frozenAndActive() {
  vi.stubGlobal('BroadcastChannel', undefined) // or messages the frozen tab never got
  const frozen = new ManualClock(T0)
  const active = new ManualClock(T0)
  const backend = testBackend(() => active.now())
  const events: CustomerAuthEvent[] = []
  const open = (clock: ManualClock, log?: CustomerAuthEvent[]) =>
    openTab({
      backend,
      clock,
      renew: { pollIntervalMs: 0 },
      onEvent: (event) => log?.push(event),
    })
  return { frozen, active, backend, events, tabA: open(frozen, events), open: () => open(active) }
}

/** A message from a tab outside the test (one that renewed or signed out), as it travels. */
async function postFromAnotherTab(
  backendId: string,
  message:
    | { type: 'session'; session: CustomerSession; replaces?: string | null }
    | { type: 'end'; reason: string },
): Promise<void> {
  const channel = new BroadcastChannel(storageKey(backendId))
  channel.postMessage({
    v: 1,
    backend: backendId,
    type: message.type,
    value: message.type === 'session' ? encodeSession(message.session, backendId) : message.reason,
    ...(message.type === 'session' && { replaces: message.replaces }),
  })
  await flushTabs()
  channel.close()
}

const types = (log: CustomerAuthEvent[] | undefined): string[] =>
  (log ?? []).map((e) => `${e.type}:${e.reason}`)

/** Shared storage of an origin whose change notification reaches the other tabs, like `storage`. */
function createOrigin(): () => SessionStorage {
  const values = new Map<string, string>()
  const views: { notify: (key: string, value: string | null) => void }[] = []
  return () => {
    const listeners = new Map<string, Set<(value: string | null) => void>>()
    const self = {
      notify(key: string, value: string | null) {
        queueMicrotask(() => listeners.get(key)?.forEach((listener) => listener(value)))
      },
    }
    views.push(self)
    const broadcast = (key: string, value: string | null): void => {
      for (const view of views) if (view !== self) view.notify(key, value)
    }
    return {
      getItem: (key) => values.get(key) ?? null,
      setItem(key, value) {
        if (values.get(key) === value) return
        values.set(key, value)
        broadcast(key, value)
      },
      removeItem(key) {
        if (!values.delete(key)) return
        broadcast(key, null)
      },
      subscribe(key, listener) {
        const set = listeners.get(key) ?? new Set()
        set.add(listener)
        listeners.set(key, set)
        return () => set.delete(listener)
      },
    }
  }
}

describe.each([
  ['with navigator.locks', true],
  ['without navigator.locks', false],
])('three tabs sharing localStorage and a BroadcastChannel, %s', (_, withLocks) => {
  let locks: FakeLockManager | undefined

  beforeEach(() => {
    locks = withLocks ? new FakeLockManager() : undefined
    if (locks) Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
  })

  afterEach(() => {
    if (locks) delete (navigator as { locks?: unknown }).locks
  })

  it('a login in one tab reaches every tab with the same session', async () => {
    const { tabs, events } = openTabs()
    const session = await tabs[0].login(credentials)
    await flushTabs()
    for (const tab of tabs) {
      expect(tab.getSnapshot()).toMatchObject({ status: 'authenticated', session })
    }
    expect(types(events[1])).toEqual(['login:other-tab'])
    expect(types(events[2])).toEqual(['login:other-tab'])
  })

  it('renews once across all tabs, and every tab gets the new token', async () => {
    const { backend, tabs, events } = openTabs()
    const session = await tabs[0].login(credentials)
    await flushTabs()
    const answer = deferred<IssuedToken>()
    backend.script.renew = () => answer.promise
    // All three reach the renew point together; one request goes out and stays in flight.
    await vi.advanceTimersByTimeAsync(45 * MINUTE)
    await flushTabs()
    expect(backend.calls.renew).toEqual([session.accessToken])
    answer.resolve(backend.issue('renewed'))
    await flushTabs()
    await vi.advanceTimersByTimeAsync(10_000)
    await flushTabs()
    expect(backend.calls.renew).toHaveLength(1)
    for (const tab of tabs) {
      expect(tab.getSnapshot()).toMatchObject({
        status: 'authenticated',
        session: { accessToken: 'renewed-2', sessionId: session.sessionId },
      })
    }
    const renewEvents = events.flat().filter((event) => event.type === 'renew')
    expect(renewEvents.map((event) => event.reason).sort()).toEqual([
      'other-tab',
      'other-tab',
      'scheduled',
    ])
    if (locks) expect(locks.requests).toBeGreaterThanOrEqual(3)
  })

  it('a manual renew in a tab while another renews waits for that result and sends nothing', async () => {
    const { backend, tabs } = openTabs()
    await tabs[0].login(credentials)
    await flushTabs()
    const answer = deferred<IssuedToken>()
    backend.script.renew = () => answer.promise
    const first = tabs[0].renew()
    await flushTabs()
    const second = tabs[1].renew()
    await flushTabs()
    expect(backend.calls.renew).toHaveLength(1)
    answer.resolve(backend.issue('renewed'))
    await flushTabs()
    const [a, b] = await Promise.all([first, second])
    expect(b).toEqual(a)
    expect(backend.calls.renew).toHaveLength(1)
  })

  it('a logout in one tab ends the session in every tab at once and revokes once', async () => {
    const { backend, tabs, events } = openTabs()
    await tabs[0].login(credentials)
    await flushTabs()
    await tabs[1].logout()
    expect(tabs[1].getSnapshot()).toMatchObject({ status: 'anonymous', endReason: 'logout' })
    await flushTabs()
    for (const tab of [tabs[0], tabs[2]]) {
      expect(tab.getSnapshot()).toMatchObject({
        status: 'anonymous',
        session: null,
        endReason: 'logout-elsewhere',
      })
    }
    expect(types(events[0]).at(-1)).toBe('logout:logout-elsewhere')
    expect(backend.calls.logout).toHaveLength(1)
    expect(localStorage.getItem(storageKey(backend.id))).toBeNull()
  })
})

describe('tabs without BroadcastChannel (storage event fallback)', () => {
  beforeEach(() => {
    vi.stubGlobal('BroadcastChannel', undefined)
  })

  it('login, renew and logout still reach every tab, with one renew request', async () => {
    const { backend, tabs, events } = openTabs(createOrigin())
    const session = await tabs[0].login(credentials)
    await flushTabs()
    expect(tabs.map((tab) => tab.getSnapshot().session)).toEqual([session, session, session])

    const answer = deferred<IssuedToken>()
    backend.script.renew = () => answer.promise
    await vi.advanceTimersByTimeAsync(45 * MINUTE)
    answer.resolve(backend.issue('renewed'))
    await flushTabs()
    await vi.advanceTimersByTimeAsync(10_000)
    await flushTabs()
    expect(backend.calls.renew).toHaveLength(1)
    expect(tabs.map((tab) => tab.getSnapshot().session?.accessToken)).toEqual([
      'renewed-2',
      'renewed-2',
      'renewed-2',
    ])

    await tabs[2].logout()
    await flushTabs()
    expect(tabs.map((tab) => tab.getSnapshot().status)).toEqual([
      'anonymous',
      'anonymous',
      'anonymous',
    ])
    expect(types(events[0]).at(-1)).toBe('logout:logout-elsewhere')
  })
})

describe('tab messages', () => {
  it('two sign-ins that cross between tabs leave every tab, and storage, on one session', async () => {
    const { backend, tabs } = openTabs()
    const answers = heldSignIns(backend)
    // The customer submits the form in two tabs; both answers land before either tab hears.
    const inA = tabs[0].login({ ...credentials, password: 'a' })
    const inB = tabs[1].login({ ...credentials, password: 'b' })
    answers[0].resolve(backend.issue('a'))
    answers[1].resolve(backend.issue('b'))
    await Promise.all([inA, inB])
    await flushTabs()
    const held = tabs.map((tab) => tab.getSnapshot().session?.sessionId)
    expect(new Set(held).size).toBe(1)
    expect(localStorage.getItem(storageKey(backend.id))).toContain(held[0])
  })

  it('a later sign-in from a tab that held no session (its storage is its own) reaches the others', async () => {
    const { backend, tabs } = openTabs(() => createMemoryStorage())
    await tabs[0].login(credentials)
    await flushTabs()
    // Tabs keep their own storage here, so a tab opened later starts signed out; a minute later
    // another customer signs in there.
    const fresh = openTab({ backend, storage: createMemoryStorage() })
    await vi.advanceTimersByTimeAsync(MINUTE)
    const grace = await fresh.login({ email: 'grace@example.com', password: 'hopper' })
    await flushTabs()
    for (const tab of tabs) expect(tab.getSnapshot().session).toEqual(grace)
  })

  it('follows a customer switch made in a tab still running the previous release (no replaces)', async () => {
    const { backend, tabs } = openTabs()
    await tabs[0].login(credentials)
    await flushTabs()
    // 3 s later, in a tab opened before the deploy, Grace signs in over Ada: the old message
    // format says nothing of what it replaced. Her sessionId is the smallest there is.
    vi.advanceTimersByTime(3_000)
    const grace = { ...backend.issue('grace'), sessionId: '0'.repeat(32) }
    localStorage.setItem(storageKey(backend.id), encodeSession(grace, backend.id))
    await postFromAnotherTab(backend.id, { type: 'session', session: grace })
    for (const tab of tabs) expect(tab.getSnapshot().session).toEqual(grace)
  })

  it('a sign-in from a tab with its own storage reaches a tab that reloaded seconds ago', async () => {
    const backend = testBackend()
    const open = (storage: SessionStorage) => openTab({ backend, storage })
    const ownStorage = createMemoryStorage() // storage: 'session': each tab its own
    const before = open(ownStorage)
    await before.login(credentials)
    await vi.advanceTimersByTimeAsync(30 * MINUTE)
    // Tab A navigates (a multi-page storefront): the next page restores Ada from its storage.
    before.stop()
    const tabA = open(ownStorage)
    // 5 s later another customer signs in in tab B, with an id smaller than Ada's.
    await vi.advanceTimersByTimeAsync(5_000)
    const tabB = open(createMemoryStorage())
    nextSessionId(0)
    const grace = await tabB.login({ email: 'grace@example.com', password: 'hopper' })
    await flushTabs()
    expect(tabA.getSnapshot().session).toEqual(grace)
  })

  it('a sign-in from a tab with its own storage, seconds after another tab renewed, reaches that tab', async () => {
    const backend = testBackend()
    const open = () => openTab({ backend, storage: createMemoryStorage() })
    const tabA = open()
    await tabA.login(credentials)
    // 45 minutes later tab A renews Ada's session: its token's issuedAt moves to now.
    await vi.advanceTimersByTimeAsync(45 * MINUTE + 1_000)
    expect(backend.calls.renew).toHaveLength(1)
    // 3 s later a new tab (its storage starts empty) signs Grace in, with the smallest id.
    await vi.advanceTimersByTimeAsync(3_000)
    const tabB = open()
    nextSessionId(0)
    const grace = await tabB.login({ email: 'grace@example.com', password: 'hopper' })
    await flushTabs()
    expect(tabA.getSnapshot().session).toEqual(grace)
  })

  it('a tab with its own storage that missed a sign-in follows it at its first renew message', async () => {
    const backend = testBackend()
    const tabB = openTab({ backend, storage: createMemoryStorage() })
    await tabB.login(credentials)
    await vi.advanceTimersByTimeAsync(20 * MINUTE)
    // Meanwhile another tab (its own storage) signed Grace in, and B missed that message (it sat
    // in the back/forward cache). Later that tab renews Grace's session: B hears the renew.
    const grace: CustomerSession = {
      accessToken: 'grace-2',
      issuedAt: Date.now(),
      expiresAt: Date.now() + HOUR,
      sessionId: '0'.repeat(32),
    }
    await postFromAnotherTab(backend.id, {
      type: 'session',
      session: grace,
      replaces: grace.sessionId,
    })
    expect(tabB.getSnapshot().session).toEqual(grace)
  })

  it('a tab whose timers were frozen past the old expiry takes the token another tab renewed, and keeps it stored', async () => {
    const { frozen, active, tabA, open } = frozenAndActive()
    const session = await tabA.login(credentials)
    const tabB = open()
    // B renews at 45 minutes; A is frozen until after the first token's expiry.
    await active.advance(70 * MINUTE)
    frozen.sleep(70 * MINUTE)
    const renewed = tabB.getSnapshot().session
    expect(renewed).toMatchObject({ sessionId: session.sessionId })
    expect(renewed?.expiresAt).toBeGreaterThan(session.expiresAt)
    // A thaws and renders first (a component reads its state): no "expired" flash...
    expect(tabA.getSnapshot()).toMatchObject({ status: 'authenticated' })
    // ...then its one timer, due since the renew point, fires past the old expiry.
    await frozen.advance(0)
    expect(tabA.getSnapshot()).toMatchObject({ status: 'authenticated', session: renewed })
    expect(tabB.getSnapshot()).toMatchObject({ status: 'authenticated', session: renewed })
    // The next page load still has it.
    expect(open().getSnapshot()).toMatchObject({ status: 'authenticated', session: renewed })
  })

  it('ignores foreign messages on the channel', async () => {
    const { tabs, events } = openTabs()
    const channel = new BroadcastChannel(storageKey(`scripted:tabs-${testNumber}`))
    channel.postMessage({ v: 1, backend: 'someone-else', type: 'end', value: 'logout' })
    channel.postMessage({
      v: 1,
      backend: `scripted:tabs-${testNumber}`,
      type: 'session',
      value: '{',
    })
    channel.postMessage('hello')
    await flushTabs()
    channel.close()
    expect(tabs[0].getSnapshot().status).toBe('anonymous')
    expect(events.flat()).toEqual([])
  })

  it('does not re-emit when a tab hears about the session it already has', async () => {
    const { tabs, events } = openTabs()
    await tabs[0].login(credentials)
    await flushTabs()
    const before = tabs[1].getSnapshot()
    // Tab 0 writes the same session again (a restore, an idempotent re-broadcast).
    tabs[0].stop()
    tabs[0].start()
    await flushTabs()
    expect(tabs[1].getSnapshot()).toBe(before)
    expect(types(events[1])).toEqual(['login:other-tab'])
  })

  it('a late renew of a session that was signed out does not sign any tab back in', async () => {
    const { backend, tabs, events } = openTabs()
    const session = await tabs[0].login(credentials)
    await flushTabs()
    await tabs[0].logout()
    await flushTabs()
    // A tab that renewed just before it heard of the logout: its message arrives after it.
    const renewed = { ...session, accessToken: 'renewed', expiresAt: T0 + 2 * HOUR }
    await postFromAnotherTab(backend.id, { type: 'session', session: renewed })
    expect(tabs.map((tab) => tab.getSnapshot().status)).toEqual([
      'anonymous',
      'anonymous',
      'anonymous',
    ])
    expect(localStorage.getItem(storageKey(backend.id))).toBeNull()
    expect(types(events[0])).toEqual(['login:password', 'logout:logout'])
  })

  it('a logout heard late does not delete the session another tab signed in with since', async () => {
    const { backend, tabs } = openTabs()
    await tabs[0].login(credentials)
    await flushTabs()
    // Another tab signed out and at once in again: its new session is stored before this tab
    // (busy, or frozen in the background) handles the logout message.
    const next = { ...backend.issue('next'), sessionId: 'next-session' }
    localStorage.setItem(storageKey(backend.id), encodeSession(next, backend.id))
    await postFromAnotherTab(backend.id, { type: 'end', reason: 'logout' })
    expect(tabs[0].getSnapshot().status).toBe('anonymous')
    expect(localStorage.getItem(storageKey(backend.id))).toBe(encodeSession(next, backend.id))
  })

  it('a late renew of a session another sign-in replaced does not switch tabs back to it', async () => {
    const { backend, tabs, events } = openTabs()
    const first = await tabs[0].login(credentials)
    await flushTabs()
    // Another customer signs in on this device: every tab moves to the new session.
    const second = await tabs[1].login({ email: 'grace@example.com', password: 'hopper' })
    await flushTabs()
    // A tab that renewed the first session just before it heard of the second: its message
    // arrives last.
    const renewed = { ...first, accessToken: 'renewed', expiresAt: T0 + 2 * HOUR }
    await postFromAnotherTab(backend.id, { type: 'session', session: renewed })
    for (const tab of tabs) expect(tab.getSnapshot().session).toEqual(second)
    expect(types(events[2])).toEqual(['login:other-tab', 'logout:replaced', 'login:other-tab'])
  })

  it('a tab restored from the back/forward cache catches up with a logout it missed', async () => {
    const { backend, tabs, events } = openTabs()
    await tabs[0].login(credentials)
    await flushTabs()
    // Another tab signed out while these were frozen: storage changed, no message arrived.
    localStorage.removeItem(storageKey(backend.id))
    window.dispatchEvent(new Event('pageshow'))
    for (const tab of tabs) {
      expect(tab.getSnapshot()).toMatchObject({
        status: 'anonymous',
        endReason: 'logout-elsewhere',
      })
    }
    expect(types(events[1])).toEqual(['login:other-tab', 'logout:logout-elsewhere'])
  })

  it('a tab that regains focus catches up with a sign-in and a renew it missed', async () => {
    const { backend, tabs, events } = openTabs()
    const next = { ...backend.issue('elsewhere'), sessionId: 'signed-in-elsewhere' }
    localStorage.setItem(storageKey(backend.id), encodeSession(next, backend.id))
    window.dispatchEvent(new Event('focus'))
    for (const tab of tabs) expect(tab.getSnapshot().session).toEqual(next)
    const renewed = { ...next, accessToken: 'renewed-elsewhere', expiresAt: next.expiresAt + HOUR }
    localStorage.setItem(storageKey(backend.id), encodeSession(renewed, backend.id))
    document.dispatchEvent(new Event('visibilitychange'))
    for (const tab of tabs) expect(tab.getSnapshot().session).toEqual(renewed)
    expect(types(events[0])).toEqual(['login:other-tab', 'renew:other-tab'])
  })

  it('a session storage could not keep is not taken for a logout on wake', async () => {
    const backend = createScriptedBackend({ id: `scripted:full-${testNumber}`, lifetimeMs: HOUR })
    const auth = createCustomerAuth({
      backend,
      storage: {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError')
        },
        removeItem: () => {},
      },
    })
    engines.push(auth)
    auth.start()
    await auth.login(credentials)
    window.dispatchEvent(new Event('focus'))
    expect(auth.getSnapshot()).toMatchObject({
      status: 'authenticated',
      error: { code: 'STORAGE' },
    })
  })

  it('a session the storage silently did not keep is not taken for a logout on wake', async () => {
    // A cookie whose path does not cover the page: the browser drops it without an error.
    const backend = createScriptedBackend({ id: `scripted:path-${testNumber}`, lifetimeMs: HOUR })
    const auth = createCustomerAuth({
      backend,
      storage: createCookieStorage({ path: '/account/only' }),
    })
    engines.push(auth)
    auth.start()
    await auth.login(credentials)
    expect(document.cookie).toBe('')
    window.dispatchEvent(new Event('focus'))
    expect(auth.getSnapshot().status).toBe('authenticated')
  })

  it('a customer active every day stays signed in where script-set cookies lapse 7 days after their last write', async () => {
    // Safari's cap on cookies written from script, modelled on the storage itself.
    const values = new Map<string, { value: string; lapsesAt: number }>()
    const capped: SessionStorage = {
      getItem(key) {
        const entry = values.get(key)
        return entry && Date.now() < entry.lapsesAt ? entry.value : null
      },
      setItem: (key, value) => void values.set(key, { value, lapsesAt: Date.now() + 7 * DAY }),
      removeItem: (key) => void values.delete(key),
    }
    const backend = createScriptedBackend({
      id: `scripted:capped-${testNumber}`,
      lifetimeMs: 42 * DAY,
    })
    const auth = createCustomerAuth({ backend, storage: capped, renew: { pollIntervalMs: 0 } })
    engines.push(auth)
    auth.start()
    const session = await auth.login(credentials)
    for (let day = 1; day <= 20; day++) {
      await vi.advanceTimersByTimeAsync(DAY)
      window.dispatchEvent(new Event('focus'))
    }
    expect(auth.getSnapshot()).toMatchObject({ status: 'authenticated', session })
    expect(backend.calls.renew).toEqual([])
  })

  it('a server-rendered session read back from the cookie catches a missed logout on wake', () => {
    const backend = createScriptedBackend({ id: `scripted:ssr-${testNumber}`, lifetimeMs: HOUR })
    const session = { ...backend.issue('ssr'), sessionId: 'from-the-cookie' }
    const cookies = createCookieStorage()
    cookies.setItem(storageKey(backend.id), encodeSession(session, backend.id), session.expiresAt)
    const auth = createCustomerAuth({ backend, storage: cookies, initialSession: session })
    engines.push(auth)
    auth.start()
    cookies.removeItem(storageKey(backend.id))
    window.dispatchEvent(new Event('pageshow'))
    expect(auth.getSnapshot()).toMatchObject({ status: 'anonymous', endReason: 'logout-elsewhere' })
  })

  it('a storage that cannot be read reports it once, not on every wake', async () => {
    const backend = createScriptedBackend({ id: `scripted:denied-${testNumber}`, lifetimeMs: HOUR })
    const denied = (): never => {
      throw new DOMException('denied', 'SecurityError')
    }
    const events: CustomerAuthEvent[] = []
    const auth = createCustomerAuth({
      backend,
      storage: { getItem: denied, setItem: denied, removeItem: denied },
      onEvent: (event) => events.push(event),
    })
    engines.push(auth)
    auth.start()
    await auth.login(credentials)
    const reported = events.length
    const before = auth.getSnapshot()
    await vi.advanceTimersByTimeAsync(5 * MINUTE)
    window.dispatchEvent(new Event('focus'))
    expect(events.length).toBe(reported)
    expect(auth.getSnapshot()).toBe(before)
  })

  it('keeps tabs apart when crossTab is false', async () => {
    const backend = createScriptedBackend({ id: `scripted:solo-${testNumber}`, lifetimeMs: HOUR })
    const a = createCustomerAuth({ backend, storage: 'memory', crossTab: false })
    const b = createCustomerAuth({ backend, storage: 'memory', crossTab: false })
    engines.push(a, b)
    a.start()
    b.start()
    await a.login(credentials)
    await flushTabs()
    expect(b.getSnapshot().status).toBe('anonymous')
  })
})

describe('tabs that missed messages (frozen, loaded late)', () => {
  const stored = (backendId: string) => localStorage.getItem(storageKey(backendId))

  /** A BroadcastChannel whose deliveries wait while its tab is frozen (then run on resume). */
  function freezableChannels() {
    const Real = BroadcastChannel
    const held: (() => void)[] = []
    let frozen = false
    class Freezable extends Real {
      override set onmessage(listener: ((event: MessageEvent) => void) | null) {
        super.onmessage =
          listener &&
          ((event: MessageEvent) => (frozen ? held.push(() => listener(event)) : listener(event)))
      }
      override get onmessage(): ((event: MessageEvent) => void) | null {
        return super.onmessage
      }
    }
    return {
      Freezable,
      freeze: () => void (frozen = true),
      thaw() {
        frozen = false
        for (const deliver of held.splice(0)) deliver()
      },
    }
  }

  it('a tab that loads between two crossing sign-ins ends on the same session as the others', async () => {
    const backend = testBackend()
    const answers = heldSignIns(backend)
    const [tabA, tabB] = [openTab({ backend }), openTab({ backend })]
    const inA = tabA.login({ ...credentials, password: 'a' })
    const inB = tabB.login({ ...credentials, password: 'b' })
    // A's answer lands first (its id the greatest: A's sign-in wins the crossing).
    nextSessionId(0xff)
    answers[0].resolve(backend.issue('a'))
    const a = await inA
    // Tab C loads now: it restores A's session from storage.
    const tabC = openTab({ backend })
    expect(tabC.getSnapshot().session).toEqual(a)
    // B's answer lands before B heard of A's sign-in.
    nextSessionId(0x00)
    answers[1].resolve(backend.issue('b'))
    await inB
    await flushTabs()
    for (const tab of [tabA, tabB, tabC]) expect(tab.getSnapshot().session).toEqual(a)
    expect(stored(backend.id)).toContain(a.sessionId)
  })

  it('a frozen tab that catches up from storage before its queued messages run stays on the winner', async () => {
    const backend = testBackend()
    const answers = heldSignIns(backend)
    const open = () => openTab({ backend, renew: { pollIntervalMs: 0 } })
    const [tabA, tabB] = [open(), open()]
    // Tab C is in the background: its channel holds deliveries while frozen.
    const channels = freezableChannels()
    vi.stubGlobal('BroadcastChannel', channels.Freezable)
    const tabC = open()
    vi.unstubAllGlobals()
    channels.freeze()
    const inA = tabA.login({ ...credentials, password: 'a' })
    const inB = tabB.login({ ...credentials, password: 'b' })
    nextSessionId(0xff)
    answers[0].resolve(backend.issue('a'))
    const a = await inA
    nextSessionId(0x00)
    answers[1].resolve(backend.issue('b'))
    await inB
    await flushTabs()
    expect(tabA.getSnapshot().session).toEqual(a)
    expect(tabB.getSnapshot().session).toEqual(a)
    // Minutes later the customer switches to C: its wake check reads storage first...
    await vi.advanceTimersByTimeAsync(3 * MINUTE)
    document.dispatchEvent(new Event('visibilitychange'))
    expect(tabC.getSnapshot().session).toEqual(a)
    // ...then the messages queued while it was frozen run.
    channels.thaw()
    await flushTabs()
    expect(tabC.getSnapshot().session).toEqual(a)
    expect(stored(backend.id)).toContain(a.sessionId)
  })

  it('a frozen tab that renders first, while storage holds a sign-in made meanwhile, shows no expiry', async () => {
    const { frozen, active, events, tabA, open } = frozenAndActive()
    await tabA.login(credentials)
    const tabB = open()
    // In B the customer signs out and in again while A is frozen.
    await active.advance(50 * MINUTE)
    await tabB.logout()
    const again = await tabB.login(credentials)
    await active.advance(20 * MINUTE)
    frozen.sleep(70 * MINUTE)
    events.length = 0
    // A thaws and renders first.
    expect(tabA.getSnapshot().status).not.toBe('expired')
    await frozen.advance(0)
    expect(tabA.getSnapshot().session).toEqual(again)
    expect(types(events)).not.toContain('expire:expired')
  })

  it('a catch-up queued by a render just before the engine stops does nothing afterwards', async () => {
    const { frozen, active, events, tabA, open } = frozenAndActive()
    await tabA.login(credentials)
    open()
    await active.advance(70 * MINUTE) // B renews the session
    frozen.sleep(70 * MINUTE)
    events.length = 0
    // A renders (queueing its catch-up) and unmounts in the same task.
    expect(tabA.getSnapshot().status).toBe('authenticated')
    tabA.stop()
    await Promise.resolve()
    expect(events).toEqual([])
  })
})
