// Runs in the `node` project: no window, no document, as on a server.
import { createElement, StrictMode, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { shopifyStorefront } from '../../src/backends/index.js'
import { CustomerAuthGate, SignedIn, SignedOut } from '../../src/components/index.js'
import type { CustomerSession } from '../../src/core/session.js'
import { createCookieStorage } from '../../src/core/storage/cookie-storage.js'
import { CustomerAuthProvider } from '../../src/react/index.js'

const HOUR = 3_600_000

function renderPage(initialSession?: CustomerSession): { html: string; fetch: unknown } {
  const fetch = vi.fn<typeof globalThis.fetch>()
  const backend = shopifyStorefront({
    endpoint: 'https://shop.example/api/2026-04/graphql.json',
    publicAccessToken: 'public-token',
    fetch,
  })
  const page: ReactNode = createElement(
    CustomerAuthGate,
    { fallback: createElement('p', null, 'loading') },
    createElement(SignedIn, null, createElement('p', null, 'account')),
    createElement(SignedOut, null, createElement('p', null, 'sign-in form')),
  )
  const html = renderToString(
    createElement(
      StrictMode,
      null,
      createElement(
        CustomerAuthProvider,
        { backend, initialSession, storage: createCookieStorage() },
        page,
      ),
    ),
  )
  return { html, fetch }
}

describe('session gates in a server render', () => {
  it('render the signed-in content for the cookie’s session, without a request', () => {
    const now = Date.now()
    const { html, fetch } = renderPage({
      accessToken: 'token-from-the-cookie',
      issuedAt: now,
      expiresAt: now + HOUR,
      sessionId: 'ssr-session',
    })
    expect(html).toBe('<p>account</p>')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('render only the fallback when the server does not know the session', () => {
    expect(renderPage().html).toBe('<p>loading</p>')
  })
})
