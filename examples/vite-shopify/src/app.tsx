import { AccountBadge, CustomerAuthProvider } from 'storefront-auth'
import { AccountPage } from './account-page'
import { backend } from './backend'
import { CartBadge } from './cart-badge'
import { navigate, usePathname } from './navigation'
import { SignInPage } from './sign-in-page'

function Page() {
  const pathname = usePathname()
  if (pathname === '/account/login') return <SignInPage />
  if (pathname === '/account') return <AccountPage />
  return (
    <>
      <h1>Welcome to the shop</h1>
      <p>
        <a href="/account">Your account</a>
      </p>
    </>
  )
}

export function App() {
  // storage defaults to 'local': a reload and every tab of this origin keep the session.
  return (
    <CustomerAuthProvider backend={backend}>
      <header className="site-header">
        <a href="/">Shop</a>
        <CartBadge />
        <AccountBadge
          signInHref="/account/login"
          accountHref="/account"
          onSignOut={() => navigate('/')}
        />
      </header>
      <main>
        <Page />
      </main>
    </CustomerAuthProvider>
  )
}
