'use client'

import { useRouter } from 'next/navigation'
import { useState, type ReactNode } from 'react'
import {
  AccountBadge,
  createCookieStorage,
  CustomerAuthProvider,
  readSessionCookie,
  useCustomerAuth,
} from 'storefront-auth'
import { backend } from '../lib/backend'

function SiteHeader() {
  const router = useRouter()
  const status = useCustomerAuth((state) => state.status)
  return (
    // data-session shows what the server rendered (the example's test reads it from the HTML).
    <header data-session={status} className="site-header">
      <a href="/">Shop</a>
      <AccountBadge
        signInHref="/account/login"
        accountHref="/account"
        onSignOut={() => router.push('/')}
      />
    </header>
  )
}

export function Providers({
  sessionCookies,
  renderedAt,
  children,
}: {
  /** The request's session cookies, read by the server (app/layout.tsx). */
  readonly sessionCookies: string
  /** When the server read them: the browser judges the session at the same instant. */
  readonly renderedAt: number
  readonly children: ReactNode
}) {
  // Created once per page: the server render and hydration start from the same session.
  const [initialSession] = useState(() => readSessionCookie(sessionCookies, backend.id, renderedAt))
  const [storage] = useState(() => createCookieStorage())
  return (
    <CustomerAuthProvider backend={backend} storage={storage} initialSession={initialSession}>
      <SiteHeader />
      <main>{children}</main>
    </CustomerAuthProvider>
  )
}
