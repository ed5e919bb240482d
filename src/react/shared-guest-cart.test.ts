import { describe, expect, it, vi } from 'vitest'
import type { CartOutcome } from '../core/cart-link.js'
import { sharedGuestCart, type SharedGuestCartLinks } from './shared-guest-cart.js'

/** Web Locks as one page of tabs shares them: one holder per name, the others queued. */
function pageOfTabs(): SharedGuestCartLinks {
  const queues = new Map<string, Promise<unknown>>()
  const values = new Map<string, string>()
  return {
    locks: {
      request: ((name: string, callback: () => Promise<unknown>) => {
        const run = (queues.get(name) ?? Promise.resolve()).then(callback)
        queues.set(
          name,
          run.catch(() => undefined),
        )
        return run
      }) as LockManager['request'],
    },
    storage: {
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => void values.set(key, value),
    },
  }
}

const key = 'storefront-auth:guest-cart:shopify:shop.example'

describe('sharedGuestCart', () => {
  it('makes one guest cart for every tab that sees the same session end, and hands each its id', async () => {
    const links = pageOfTabs()
    let made = 0
    const create = vi.fn(async (): Promise<CartOutcome> => ({
      cartId: `cart-${++made}`,
      error: null,
    }))
    const tabs = await Promise.all(
      [1, 2, 3].map(() => sharedGuestCart(key, 'session-a', create, links)),
    )
    expect(create).toHaveBeenCalledTimes(1)
    expect(tabs).toEqual([
      { cartId: 'cart-1', error: null },
      { cartId: 'cart-1', error: null },
      { cartId: 'cart-1', error: null },
    ])
  })

  it('makes a new one for the end of a later session', async () => {
    const links = pageOfTabs()
    let made = 0
    const create = async (): Promise<CartOutcome> => ({ cartId: `cart-${++made}`, error: null })
    await sharedGuestCart(key, 'session-a', create, links)
    expect(await sharedGuestCart(key, 'session-b', create, links)).toEqual({
      cartId: 'cart-2',
      error: null,
    })
  })

  it('lets the next tab try when the first could not make the cart', async () => {
    const links = pageOfTabs()
    const failed = { cartId: null, error: null } satisfies CartOutcome
    const create = vi
      .fn<() => Promise<CartOutcome>>()
      .mockResolvedValueOnce(failed)
      .mockResolvedValueOnce({ cartId: 'cart-2', error: null })
    expect(await sharedGuestCart(key, 'session-a', create, links)).toBe(failed)
    expect(await sharedGuestCart(key, 'session-a', create, links)).toEqual({
      cartId: 'cart-2',
      error: null,
    })
  })

  it('leaves each tab to make its own without Web Locks, or without a known session', async () => {
    const create = vi.fn(async (): Promise<CartOutcome> => ({ cartId: 'cart', error: null }))
    await sharedGuestCart(key, 'session-a', create, { ...pageOfTabs(), locks: undefined })
    await sharedGuestCart(key, null, create, pageOfTabs())
    expect(create).toHaveBeenCalledTimes(2)
  })
})
