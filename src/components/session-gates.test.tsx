import '@testing-library/jest-dom/vitest'
import { Profiler } from 'react'
import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CustomerAuth } from '../core/customer-auth.js'
import { useCustomerAuth, useCustomerAuthEngine, useLogout } from '../react/index.js'
import { CustomerAuthGate } from './customer-auth-gate.js'
import { LoginForm } from './login-form.js'
import { SignedIn } from './signed-in.js'
import { SignedOut } from './signed-out.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

const HOUR = 3_600_000

/** Hands the test the provider's engine, to renew the session from outside. */
function EngineProbe({ onEngine }: { onEngine: (engine: CustomerAuth) => void }) {
  onEngine(useCustomerAuthEngine())
  return null
}

function SignOutButton() {
  const logout = useLogout()
  return (
    <button type="button" onClick={() => logout.mutate()}>
      Sign out
    </button>
  )
}

function StatusProbe() {
  return <output aria-label="status">{useCustomerAuth((state) => state.status)}</output>
}

/** The page the README builds: the form for a shopper, the account for a customer. */
const page = (
  <CustomerAuthGate fallback={<p>Loading…</p>}>
    <SignedOut>
      <LoginForm />
    </SignedOut>
    <SignedIn>
      <h1>Your account</h1>
      <SignOutButton />
    </SignedIn>
  </CustomerAuthGate>
)

describe('SignedIn, SignedOut and CustomerAuthGate', () => {
  it('show the sign-in form to a shopper, and not the account', async () => {
    await renderWithEmulator(page)
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Your account' })).toBeNull()
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('show the account to a signed-in customer, and not the form', async () => {
    await renderWithEmulator(page, { signedInAs: 'ada@example.com' })
    expect(screen.getByRole('heading', { name: 'Your account' })).toBeVisible()
    expect(screen.queryByLabelText('Email')).toBeNull()
  })

  it('take the form away on sign-in and bring it back on sign-out', async () => {
    const { user } = await renderWithEmulator(page)
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com')
    await user.type(screen.getByLabelText('Password'), 'analytical-engine')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { name: 'Your account' })).toBeVisible()
    expect(screen.queryByLabelText('Email')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByLabelText('Email')).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Your account' })).toBeNull()
  })

  it('treat an expired session as signed out', async () => {
    await renderWithEmulator(page, {
      initialSession: {
        accessToken: 'long-gone',
        issuedAt: Date.now() - 2 * HOUR,
        expiresAt: Date.now() - HOUR,
        sessionId: 'expired-session',
      },
    })
    expect(await screen.findByLabelText('Email')).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Your account' })).toBeNull()
  })

  it('keep the account on screen while the token renews', async () => {
    let engine: CustomerAuth | undefined
    const { emulator } = await renderWithEmulator(
      <>
        <EngineProbe onEngine={(value) => (engine = value)} />
        <StatusProbe />
        {page}
      </>,
      { signedInAs: 'ada@example.com' },
    )
    const hold = emulator.faults.add({ kind: 'hold', field: 'customerAccessTokenRenew' })
    let renewed: Promise<unknown> | undefined
    act(() => {
      renewed = engine?.renew()
    })
    await waitFor(() => expect(screen.getByLabelText('status')).toHaveTextContent('renewing'))
    expect(screen.getByRole('heading', { name: 'Your account' })).toBeVisible()
    expect(screen.queryByLabelText('Email')).toBeNull()
    await act(async () => {
      hold.release()
      await renewed
    })
    expect(screen.getByLabelText('status')).toHaveTextContent('authenticated')
    expect(screen.getByRole('heading', { name: 'Your account' })).toBeVisible()
  })

  it('do not re-render on a renew that keeps the session', async () => {
    let engine: CustomerAuth | undefined
    const commits: string[] = []
    const { emulator } = await renderWithEmulator(
      <>
        <EngineProbe onEngine={(value) => (engine = value)} />
        <Profiler id="gates" onRender={(_id, phase) => commits.push(phase)}>
          <SignedIn>
            <p>account</p>
          </SignedIn>
          <SignedOut>
            <p>sign-in form</p>
          </SignedOut>
        </Profiler>
      </>,
      { signedInAs: 'ada@example.com' },
    )
    await act(() => Promise.resolve())
    const before = commits.length
    await act(async () => {
      await engine?.renew()
    })
    expect(emulator.requests.count({ field: 'customerAccessTokenRenew' })).toBe(1)
    expect(commits.length - before).toBe(0)
    expect(screen.getByText('account')).toBeVisible()
  })
})
