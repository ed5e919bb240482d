import type { ReactNode } from 'react'
import { AccountBadge, LoginForm } from '../../src/components/index.js'
import { AccountPage } from './demo-account-page.js'
import { isMailPage } from './demo-mail.js'
import { MailLinkPage } from './demo-mail-pages.js'
import { DemoOutboxProvider, OutboxPanel, useDemoOutbox, type ReadOutbox } from './demo-outbox.js'
import { DemoRouter, useDemoRouter } from './demo-router.js'
import { ForgotPasswordPage, SignUpPage } from './demo-sign-up-pages.js'

function Page({ children }: { children: ReactNode }) {
  return <main style={{ padding: '1rem 0' }}>{children}</main>
}

/** What the demo renders: the shop's name, and how it reads the emulator's outbox. */
export interface StorefrontDemoProps {
  readonly shopName: string
  /** Without it the outbox panel stays empty (the story environment gives one). */
  readonly readOutbox?: ReadOutbox
}

/**
 * A tiny storefront: a header with the badge, a home page, sign-in, sign-up, forgot-password and
 * account pages, the pages a mail's link opens, and the emulator's outbox beside them.
 */
export function StorefrontDemo({ shopName, readOutbox }: StorefrontDemoProps) {
  return (
    <DemoRouter>
      <DemoOutboxProvider readOutbox={readOutbox}>
        <Storefront shopName={shopName} />
      </DemoOutboxProvider>
    </DemoRouter>
  )
}

function SignInPage() {
  const { navigate } = useDemoRouter()
  return (
    <section aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Sign in</h2>
      {/* A page whose only job is signing in: starting in the email field is expected. */}
      <LoginForm
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        forgotPassword="#/forgot-password"
        onSuccess={() => navigate('account')}
      />
      <p>
        New here? <a href="#/sign-up">Create an account</a>
      </p>
    </section>
  )
}

function RoutedPage({ shopName }: { shopName: string }) {
  const { path, query } = useDemoRouter()
  const { mails } = useDemoOutbox()
  if (isMailPage(path)) return <MailLinkPage page={path} mail={mails[Number(query.get('mail'))]} />
  switch (path) {
    case 'sign-in':
      return <SignInPage />
    case 'sign-up':
      return <SignUpPage />
    case 'forgot-password':
      return <ForgotPasswordPage />
    case 'account':
      return <AccountPage />
    default:
      return (
        <section aria-labelledby="home-heading">
          <h2 id="home-heading">Welcome to {shopName}</h2>
          <p>Browse the catalogue, or sign in from the header.</p>
        </section>
      )
  }
}

function Storefront({ shopName }: { shopName: string }) {
  const { route, navigate } = useDemoRouter()
  return (
    <div style={{ fontFamily: 'var(--sfa-font)', maxWidth: 720 }}>
      <header
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          borderBottom: '1px solid var(--sfa-color-border)',
          paddingBottom: '0.5rem',
        }}
      >
        <a href="#/" style={{ fontWeight: 700, color: 'inherit' }}>
          {shopName}
        </a>
        <nav aria-label="Account">
          <AccountBadge
            signInHref="#/sign-in"
            accountHref="#/account"
            onSignOut={() => navigate('')}
          />
        </nav>
      </header>
      <Page>
        {/* Each route (a mail's link included) is a page of its own: fresh forms, no leftovers. */}
        <RoutedPage key={route} shopName={shopName} />
      </Page>
      <OutboxPanel />
    </div>
  )
}
