import { useEffect } from 'react'
import { LoginForm, SignedIn, SignedOut, useCustomerAuth } from 'storefront-auth'
import { navigate } from './navigation'

export function SignInPage() {
  const isAuthenticated = useCustomerAuth((state) => state.isAuthenticated)
  // Signed in already (another tab, or a reload): the account page is where to be.
  useEffect(() => {
    if (isAuthenticated) navigate('/account')
  }, [isAuthenticated])
  return (
    <>
      <h1>Sign in</h1>
      {/* The form only while nobody is signed in: never on screen beside a session. */}
      <SignedOut>
        <LoginForm onSuccess={() => navigate('/account')} />
      </SignedOut>
      <SignedIn>
        <p>
          You are signed in. <a href="/account">Your account</a>
        </p>
      </SignedIn>
    </>
  )
}
