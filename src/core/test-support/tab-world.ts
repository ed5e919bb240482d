import { afterEach, vi } from 'vitest'
import type { CustomerAuth } from '../customer-auth.js'
import type { SessionStorage } from '../customer-auth.js'
import type { AcquireRenewLock } from '../renew-lock.js'
import type { TabConnector, TabMessage } from '../tab-sync.js'
import type { WakeManager, WakeSignal } from '../wake-manager.js'
import type { ManualClock } from './manual-clock.js'

// Several tabs of one origin for engine tests, built from injected services: storage and
// messages that reach the other tabs late (as between browser processes), a shared lock, wake
// signals fired by hand. No global is stubbed.

export const T0 = Date.UTC(2026, 5, 1, 12)
export const SECOND = 1_000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE
export const credentials = { email: 'ada@example.com', password: 'correct horse battery' }

/** Engines a test started: each is stopped after the test, and mocks are restored. */
export function startedEngines(): { add(engine: CustomerAuth): void } {
  let engines: CustomerAuth[] = []
  afterEach(() => {
    for (const engine of engines) engine.stop()
    engines = []
    vi.restoreAllMocks()
  })
  return { add: (engine) => void engines.push(engine) }
}

/** The item at `index`, which the test knows is there. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index]
  if (item === undefined) throw new Error(`no item ${index}`)
  return item
}

/** What one tab's localStorage shows: its own writes at once, the others' `lagMs` later. */
export function laggingStorages(
  clock: ManualClock,
  count: number,
  lagMs: number,
): SessionStorage[] {
  const views = Array.from({ length: count }, () => new Map<string, string>())
  const write = (from: number, key: string, value: string | null) => {
    const apply = (view: Map<string, string>) =>
      value === null ? view.delete(key) : view.set(key, value)
    apply(nth(views, from))
    views.forEach((view, index) => {
      if (index !== from) clock.setTimeout(() => apply(view), lagMs)
    })
  }
  return views.map((view, index) => ({
    getItem: (key) => view.get(key) ?? null,
    setItem: (key, value) => write(index, key, value),
    removeItem: (key) => write(index, key, null),
  }))
}

/** A channel per tab; a post reaches every other tab `lagMs` later. */
export function laggingChannels(clock: ManualClock, lagMs: number) {
  const receivers = new Map<number, (message: TabMessage) => void>()
  const connectAs =
    (tab: number): TabConnector =>
    (_backendId, _storage, onMessage) => {
      receivers.set(tab, onMessage)
      return {
        post(message) {
          for (const [other, receive] of receivers)
            if (other !== tab) clock.setTimeout(() => receive(message), lagMs)
        },
        close: () => void receivers.delete(tab),
      }
    }
  return { connectAs }
}

/** One exclusive lock shared by the tabs, released at once like navigator.locks. */
export function sharedLock(): AcquireRenewLock & { requests: number } {
  let held = false
  const acquire = Object.assign(
    async () => {
      acquire.requests += 1
      if (held) return null
      held = true
      return () => {
        held = false
      }
    },
    { requests: 0 },
  )
  return acquire
}

/**
 * One storage shared by the tabs that tells each tab of the others' writes `lagMs` later, like
 * the `storage` event of localStorage.
 */
export function notifyingStorage(clock: ManualClock, lagMs: number) {
  const values = new Map<string, string>()
  const listeners = new Map<number, (value: string | null) => void>()
  const write = (from: number, key: string, value: string | null) => {
    if (value === null) values.delete(key)
    else values.set(key, value)
    for (const [tab, listener] of listeners)
      if (tab !== from) clock.setTimeout(() => listener(value), lagMs)
  }
  return {
    asTab: (tab: number): SessionStorage => ({
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => write(tab, key, value),
      removeItem: (key) => write(tab, key, null),
      subscribe(_key, listener) {
        listeners.set(tab, listener)
        return () => void listeners.delete(tab)
      },
    }),
  }
}

/** Makes the next sessionId a tab creates all `byte`s. */
export function randomIdBytes(byte: number): void {
  vi.spyOn(crypto, 'getRandomValues').mockImplementationOnce((array) => {
    ;(array as Uint8Array).fill(byte)
    return array
  })
}

/** Wake signals the test fires by hand. */
export function manualWake(): WakeManager & { fire(signal?: Partial<WakeSignal>): void } {
  const listeners = new Set<(signal: WakeSignal) => void>()
  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    fire(signal = {}) {
      for (const listener of [...listeners]) listener({ restoredFromCache: false, ...signal })
    },
  }
}
