import type { CartOutcome } from '../core/cart-link.js'

/** The page's links for `sharedGuestCart`: Web Locks and localStorage, injectable for tests. */
export interface SharedGuestCartLinks {
  readonly locks: Pick<LockManager, 'request'> | undefined
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined
}

const pageLinks = (): SharedGuestCartLinks => ({
  locks: globalThis.navigator?.locks,
  storage: globalThis.localStorage,
})

interface GuestCartMarker {
  readonly endedSessionId: string
  readonly cartId: string
}

function readMarker(storage: SharedGuestCartLinks['storage'], key: string): GuestCartMarker | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(key) ?? 'null')
    return value && typeof value === 'object' && 'endedSessionId' in value && 'cartId' in value
      ? (value as GuestCartMarker)
      : null
  } catch {
    return null
  }
}

/**
 * The guest cart after a session every tab sees end by itself (an expiry, a refused token one tab
 * heard and told the others): one tab makes it, under a Web Lock, and leaves its id in storage
 * for the ended session; the tabs that follow take that id instead of each making a cart of
 * their own. Without Web Locks or storage every tab makes its own, as before.
 */
export async function sharedGuestCart(
  key: string,
  endedSessionId: string | null,
  create: () => Promise<CartOutcome>,
  links: SharedGuestCartLinks = pageLinks(),
): Promise<CartOutcome> {
  const { locks, storage } = links
  if (!locks || !storage || endedSessionId === null) return create()
  return locks.request(key, async () => {
    const marker = readMarker(storage, key)
    if (marker?.endedSessionId === endedSessionId) return { cartId: marker.cartId, error: null }
    const outcome = await create()
    if (outcome.cartId !== null)
      storage.setItem(key, JSON.stringify({ endedSessionId, cartId: outcome.cartId }))
    return outcome
  })
}
