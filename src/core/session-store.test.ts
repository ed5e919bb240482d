import { describe, expect, it, vi } from 'vitest'
import type { SessionStorage } from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import { encodeSession, storageKey } from './session-codec.js'
import type { CustomerSession } from './session.js'
import { createSessionStore, WRITE_BACK_INTERVAL_MS } from './session-store.js'
import { createMemoryStorage } from './storage/memory-storage.js'
import { ManualClock } from './test-support/manual-clock.js'

const T0 = Date.UTC(2026, 5, 1, 12)
const HOUR = 3_600_000
const DAY = 24 * HOUR
const backendId = 'scripted:test-shop'
const key = storageKey(backendId)

const session: CustomerSession = {
  accessToken: 'token-1',
  issuedAt: T0,
  expiresAt: T0 + HOUR,
  sessionId: 'session-a',
}
const otherSession: CustomerSession = {
  accessToken: 'token-b',
  issuedAt: T0,
  expiresAt: T0 + HOUR,
  sessionId: 'session-b',
}
const meta = { signedInAt: T0, replaces: null }

/** A storage that counts its calls and passes them on to `inner`. */
function recording(inner: SessionStorage = createMemoryStorage()) {
  const writes: { value: string; expiresAt: number }[] = []
  const storage: SessionStorage = {
    getItem: (name) => inner.getItem(name),
    setItem: (name, value, expiresAt) => {
      writes.push({ value, expiresAt })
      inner.setItem(name, value, expiresAt)
    },
    removeItem: (name) => inner.removeItem(name),
  }
  return { storage, writes }
}

const throwing = (denied: 'read' | 'write'): SessionStorage => ({
  getItem: () => {
    if (denied === 'read') throw new DOMException('denied', 'SecurityError')
    return null
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError')
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
})

function setup(storage: SessionStorage = createMemoryStorage(), clock = new ManualClock(T0)) {
  const onError = vi.fn<(error: CustomerAuthError) => void>()
  const store = createSessionStore({ storage, backendId, clock, onError })
  return { store, storage, clock, onError }
}

describe('session store: read, persist, remove', () => {
  it('reads null from an empty storage, and nothing is reported', () => {
    const { store, onError } = setup()
    expect(store.read()).toBeNull()
    expect(store.lastStored).toBeUndefined()
    expect(onError).not.toHaveBeenCalled()
  })

  it('reads back the session it persisted, under the backend’s key', () => {
    const { store, storage } = setup()
    store.persist(session, meta)
    expect(store.read()).toEqual({ session, signedInAt: T0, replaces: null })
    expect(storage.getItem(key)).toBe(encodeSession(session, backendId, meta))
  })

  it('hands the token’s expiry to the storage, so a cookie can expire with it', () => {
    const { storage, writes } = recording()
    const { store } = setup(storage)
    store.persist(session, meta)
    expect(writes).toEqual([{ value: expect.any(String), expiresAt: session.expiresAt }])
  })

  it('removes whatever is stored', () => {
    const { store } = setup()
    store.persist(session, meta)
    store.remove()
    expect(store.read()).toBeNull()
  })

  it('round-trips the persisted meta: sign-in time, the session replaced, a retry point', () => {
    const { store } = setup()
    const full = { signedInAt: T0 - DAY, replaces: 'session-old', retryAt: T0 + 5_000 }
    store.persist(session, full)
    expect(store.read()).toEqual({ session, ...full })
    store.persist(session, { signedInAt: T0 + 1 })
    const read = store.read()
    expect(read).toMatchObject({ session, signedInAt: T0 + 1 })
    expect(read?.replaces).toBeUndefined()
    expect(read?.retryAt).toBeUndefined()
  })
})

describe('session store: lastStored, the session a read last found', () => {
  it('is set by a read that finds a session another tab stored', () => {
    const { store, storage } = setup()
    storage.setItem(key, encodeSession(otherSession, backendId), otherSession.expiresAt)
    expect(store.lastStored).toBeUndefined()
    store.read()
    expect(store.lastStored).toBe('session-b')
  })

  it('is set after a write the storage kept (persist reads it back)', () => {
    const { store } = setup()
    store.persist(session, meta)
    expect(store.lastStored).toBe('session-a')
  })

  it('is never set when the storage drops writes without throwing (a blocked cookie)', () => {
    const dropping: SessionStorage = {
      getItem: () => null,
      setItem: () => {},
      removeItem: () => {},
    }
    const { store, onError } = setup(dropping)
    store.persist(session, meta)
    expect(store.lastStored).toBeUndefined()
    expect(store.read()).toBeNull()
    expect(store.lastStored).toBeUndefined()
    expect(onError).not.toHaveBeenCalled()
  })

  it('keeps the last session seen after storage is emptied, so the removal can be told apart', () => {
    const { store } = setup()
    store.persist(session, meta)
    store.remove()
    expect(store.read()).toBeNull()
    expect(store.lastStored).toBe('session-a')
  })
})

describe('session store: corrupt or foreign values', () => {
  it('reports a corrupt value once, as STORAGE, and removes it', () => {
    const { store, storage, onError } = setup()
    storage.setItem(key, '{not json', T0 + HOUR)
    expect(store.read()).toBeUndefined()
    expect(onError).toHaveBeenCalledTimes(1)
    const [error] = onError.mock.calls[0] ?? []
    expect(error).toBeInstanceOf(CustomerAuthError)
    expect(error).toMatchObject({ code: 'STORAGE', source: 'storage' })
    expect(storage.getItem(key)).toBeNull()
    expect(store.read()).toBeNull()
    expect(onError).toHaveBeenCalledTimes(1)
  })

  it('discards another backend’s session under our key like a corrupt one', () => {
    const { store, storage, onError } = setup()
    storage.setItem(key, encodeSession(session, 'adobe:other-shop'), session.expiresAt)
    expect(store.read()).toBeUndefined()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(storage.getItem(key)).toBeNull()
    expect(store.lastStored).toBeUndefined()
  })

  it('reports nothing for a quiet read of a corrupt value, and leaves it for a reporting read', () => {
    const { store, storage, onError } = setup()
    storage.setItem(key, 'junk', T0 + HOUR)
    expect(store.read({ quiet: true })).toBeUndefined()
    expect(onError).not.toHaveBeenCalled()
    expect(storage.getItem(key)).toBe('junk')
    store.read()
    expect(onError).toHaveBeenCalledTimes(1)
  })

  it('still discards a corrupt value when the storage also refuses the removal', () => {
    const broken: SessionStorage = {
      getItem: () => 'junk',
      setItem: () => {},
      removeItem: () => {
        throw new Error('denied')
      },
    }
    const { store, onError } = setup(broken)
    expect(store.read()).toBeUndefined()
    expect(onError).toHaveBeenCalledTimes(1)
  })
})

describe('session store: a storage that throws', () => {
  it('reports a failed read as a STORAGE error with the cause, and reads undefined', () => {
    const { store, onError } = setup(throwing('read'))
    expect(store.read()).toBeUndefined()
    expect(onError).toHaveBeenCalledTimes(1)
    const [error] = onError.mock.calls[0] ?? []
    expect(error).toBeInstanceOf(CustomerAuthError)
    expect(error).toMatchObject({ code: 'STORAGE', source: 'storage', retryable: false })
    expect((error?.cause as DOMException).name).toBe('SecurityError')
  })

  it('reports nothing for a quiet read of a storage that throws', () => {
    const { store, onError } = setup(throwing('read'))
    expect(store.read({ quiet: true })).toBeUndefined()
    expect(onError).not.toHaveBeenCalled()
  })

  it('reports a failed write as a STORAGE error and does not throw', () => {
    const { store, onError } = setup(throwing('write'))
    expect(() => store.persist(session, meta)).not.toThrow()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'STORAGE' })
    expect(store.lastStored).toBeUndefined()
  })

  it('reports nothing for a quiet write that fails', () => {
    const { store, onError } = setup(throwing('write'))
    store.persist(session, meta, { quiet: true })
    expect(onError).not.toHaveBeenCalled()
  })

  it('reports a failed removal as a STORAGE error and does not throw', () => {
    const { store, onError } = setup(throwing('write'))
    expect(() => store.remove()).not.toThrow()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'STORAGE' })
  })
})

describe('session store: removeIfHolds', () => {
  it('removes the stored session when it is the one named', () => {
    const { store } = setup()
    store.persist(session, meta)
    store.removeIfHolds('session-a', { keepIfLive: false })
    expect(store.read()).toBeNull()
  })

  it('leaves a session another tab stored since alone', () => {
    const { store } = setup()
    store.persist(otherSession, meta)
    store.removeIfHolds('session-a', { keepIfLive: false })
    expect(store.read()?.session).toEqual(otherSession)
    store.removeIfHolds(undefined, { keepIfLive: false })
    expect(store.read()?.session).toEqual(otherSession)
  })

  it('with keepIfLive keeps a token still valid (another tab renewed it) and removes one that is over', async () => {
    const { store, clock } = setup()
    store.persist(session, meta)
    await clock.advance(HOUR - 1)
    store.removeIfHolds('session-a', { keepIfLive: true })
    expect(store.read()?.session).toEqual(session)
    await clock.advance(1)
    store.removeIfHolds('session-a', { keepIfLive: true })
    expect(store.read()).toBeNull()
  })

  it('does nothing on an empty storage', () => {
    const { storage, writes } = recording()
    const removeItem = vi.spyOn(storage, 'removeItem')
    const { store, onError } = setup(storage)
    store.removeIfHolds('session-a', { keepIfLive: false })
    expect(removeItem).not.toHaveBeenCalled()
    expect(writes).toEqual([])
    expect(onError).not.toHaveBeenCalled()
  })
})

describe('session store: writeBackIfDue (the cookie cap)', () => {
  const longSession: CustomerSession = { ...session, expiresAt: T0 + 30 * DAY }

  it('writes a session never written by this store at once', () => {
    const { storage, writes } = recording()
    const { store } = setup(storage)
    store.writeBackIfDue(longSession, meta)
    expect(writes).toHaveLength(1)
    expect(store.read()?.session).toEqual(longSession)
  })

  it('writes again only once WRITE_BACK_INTERVAL_MS passed since the last write', async () => {
    const { storage, writes } = recording()
    const { store, clock } = setup(storage)
    store.persist(longSession, meta)
    await clock.advance(WRITE_BACK_INTERVAL_MS - 1)
    store.writeBackIfDue(longSession, meta)
    expect(writes).toHaveLength(1)
    await clock.advance(1)
    store.writeBackIfDue(longSession, meta)
    expect(writes).toHaveLength(2)
    store.writeBackIfDue(longSession, meta)
    expect(writes).toHaveLength(2)
  })

  it('counts from the last write of any kind, not from the last write-back', async () => {
    const { storage, writes } = recording()
    const { store, clock } = setup(storage)
    store.persist(longSession, meta)
    await clock.advance(WRITE_BACK_INTERVAL_MS / 2)
    store.persist(longSession, { ...meta, retryAt: T0 + DAY })
    await clock.advance(WRITE_BACK_INTERVAL_MS / 2)
    store.writeBackIfDue(longSession, meta)
    expect(writes).toHaveLength(2)
  })

  it('keeps the meta it is given when writing back', () => {
    const { store } = setup()
    const kept = { signedInAt: T0 - DAY, replaces: 'session-old', retryAt: T0 + 5_000 }
    store.writeBackIfDue(longSession, kept)
    expect(store.read()).toEqual({ session: longSession, ...kept })
  })
})
