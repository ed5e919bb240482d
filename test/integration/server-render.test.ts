// Runs in the `node` project: no window, no document, no localStorage, as on a server.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import {
  CustomerAuthProvider,
  useCustomer,
  useCustomerAuth,
  useLogin,
} from '../../src/react/index.js'
import { shopifyStorefront } from '../../src/backends/index.js'
import type { CustomerSession } from '../../src/core/session.js'
import { createCookieStorage } from '../../src/core/storage/cookie-storage.js'

/** Globals only a browser has (Node 20 has BroadcastChannel too: still not for server renders). */
const browserGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'BroadcastChannel',
  'addEventListener',
  'removeEventListener',
] as const

/** Records every read of a browser global made from the library's own source. */
function watchBrowserGlobals(): { reads: string[]; restore(): void } {
  const reads: string[] = []
  const saved = browserGlobals.map(
    (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const,
  )
  for (const [name, descriptor] of saved) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const caller = new Error().stack
          ?.split('\n')
          .slice(2)
          .find((line) => line.includes('/src/'))
        if (caller) reads.push(`${name} ${caller.trim()}`)
        return descriptor && 'value' in descriptor
          ? descriptor.value
          : descriptor?.get?.call(globalThis)
      },
    })
  }
  return {
    reads,
    restore() {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor)
        else Reflect.deleteProperty(globalThis, name)
      }
    },
  }
}

function Account() {
  const status = useCustomerAuth((state) => state.status)
  const sessionId = useCustomerAuth((state) => state.session?.sessionId ?? 'none')
  const customer = useCustomer()
  useLogin()
  return createElement(
    'p',
    null,
    `${status} ${sessionId} ${customer.data === undefined ? 'no customer yet' : 'customer'}`,
  )
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('server rendering', () => {
  it('renders the initial session without touching a browser global or the network', () => {
    expect(typeof window).toBe('undefined')
    const fetch = vi.fn<typeof globalThis.fetch>()
    const backend = shopifyStorefront({
      endpoint: 'https://shop.example/api/2026-04/graphql.json',
      publicAccessToken: 'public-token',
      fetch,
    })
    const initialSession: CustomerSession = {
      accessToken: 'token-from-the-cookie',
      issuedAt: Date.now(),
      expiresAt: Date.now() + 60 * 60_000,
      sessionId: 'ssr-session',
    }
    const watch = watchBrowserGlobals()
    let html: string
    try {
      html = renderToString(
        createElement(
          CustomerAuthProvider,
          { backend, initialSession, storage: createCookieStorage() },
          createElement(Account),
        ),
      )
    } finally {
      watch.restore()
    }
    expect(html).toBe('<p>authenticated ssr-session no customer yet</p>')
    expect(watch.reads).toEqual([])
    expect(fetch).not.toHaveBeenCalled()
    expect(html).not.toContain('token-from-the-cookie')
  })

  it('renders signed-out pages as initializing, for the client to settle after hydration', () => {
    const backend = shopifyStorefront({
      endpoint: 'https://shop.example/api/2026-04/graphql.json',
      publicAccessToken: 'public-token',
    })
    const watch = watchBrowserGlobals()
    let html: string
    try {
      html = renderToString(
        createElement(CustomerAuthProvider, { backend }, createElement(Account)),
      )
    } finally {
      watch.restore()
    }
    expect(html).toBe('<p>initializing none no customer yet</p>')
    expect(watch.reads).toEqual([])
  })
})
