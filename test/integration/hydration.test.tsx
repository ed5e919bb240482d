import { StrictMode } from 'react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { CustomerAuthProvider, useCustomer, useCustomerAuth } from '../../src/react/index.js'
import type { CustomerSession } from '../../src/core/session.js'
import { createCookieStorage } from '../../src/core/storage/cookie-storage.js'
import { createMemoryStorage } from '../../src/core/storage/memory-storage.js'
import type { Clock } from '../../src/core/customer-auth.js'
import { ada, setUpEmulator } from './support/emulator-fixture.js'
import { until } from './support/until.js'

let root: Root | undefined
let container: HTMLElement | undefined
const fixture = setUpEmulator()
afterEach(() => {
  act(() => root?.unmount())
  container?.remove()
  root = undefined
  document.cookie.split(';').forEach((cookie) => {
    const name = cookie.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`
  })
})

function Status() {
  return <p>{useCustomerAuth((state) => state.status)}</p>
}

function Account() {
  const status = useCustomerAuth((state) => state.status)
  const customer = useCustomer()
  return (
    <p>
      {status} {customer.data ? customer.data.displayName : 'no customer yet'}
    </p>
  )
}

/** The server's HTML, then hydration of the same tree in the page, watching for mismatches. */
async function serverRenderThenHydrate(tree: () => ReactElement, inTheBrowser = () => {}) {
  const html = renderToString(tree())
  inTheBrowser()
  container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const consoleError = vi.spyOn(console, 'error')
  const recoverable: unknown[] = []
  await act(async () => {
    root = hydrateRoot(container as HTMLElement, tree(), {
      onRecoverableError: (error) => void recoverable.push(error),
    })
  })
  return { html, consoleError, recoverable }
}

describe('hydration', () => {
  it('hydrates cleanly when the device clock runs ahead of the server near expiry, then expires', async () => {
    const T0 = Date.UTC(2026, 5, 1, 12)
    const clockAt = (now: number): Clock => ({
      now: () => now,
      setTimeout: () => 0,
      clearTimeout: () => {},
    })
    // The cookie's session: 1 minute left by the server's clock (an Adobe token near its hour).
    const initialSession: CustomerSession = {
      accessToken: 'token-1',
      issuedAt: T0 - 59 * 60_000,
      expiresAt: T0 + 60_000,
      sessionId: 'from-the-cookie',
    }
    const backend = fixture.backend('adobe')
    let clock = clockAt(T0)
    const tree = () => (
      <StrictMode>
        <CustomerAuthProvider
          backend={backend}
          initialSession={initialSession}
          storage={createMemoryStorage()}
          clock={clock}
        >
          <Status />
        </CustomerAuthProvider>
      </StrictMode>
    )
    const { html, consoleError, recoverable } = await serverRenderThenHydrate(tree, () => {
      // The browser's clock is 2 minutes ahead of the server's.
      clock = clockAt(T0 + 2 * 60_000)
    })
    expect(html).toBe('<p>authenticated</p>')
    expect(recoverable).toEqual([])
    expect(consoleError).not.toHaveBeenCalled()
    // Right after hydration the device's own clock applies: the session has expired here.
    expect(container?.textContent).toBe('expired')
  })

  it('matches the server render of an initial session, then loads the customer', async () => {
    const backend = fixture.backend('shopify')
    const session = await backend.login({ ...ada }, { client: backend.createClient() })
    const initialSession: CustomerSession = { ...session, sessionId: 'from-the-cookie' }
    const tree = () => (
      <StrictMode>
        <CustomerAuthProvider
          backend={backend}
          initialSession={initialSession}
          storage={createCookieStorage()}
        >
          <Account />
        </CustomerAuthProvider>
      </StrictMode>
    )
    const { html, consoleError, recoverable } = await serverRenderThenHydrate(tree)
    expect(html).toBe('<p>authenticated<!-- --> <!-- -->no customer yet</p>')
    expect(consoleError).not.toHaveBeenCalled()
    expect(recoverable).toEqual([])
    await until(() => container?.textContent === 'authenticated Ada Lovelace', 'the customer')
  })

  it('hydrates a signed-out server render and only then restores the stored session', async () => {
    const backend = fixture.backend('shopify')
    // A session from an earlier visit in localStorage: the server cannot see it.
    const { createCustomerAuth } = await import('../../src/core/create-customer-auth.js')
    const earlier = createCustomerAuth({ backend, crossTab: false })
    earlier.start()
    await earlier.login({ ...ada })
    earlier.stop()

    const tree = () => (
      <StrictMode>
        <CustomerAuthProvider backend={backend}>
          <Account />
        </CustomerAuthProvider>
      </StrictMode>
    )
    const { html, consoleError, recoverable } = await serverRenderThenHydrate(tree)
    expect(html).toContain('initializing')
    expect(consoleError).not.toHaveBeenCalled()
    expect(recoverable).toEqual([])
    await until(
      () => container?.textContent === 'authenticated Ada Lovelace',
      'the restored session',
    )
  })
})
