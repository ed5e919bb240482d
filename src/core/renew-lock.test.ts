// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { createRenewLock, LEASE_MS } from './renew-lock.js'
import type { SessionStorage } from './customer-auth.js'
import { createMemoryStorage } from './storage/memory-storage.js'
import { FakeLockManager } from './test-support/fake-lock-manager.js'
import { ManualClock } from './test-support/manual-clock.js'

afterEach(() => {
  delete (navigator as { locks?: unknown }).locks
})

describe('renew lock with navigator.locks', () => {
  it('answers null while another tab holds it, and frees it on release', async () => {
    const locks = new FakeLockManager()
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
    const storage = createMemoryStorage()
    const clock = new ManualClock()
    const tabA = createRenewLock('renew', storage, clock, 'a')
    const tabB = createRenewLock('renew', storage, clock, 'b')
    const release = await tabA()
    expect(release).toBeTypeOf('function')
    expect(locks.isHeld('renew')).toBe(true)
    await expect(tabB()).resolves.toBeNull()
    release?.()
    await Promise.resolve()
    await Promise.resolve()
    expect(locks.isHeld('renew')).toBe(false)
    const second = await tabB()
    expect(second).toBeTypeOf('function')
    second?.()
  })

  it('lets the renew proceed when the lock manager itself fails', async () => {
    const failing = { request: () => Promise.reject(new DOMException('no', 'SecurityError')) }
    Object.defineProperty(navigator, 'locks', { value: failing, configurable: true })
    const acquire = createRenewLock('renew', createMemoryStorage(), new ManualClock(), 'a')
    await expect(acquire()).resolves.toBeTypeOf('function')
  })
})

describe('renew lock without navigator.locks (storage lease)', () => {
  it('gives the lease to one tab at a time through the shared storage', async () => {
    const storage = createMemoryStorage()
    const clock = new ManualClock()
    const tabA = createRenewLock('renew', storage, clock, 'a')
    const tabB = createRenewLock('renew', storage, clock, 'b')
    const release = await tabA()
    expect(release).toBeTypeOf('function')
    await expect(tabB()).resolves.toBeNull()
    release?.()
    await expect(tabB()).resolves.toBeTypeOf('function')
  })

  it('takes over a lease whose tab died without releasing it', async () => {
    const storage = createMemoryStorage()
    const clock = new ManualClock()
    await createRenewLock('renew', storage, clock, 'a')()
    const tabB = createRenewLock('renew', storage, clock, 'b')
    await expect(tabB()).resolves.toBeNull()
    clock.sleep(LEASE_MS)
    await expect(tabB()).resolves.toBeTypeOf('function')
  })

  it('lets the renew proceed when storage throws', async () => {
    const broken: SessionStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    const acquire = createRenewLock('renew', broken, new ManualClock(), 'a')
    const release = await acquire()
    expect(release).toBeTypeOf('function')
    expect(() => release?.()).not.toThrow()
  })
})
