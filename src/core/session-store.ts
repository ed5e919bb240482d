import type { Clock, SessionStorage } from './customer-auth.js'
import type { CustomerAuthError } from './customer-auth-error.js'
import {
  decodeSession,
  encodeSession,
  storageKey,
  type SessionRecord,
  type SessionRecordMeta,
} from './session-codec.js'
import type { CustomerSession } from './session.js'
import { storageError } from './to-customer-auth-error.js'

/**
 * How often a tab left open writes its session back: browsers cap a cookie set from script
 * counting from its last write (Safari: 7 days), and a cookie that lapsed while its customer was
 * active would read as a logout.
 */
export const WRITE_BACK_INTERVAL_MS = 24 * 60 * 60 * 1000

export interface SessionStore {
  /**
   * The stored record, `null` for none, `undefined` when storage threw or held junk (reported
   * and discarded). A `quiet` read (the write check, the wake-up catch-up) leaves failures to the
   * reads that report them: a broken storage must not raise an error on every wake.
   */
  read(options?: { readonly quiet?: boolean }): SessionRecord | null | undefined
  /** Writes the session; a failed write is reported unless `quiet`. */
  persist(session: CustomerSession, meta: SessionRecordMeta, options?: { quiet?: boolean }): void
  /** Writes the session back when the last write is a day old (the cookie cap). */
  writeBackIfDue(session: CustomerSession, meta: SessionRecordMeta): void
  /** Removes whatever is stored. */
  remove(): void
  /**
   * Removes the stored session only if it is `sessionId`: another tab may have stored a new one
   * since. `keepIfLive`: an expiry removes only a token that is itself over (another tab may
   * have renewed it).
   */
  removeIfHolds(sessionId: string | undefined, options: { readonly keepIfLive: boolean }): void
  /**
   * The session a read last found stored. Set only by reads: a storage may drop a write without
   * throwing (a blocked cookie, one outside the page's path), and a session never seen stored
   * must not read as removed.
   */
  readonly lastStored: string | undefined
  /** The last session the engine held, ended for any reason: the only one it may unstore. */
  lastEnded: string | undefined
}

/** The engine's access to its storage: one key, the codec, and what it saw there. */
export function createSessionStore(deps: {
  readonly storage: SessionStorage
  readonly backendId: string
  readonly clock: Clock
  readonly onError: (error: CustomerAuthError) => void
}): SessionStore {
  const { storage, backendId, clock, onError } = deps
  const key = storageKey(backendId)
  let lastStored: string | undefined
  let writtenAt = -Infinity

  const guarded = (write: () => void, quiet = false): void => {
    try {
      write()
    } catch (cause) {
      if (!quiet) onError(storageError(cause))
    }
  }

  const store: SessionStore = {
    get lastStored() {
      return lastStored
    },
    lastEnded: undefined,

    read(options = {}) {
      let decoded
      try {
        decoded = decodeSession(storage.getItem(key), backendId)
      } catch (cause) {
        if (!options.quiet) onError(storageError(cause))
        return undefined
      }
      if (decoded.kind === 'session') {
        lastStored = decoded.session.sessionId
        const { session, signedInAt, replaces, retryAt, retries } = decoded
        return { session, signedInAt, replaces, retryAt, retries }
      }
      if (decoded.kind === 'empty') return null
      if (options.quiet) return undefined
      onError(storageError(new Error('Corrupt or foreign session discarded')))
      try {
        storage.removeItem(key)
      } catch {
        // Already reported; the value is ignored either way.
      }
      return undefined
    },

    persist(session, meta, options = {}) {
      guarded(() => {
        storage.setItem(key, encodeSession(session, backendId, meta), session.expiresAt)
        writtenAt = clock.now()
        store.read({ quiet: true })
      }, options.quiet)
    },

    writeBackIfDue(session, meta) {
      if (clock.now() - writtenAt >= WRITE_BACK_INTERVAL_MS) store.persist(session, meta)
    },

    remove() {
      guarded(() => storage.removeItem(key))
    },

    removeIfHolds(sessionId, { keepIfLive }) {
      const stored = store.read()
      if (!stored || stored.session.sessionId !== sessionId) return
      if (keepIfLive && clock.now() < stored.session.expiresAt) return
      store.remove()
    },
  }
  return store
}
