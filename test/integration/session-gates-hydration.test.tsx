import { StrictMode } from 'react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { CustomerAuthGate, SignedIn, SignedOut } from '../../src/components/index.js'
import { createCustomerAuth } from '../../src/core/create-customer-auth.js'
import type { CustomerSession } from '../../src/core/session.js'
import { createCookieStorage } from '../../src/core/storage/cookie-storage.js'
import { CustomerAuthProvider } from '../../src/react/index.js'
import { ada, setUpEmulator } from './support/emulator-fixture.js'
import { until } from './support/until.js'

let root: Root | undefined
let container: HTMLElement | undefined
let observer: MutationObserver | undefined
const fixture = setUpEmulator()
afterEach(() => {
  observer?.disconnect()
  act(() => root?.unmount())
  container?.remove()
  root = undefined
  localStorage.clear()
  document.cookie.split(';').forEach((cookie) => {
    const name = cookie.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`
  })
})

const page = () => (
  <CustomerAuthGate fallback={<p>loading</p>}>
    <SignedIn>
      <p>account</p>
    </SignedIn>
    <SignedOut>
      <p>sign-in form</p>
    </SignedOut>
  </CustomerAuthGate>
)

/**
 * The server's HTML, then hydration of the same tree, recording every text the container shows
 * on the way (a flash of the wrong content is one of them) and any mismatch React reports.
 */
async function serverRenderThenHydrate(tree: () => ReactElement) {
  const html = renderToString(tree())
  container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const shown = [container.textContent]
  observer = new MutationObserver(() => shown.push(container?.textContent ?? ''))
  observer.observe(container, { subtree: true, childList: true, characterData: true })
  const consoleError = vi.spyOn(console, 'error')
  const recoverable: unknown[] = []
  await act(async () => {
    root = hydrateRoot(container as HTMLElement, tree(), {
      onRecoverableError: (error) => void recoverable.push(error),
    })
  })
  return { html, shown, consoleError, recoverable }
}

describe('session gates on the server and during hydration', () => {
  it('render the signed-in content on the server from initialSession and keep it through hydration', async () => {
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
          {page()}
        </CustomerAuthProvider>
      </StrictMode>
    )
    const { html, shown, consoleError, recoverable } = await serverRenderThenHydrate(tree)
    expect(html).toBe('<p>account</p>')
    expect(recoverable).toEqual([])
    expect(consoleError).not.toHaveBeenCalled()
    await act(() => Promise.resolve())
    expect(new Set(shown)).toEqual(new Set(['account']))
  })

  // The engine does not take `null` as "known anonymous" (storage is read at start), so the
  // server shows the fallback and the form follows on the client: never the account.
  it('show the fallback on the server when initialSession is null (no cookie), then the form', async () => {
    const backend = fixture.backend('shopify')
    const tree = () => (
      <StrictMode>
        <CustomerAuthProvider
          backend={backend}
          initialSession={null}
          storage={createCookieStorage()}
        >
          {page()}
        </CustomerAuthProvider>
      </StrictMode>
    )
    const { html, shown, consoleError, recoverable } = await serverRenderThenHydrate(tree)
    expect(html).toBe('<p>loading</p>')
    expect(recoverable).toEqual([])
    expect(consoleError).not.toHaveBeenCalled()
    await until(() => container?.textContent === 'sign-in form', 'the sign-in form')
    expect(shown).not.toContain('account')
  })

  it('show only the fallback on the server without initialSession, then the stored session, never the form', async () => {
    const backend = fixture.backend('shopify')
    // A session from an earlier visit in localStorage: the server cannot see it.
    const earlier = createCustomerAuth({ backend, crossTab: false })
    earlier.start()
    await earlier.login({ ...ada })
    earlier.stop()
    const tree = () => (
      <StrictMode>
        <CustomerAuthProvider backend={backend}>{page()}</CustomerAuthProvider>
      </StrictMode>
    )
    const { html, shown, consoleError, recoverable } = await serverRenderThenHydrate(tree)
    expect(html).toBe('<p>loading</p>')
    expect(recoverable).toEqual([])
    expect(consoleError).not.toHaveBeenCalled()
    await until(() => container?.textContent === 'account', 'the restored session')
    expect(shown).not.toContain('sign-in form')
  })
})
