import { useEffect, useState } from 'react'
import { ChangePasswordForm } from '../../src/components/index.js'
import {
  useCustomer,
  useCustomerAuth,
  useCustomerAuthEngine,
  useLogout,
  useRenew,
} from '../../src/react/index.js'
import { useDemoRouter } from './demo-router.js'

function formatRemaining(ms: number): string {
  if (ms <= 0) return 'expired'
  const seconds = Math.floor(ms / 1000)
  const days = Math.floor(seconds / 86_400)
  const hours = Math.floor((seconds % 86_400) / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = seconds % 60
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${days > 0 ? `${days} d ` : ''}${pad(hours)}:${pad(minutes)}:${pad(rest)}`
}

/** Ticks once a second; only this small component re-renders, never the header. */
function ExpiryCountdown() {
  const expiresAt = useCustomerAuth((state) => state.session?.expiresAt ?? null)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  if (expiresAt === null) return null
  return (
    <p>
      Token expires in{' '}
      <strong data-testid="expiry-countdown">{formatRemaining(expiresAt - now)}</strong>{' '}
      <small>({new Date(expiresAt).toLocaleString()})</small>
    </p>
  )
}

function RenewControl() {
  const engine = useCustomerAuthEngine()
  const renew = useRenew()
  if (!engine.backend.capabilities.renew) {
    return (
      <p>
        <small>
          This API cannot renew a token: the session ends at expiry and the customer signs in again.
        </small>
      </p>
    )
  }
  return (
    <p>
      <button
        type="button"
        onClick={() => renew.mutate()}
        aria-disabled={renew.isPending || undefined}
      >
        {renew.isPending ? 'Renewing…' : 'Renew now'}
      </button>{' '}
      <span role="status">
        {renew.isSuccess ? 'Renewed.' : renew.error ? `Renew failed (${renew.error.code}).` : ''}
      </span>
    </p>
  )
}

/** The signed-in customer, the token's expiry, renew, change password and sign out. */
export function AccountPage() {
  const status = useCustomerAuth((state) => state.status)
  const customer = useCustomer()
  const logout = useLogout()
  const { navigate } = useDemoRouter()
  if (status !== 'authenticated' && status !== 'renewing') {
    return (
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">Your account</h2>
        <p>
          You are signed out. <a href="#/sign-in">Sign in</a>
        </p>
      </section>
    )
  }
  const data = customer.data
  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">Your account</h2>
      {data ? (
        <dl>
          <dt>Name</dt>
          <dd>{data.displayName}</dd>
          <dt>Email</dt>
          <dd>{data.email ?? '—'}</dd>
          <dt>Phone</dt>
          <dd>{data.phone ?? '—'}</dd>
          <dt>Marketing emails</dt>
          <dd>
            {data.acceptsMarketing === null ? 'not known' : data.acceptsMarketing ? 'yes' : 'no'}
          </dd>
        </dl>
      ) : (
        <p aria-busy="true">Loading…</p>
      )}
      <ExpiryCountdown />
      <RenewControl />
      <p>
        <button
          type="button"
          onClick={() => logout.mutate(undefined, { onSuccess: () => navigate('') })}
        >
          Sign out
        </button>
      </p>
      {/* The customer stays signed in (on Shopify the token rotates with the new password). */}
      <ChangePasswordForm signIn="#/sign-in" />
    </section>
  )
}
