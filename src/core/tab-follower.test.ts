import { describe, expect, it, vi } from 'vitest'
import type { CustomerAuthState, SessionStorage } from './customer-auth.js'
import type { EngineCore, TakeOptions } from './engine-core.js'
import type { TabView } from './incoming-session.js'
import { encodeSession, storageKey, type SessionRecordMeta } from './session-codec.js'
import type { CustomerSession, SessionEndReason } from './session.js'
import { createSessionStore } from './session-store.js'
import { initialState, type SessionTransition } from './session-transitions.js'
import { createMemoryStorage } from './storage/memory-storage.js'
import { followTabs } from './tab-follower.js'
import type { TabConnector, TabMessage, TabSync } from './tab-sync.js'
import { ManualClock } from './test-support/manual-clock.js'
import type { WakeManager, WakeSignal } from './wake-manager.js'

const T0 = Date.UTC(2026, 5, 1, 12)
const HOUR = 3_600_000
const DAY = 24 * HOUR
const backendId = 'scripted:test-shop'
const key = storageKey(backendId)

/** The session this tab holds. */
const held: CustomerSession = {
  accessToken: 'token-1',
  issuedAt: T0,
  expiresAt: T0 + HOUR,
  sessionId: 'session-a',
}
/** A later token of the held session, as another tab renewed it. */
const renewedElsewhere: CustomerSession = {
  ...held,
  accessToken: 'token-2',
  issuedAt: T0 + 30 * 60_000,
  expiresAt: T0 + 2 * HOUR,
}
/** Another customer's sign-in in another tab, well after ours. */
const otherCustomer: CustomerSession = {
  accessToken: 'token-other',
  issuedAt: T0 + 20 * 60_000,
  expiresAt: T0 + 3 * HOUR,
  sessionId: 'session-z',
}

interface TakeCall {
  readonly session: CustomerSession
  readonly change: SessionTransition
  readonly emitted: readonly unknown[]
  readonly how: TakeOptions | undefined
}

/**
 * The parts of an engine core the follower (and followIncoming behind it) uses, recording the
 * calls it gets. The store is a real one over a memory storage; `log` keeps the order of calls.
 */
function fakeCore(options: { crossTab?: boolean; session?: CustomerSession | null } = {}) {
  const clock = new ManualClock(T0 + 60_000)
  const memory = createMemoryStorage()
  let reads = 0
  const storage: SessionStorage = {
    getItem: (name) => {
      reads += 1
      return memory.getItem(name)
    },
    setItem: (name, value, expiresAt) => memory.setItem(name, value, expiresAt),
    removeItem: (name) => memory.removeItem(name),
  }
  const store = createSessionStore({ storage, backendId, clock, onError: vi.fn() })
  const log: string[] = []
  const takes: TakeCall[] = []
  const session = options.session === undefined ? held : options.session
  const state: CustomerAuthState = {
    ...initialState,
    status: session ? 'authenticated' : 'anonymous',
    session,
    isAuthenticated: !!session,
  }
  const renewer = {
    attempting: false,
    plan: vi.fn<(session: CustomerSession) => void>(),
    retryNotBefore: vi.fn<(at: number, session: CustomerSession) => void>(),
    resolveWaiting: vi.fn<(result: unknown) => void>(),
  }
  const core = {
    crossTab: options.crossTab ?? true,
    store,
    renewer,
    state,
    signedInAt: T0,
    signedOut: new Set<string>(),
    now: () => clock.now(),
    live: (token: CustomerSession | null | undefined): token is CustomerSession =>
      !!token && clock.now() < token.expiresAt,
    view: (): TabView => ({
      now: clock.now(),
      held: core.state.session,
      heldSignedInAt: core.signedInAt,
      signedOut: core.signedOut,
      lastStored: store.lastStored,
    }),
    take: (
      next: CustomerSession,
      change: SessionTransition,
      emitted: readonly unknown[],
      how?: TakeOptions,
    ) => {
      log.push('take')
      takes.push({ session: next, change, emitted, how })
      core.state = { ...core.state, session: next }
    },
    replaced: vi.fn<(previous: CustomerSession | null) => void>(),
    reschedule: vi.fn<() => void>(),
    check: () => void log.push('check'),
  }
  /** What another tab (or a later page of this one) leaves in the shared storage. */
  const storeElsewhere = (stored: CustomerSession, meta?: SessionRecordMeta): void =>
    memory.setItem(key, encodeSession(stored, backendId, meta), stored.expiresAt)
  return {
    core,
    engineCore: core as unknown as EngineCore,
    clock,
    storage,
    memory,
    store,
    log,
    takes,
    renewer,
    storeElsewhere,
    reads: () => reads,
  }
}

/** The page links: a connector capturing the message callback, a wake manager to fire by hand. */
function fakeLinks(storage: SessionStorage, log: string[]) {
  let heard: ((message: TabMessage) => void) | undefined
  const tabs = { post: vi.fn<(message: TabMessage) => void>(), close: vi.fn<() => void>() }
  const connect = vi.fn<TabConnector>((_backendId, _storage, onMessage) => {
    heard = onMessage
    return tabs satisfies TabSync
  })
  const listeners = new Set<(signal: WakeSignal) => void>()
  const unsubscribed = vi.fn<() => void>()
  const wake: WakeManager = {
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        unsubscribed()
        listeners.delete(listener)
      }
    },
  }
  const ended = vi.fn<(reason: SessionEndReason) => void>((reason) => {
    log.push(`ended:${reason}`)
  })
  return {
    links: { backendId, storage, connect, wake, ended },
    tabs,
    connect,
    ended,
    unsubscribed,
    listeners,
    /** A message from another tab, through the captured callback. */
    hear(message: TabMessage) {
      if (!heard) throw new Error('not connected')
      heard(message)
    },
    /** A wake signal (focus, visibility, the poll; or a back/forward-cache restore). */
    wakeUp(restoredFromCache = false) {
      for (const listener of [...listeners]) listener({ restoredFromCache })
    },
  }
}

function setup(options: { crossTab?: boolean; session?: CustomerSession | null } = {}) {
  const fake = fakeCore(options)
  const page = fakeLinks(fake.storage, fake.log)
  const follower = followTabs(fake.engineCore, page.links)
  return { ...fake, ...page, follower }
}

describe('tab follower: messages from other tabs', () => {
  it('connects to the other tabs with the backend id and storage', () => {
    const { connect, storage } = setup()
    expect(connect).toHaveBeenCalledTimes(1)
    expect(connect).toHaveBeenCalledWith(backendId, storage, expect.any(Function))
  })

  it('takes a later token of the held session another tab sent, and keeps a copy in storage', () => {
    const { hear, takes, renewer } = setup()
    hear({ type: 'session', session: renewedElsewhere, signedInAt: T0, replaces: 'session-a' })
    expect(takes).toEqual([
      {
        session: renewedElsewhere,
        change: { type: 'renewed', session: renewedElsewhere, requestInFlight: false },
        emitted: [{ type: 'renew', reason: 'other-tab', session: renewedElsewhere }],
        how: {
          save: true,
          share: false,
          meta: { signedInAt: T0, replaces: 'session-a', retryAt: undefined, retries: undefined },
        },
      },
    ])
    // Planned as a renewal of the held token (a renewal that did not extend it is not re-sent soon).
    expect(renewer.plan).toHaveBeenCalledWith(renewedElsewhere, held)
    // Callers waiting for this tab's own renew get the other tab's token.
    expect(renewer.resolveWaiting).toHaveBeenCalledWith(renewedElsewhere)
  })

  it('follows another customer’s sign-in in another tab: the held session is replaced', () => {
    const { hear, takes, core } = setup()
    hear({ type: 'session', session: otherCustomer, signedInAt: otherCustomer.issuedAt })
    expect(core.replaced).toHaveBeenCalledWith(held)
    expect(core.signedInAt).toBe(otherCustomer.issuedAt)
    expect(takes).toHaveLength(1)
    expect(takes[0]).toMatchObject({
      session: otherCustomer,
      change: { type: 'signedIn', session: otherCustomer },
      emitted: [
        { type: 'logout', reason: 'replaced' },
        { type: 'login', reason: 'other-tab', session: otherCustomer },
      ],
      how: { save: true, share: false },
    })
  })

  it('ignores the token it already holds (no event twice)', () => {
    const { hear, takes } = setup()
    hear({ type: 'session', session: held, signedInAt: T0, replaces: null })
    expect(takes).toEqual([])
  })

  it('waits for another tab’s retry point when it failed to renew the same token', () => {
    const { hear, takes, renewer, core } = setup()
    hear({ type: 'session', session: held, signedInAt: T0, retryAt: T0 + 10 * 60_000 })
    expect(takes).toEqual([])
    expect(renewer.retryNotBefore).toHaveBeenCalledWith(T0 + 10 * 60_000, held, undefined)
    expect(core.reschedule).toHaveBeenCalledTimes(1)
  })

  it('hands an end message to ended() with its reason, taking nothing', () => {
    const { hear, ended, takes, log } = setup()
    hear({ type: 'end', reason: 'logout' })
    expect(ended).toHaveBeenCalledWith('logout')
    hear({ type: 'end', reason: 'token-invalid' })
    expect(ended).toHaveBeenLastCalledWith('token-invalid')
    expect(takes).toEqual([])
    expect(log).toEqual(['ended:logout', 'ended:token-invalid'])
  })

  it('posts this tab’s news through the connection', () => {
    const { follower, tabs } = setup()
    const message: TabMessage = { type: 'end', reason: 'logout' }
    follower.post(message)
    expect(tabs.post).toHaveBeenCalledWith(message)
  })
})

describe('tab follower: wake signals', () => {
  it('adopts a live session another tab stored, then runs the wall-clock check', () => {
    const { wakeUp, storeElsewhere, takes, log } = setup()
    storeElsewhere(renewedElsewhere, { signedInAt: T0 })
    wakeUp()
    expect(takes).toHaveLength(1)
    expect(takes[0]).toMatchObject({
      session: renewedElsewhere,
      change: { type: 'renewed', session: renewedElsewhere },
      // Read from storage: it is there already.
      how: { save: false, share: false },
    })
    expect(log).toEqual(['take', 'check'])
  })

  it('ends the held session as a logout when storage lost it after holding it', () => {
    const { wakeUp, store, memory, ended, log } = setup()
    store.persist(held, { signedInAt: T0 })
    expect(store.lastStored).toBe('session-a')
    memory.removeItem(key)
    wakeUp()
    expect(ended).toHaveBeenCalledWith('logout')
    expect(log).toEqual(['ended:logout', 'check'])
  })

  it('does not read an empty storage as a logout when the held session was never seen stored', () => {
    const { wakeUp, ended, store, log } = setup()
    expect(store.lastStored).toBeUndefined()
    wakeUp()
    expect(ended).not.toHaveBeenCalled()
    expect(log).toEqual(['check'])
  })

  it('leaves an expired stored session alone and only checks', async () => {
    const { wakeUp, storeElsewhere, clock, takes, ended, log } = setup()
    const stale = { ...renewedElsewhere, expiresAt: T0 + 90_000 }
    storeElsewhere(stale)
    await clock.advance(30_000)
    wakeUp()
    expect(takes).toEqual([])
    expect(ended).not.toHaveBeenCalled()
    expect(log).toEqual(['check'])
  })

  it('writes the held session back on a wake once a day passed since its last write', async () => {
    const weekLong: CustomerSession = { ...held, expiresAt: T0 + 7 * DAY }
    const { wakeUp, store, clock, memory, takes } = setup({ session: weekLong })
    const setItem = vi.spyOn(memory, 'setItem')
    store.persist(weekLong, { signedInAt: T0 })
    expect(setItem).toHaveBeenCalledTimes(1)
    await clock.advance(DAY - 1)
    wakeUp()
    expect(setItem).toHaveBeenCalledTimes(1)
    await clock.advance(1)
    wakeUp()
    expect(setItem).toHaveBeenCalledTimes(2)
    expect(store.read()).toMatchObject({ session: weekLong, signedInAt: T0 })
    expect(takes).toEqual([])
  })
})

describe('tab follower without crossTab', () => {
  it('does not connect to other tabs, and posting is a no-op', () => {
    const { connect, follower } = setup({ crossTab: false })
    expect(connect).not.toHaveBeenCalled()
    expect(() => follower.post({ type: 'end', reason: 'logout' })).not.toThrow()
  })

  it('does not re-read storage on an ordinary wake, only checks', () => {
    const { wakeUp, store, memory, reads, ended, takes, log } = setup({ crossTab: false })
    store.persist(held, { signedInAt: T0 })
    memory.removeItem(key)
    const before = reads()
    wakeUp()
    expect(reads()).toBe(before)
    expect(ended).not.toHaveBeenCalled()
    expect(takes).toEqual([])
    expect(log).toEqual(['check'])
  })

  it('re-reads storage on a back/forward-cache restore: a later page of this tab signed out', () => {
    const { wakeUp, store, memory, ended, log } = setup({ crossTab: false })
    store.persist(held, { signedInAt: T0 })
    memory.removeItem(key)
    wakeUp(true)
    expect(ended).toHaveBeenCalledWith('logout')
    expect(log).toEqual(['ended:logout', 'check'])
  })

  it('adopts on a back/forward-cache restore what a later page of this tab stored', () => {
    const { wakeUp, storeElsewhere, takes, log } = setup({ crossTab: false })
    storeElsewhere(renewedElsewhere, { signedInAt: T0 })
    wakeUp(false)
    expect(takes).toEqual([])
    wakeUp(true)
    expect(takes.map((call) => call.session)).toEqual([renewedElsewhere])
    expect(log).toEqual(['check', 'take', 'check'])
  })
})

describe('tab follower: stop()', () => {
  it('unsubscribes from the wake signals and closes the connection', () => {
    const { follower, tabs, unsubscribed, listeners, wakeUp, log } = setup()
    expect(listeners.size).toBe(1)
    follower.stop()
    expect(unsubscribed).toHaveBeenCalledTimes(1)
    expect(tabs.close).toHaveBeenCalledTimes(1)
    expect(listeners.size).toBe(0)
    wakeUp()
    expect(log).toEqual([])
  })

  it('only unsubscribes without crossTab (there is no connection to close)', () => {
    const { follower, tabs, unsubscribed } = setup({ crossTab: false })
    follower.stop()
    expect(unsubscribed).toHaveBeenCalledTimes(1)
    expect(tabs.close).not.toHaveBeenCalled()
  })
})
