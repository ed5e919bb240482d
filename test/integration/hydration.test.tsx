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
async function serverRenderThenHydrate(tree: () => ReactElement) {
  const html = renderToString(tree())
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
