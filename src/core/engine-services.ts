import type { Clock, SessionStorage } from './customer-auth.js'
import { randomId } from './random-id.js'
import { createRenewLock, type AcquireRenewLock } from './renew-lock.js'
import { connectTabs, type TabConnector } from './tab-sync.js'
import { createWakeManager, type WakeManager } from './wake-manager.js'

/**
 * The engine's links to the page: the other tabs, the wake signals and the cross-tab renew
 * lock. Each is injectable (the second argument of `createCustomerAuth`), so tests and embedders
 * need no stubbed globals.
 */
export interface EngineServices {
  /** Default: a BroadcastChannel per backend, else the storage's change events. */
  readonly connectTabs: TabConnector
  /** Default: visibility, focus, online and pageshow, plus the slow poll. */
  readonly wake: WakeManager
  /** Default: `navigator.locks`, else a lease in the shared storage; none without `crossTab`. */
  readonly acquireLock: AcquireRenewLock
}

const unlocked: AcquireRenewLock = async () => () => {}

/** The services given, the defaults for the rest. */
export function resolveEngineServices(
  given: Partial<EngineServices>,
  context: {
    readonly backendId: string
    readonly storage: SessionStorage
    readonly clock: Clock
    readonly crossTab: boolean
    readonly pollIntervalMs: number
  },
): EngineServices {
  const { backendId, storage, clock, crossTab } = context
  return {
    connectTabs: given.connectTabs ?? connectTabs,
    wake: given.wake ?? createWakeManager(clock, context.pollIntervalMs),
    acquireLock:
      given.acquireLock ??
      (crossTab
        ? createRenewLock(`storefront-auth:renew:${backendId}`, storage, clock, randomId())
        : unlocked),
  }
}
