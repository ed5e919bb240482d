import { Profiler, StrictMode, type ProfilerOnRenderCallback } from 'react'
import { createRoot } from 'react-dom/client'
import { shopifyStorefront } from '../../../src/backends/index.js'
import {
  AccountBadge,
  ChangePasswordForm,
  LoginForm,
  RecoverPasswordForm,
  RegisterForm,
  ResetPasswordForm,
} from '../../../src/components/index.js'
import { CustomerAuthProvider, useCustomerAuth } from '../../../src/react/index.js'
import '../../../src/styles.css'

/** What the server writes into the page: where its emulator answers. */
interface TestAppConfig {
  readonly storefrontPath: string
  readonly storefrontAccessToken: string
}

declare global {
  interface Window {
    __TEST_APP__: TestAppConfig
    /** Commits per Profiler id, read by the tests and the bench. */
    __RENDERS__: Record<string, number>
  }
}

window.__RENDERS__ = {}
const countCommit: ProfilerOnRenderCallback = (id) => {
  window.__RENDERS__[id] = (window.__RENDERS__[id] ?? 0) + 1
}

const config = window.__TEST_APP__
const backend = shopifyStorefront({
  endpoint: new URL(config.storefrontPath, window.location.origin).href,
  publicAccessToken: config.storefrontAccessToken,
})

function SessionOutput() {
  const expiresAt = useCustomerAuth((state) => state.session?.expiresAt ?? null)
  return <output data-testid="expires-at">{expiresAt ?? ''}</output>
}

/** `?page=reset&id=…&token=…` (a reset mail's link) or `?page=change-password`: the password forms. */
const page = new URLSearchParams(window.location.search).get('page')
/** `#register` and `#recover` show those forms whatever the session (their outcome stays on screen). */
const accountForms: Record<string, () => ReturnType<typeof RegisterForm>> = {
  '#register': () => <RegisterForm signIn="#sign-in" />,
  '#recover': () => <RecoverPasswordForm signIn="#sign-in" />,
}

function Main() {
  const accountForm = accountForms[window.location.hash]
  const status = useCustomerAuth((state) => state.status)
  if (page === 'reset') return <ResetPasswordForm />
  if (page === 'change-password' && status === 'authenticated') return <ChangePasswordForm />
  if (accountForm) return accountForm()
  if (status === 'anonymous' || status === 'expired')
    return (
      <Profiler id="login-form" onRender={countCommit}>
        <LoginForm />
      </Profiler>
    )
  return <SessionOutput />
}

function App() {
  return (
    <CustomerAuthProvider backend={backend} storage="local">
      <header style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Profiler id="account-badge" onRender={countCommit}>
          <AccountBadge signInHref="#sign-in" accountHref="#account" />
        </Profiler>
      </header>
      <main>
        <Main />
      </main>
    </CustomerAuthProvider>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
