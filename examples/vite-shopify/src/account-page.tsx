import { useCustomer, useCustomerAuth, useLogout } from 'storefront-auth'
import { navigate } from './navigation'
import { AddressCount } from './address-count'
import { OrderCount } from './order-count'

export function AccountPage() {
  const status = useCustomerAuth((state) => state.status)
  const customer = useCustomer()
  const logout = useLogout()

  if (status === 'initializing') return <p aria-busy="true">Loading your account…</p>
  if (status === 'anonymous' || status === 'expired')
    return (
      <>
        <h1>Your account</h1>
        <p>
          {status === 'expired' ? 'Your session expired.' : 'You are signed out.'}{' '}
          <a href="/account/login">Sign in</a>
        </p>
      </>
    )
  return (
    <>
      <h1>Your account</h1>
      {customer.isPending ? (
        <p aria-busy="true">Loading your details…</p>
      ) : (
        <dl>
          <dt>Name</dt>
          <dd data-testid="customer-name">{customer.data?.displayName ?? '—'}</dd>
          <dt>Email</dt>
          <dd data-testid="customer-email">{customer.data?.email}</dd>
          <dt>Orders</dt>
          <OrderCount />
          <dt>Addresses</dt>
          <AddressCount />
        </dl>
      )}
      <button
        type="button"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSuccess: () => navigate('/') })}
      >
        Sign out
      </button>
    </>
  )
}
