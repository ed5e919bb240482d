import type { Clock, SessionStorage } from './customer-auth.js'

/** Resolves to a release function, or `null` when another tab holds the lock right now. */
export type AcquireRenewLock = () => Promise<(() => void) | null>

/** How long a storage lease lasts if its tab dies before releasing it. */
export const LEASE_MS = 30_000

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown>
}

const noop = (): void => {}

/**
 * Cross-tab mutual exclusion for renewals. With `navigator.locks` it asks with `ifAvailable`, so a
 * tab never queues behind another's renew: it learns someone else is renewing and waits for the
 * result instead. Without it, a lease written to the shared storage (write, then read back to see
 * who won) does the same job less strictly. Neither is needed for correctness: the engine
 * re-reads storage after acquiring and adopts a token another tab already renewed. Any failure
 * of the mechanism itself lets the renew proceed rather than block it.
 */
export function createRenewLock(
  name: string,
  storage: SessionStorage,
  clock: Clock,
  owner: string,
): AcquireRenewLock {
  const leaseKey = `${name}:lease`
  /** The tab holding an unexpired lease, else null. */
  const holder = (): string | null => {
    try {
      const lease = JSON.parse(storage.getItem(leaseKey) ?? 'null') as {
        owner?: unknown
        until?: unknown
      } | null
      return typeof lease?.owner === 'string' &&
        typeof lease.until === 'number' &&
        lease.until > clock.now()
        ? lease.owner
        : null
    } catch {
      return null
    }
  }
  // Looked up per renew, not at creation: engines are also created during server renders,
  // which must not touch browser globals.
  return async () => {
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks
    if (locks?.request)
      return new Promise((resolve) => {
        locks
          .request(name, { ifAvailable: true }, (lock) =>
            // Holding the callback's promise open holds the lock until `release` is called.
            lock === null ? resolve(null) : new Promise<void>((release) => resolve(release)),
          )
          .catch(() => resolve(noop))
      })
    const current = holder()
    if (current !== null && current !== owner) return null
    try {
      const until = clock.now() + LEASE_MS
      storage.setItem(leaseKey, JSON.stringify({ owner, until }), until)
    } catch {
      return noop
    }
    return holder() === owner
      ? () => {
          try {
            if (holder() === owner) storage.removeItem(leaseKey)
          } catch {
            // The lease runs out by itself.
          }
        }
      : null
  }
}
