import { useEffect } from 'react'
import { LoginForm, useCustomerAuth } from 'storefront-auth'
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
      <LoginForm onSuccess={() => navigate('/account')} />
    </>
  )
}
