'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { LoginForm, SignedIn, SignedOut, useCustomerAuth } from 'storefront-auth'

export default function SignInPage() {
  const router = useRouter()
  const isAuthenticated = useCustomerAuth((state) => state.isAuthenticated)
  // Signed in already (another tab, or a reload): the account page is where to be.
  useEffect(() => {
    if (isAuthenticated) router.replace('/account')
  }, [isAuthenticated, router])
  return (
    <>
      <h1>Sign in</h1>
      {/* The form only while nobody is signed in: never on screen beside a session. */}
      <SignedOut>
        <LoginForm onSuccess={() => router.push('/account')} />
      </SignedOut>
      <SignedIn>
        <p>
          You are signed in. <a href="/account">Your account</a>
        </p>
      </SignedIn>
    </>
  )
}
