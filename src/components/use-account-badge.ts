import { useCallback, useState } from 'react'
import type { CustomerAuthState } from '../core/customer-auth.js'
import type { Customer } from '../core/customer.js'
import { useCustomer, useCustomerAuth, useLogout } from '../react/index.js'
import { customerInitials, customerName } from './customer-name.js'

/** What the badge shows. `renewing` shows as `authenticated`: a renew never flickers the UI. */
export type AccountBadgeState = 'loading' | 'anonymous' | 'authenticated' | 'expired'

type BadgeStatus = 'initializing' | 'anonymous' | 'authenticated' | 'expired'

// Module-level so the subscription keeps one selector: the badge re-renders only when this
// value changes, and a renew (authenticated → renewing → authenticated) never changes it.
const selectBadgeStatus = (state: CustomerAuthState): BadgeStatus =>
  state.status === 'renewing' ? 'authenticated' : state.status

/** What `useAccountBadge` returns: the badge's state, the customer and what to show, and sign-out. */
export interface UseAccountBadgeResult {
  readonly state: AccountBadgeState
  /** The signed-in customer once loaded; `null` otherwise (or when it could not be loaded). */
  readonly customer: Customer | null
  /** displayName, else first and last name, else email; `''` when there is no customer. */
  readonly name: string
  readonly initials: string
  /**
   * Whether a session ended while the badge was showing it (a sign-out here or in another tab, an
   * expiry, a refused token): the badge announces it. False when the page opened signed out.
   */
  readonly sessionEnded: boolean
  /** Ends the session everywhere through `useLogout`. */
  signOut(): void
}

/** The data and actions behind `AccountBadge`, without markup. */
export function useAccountBadge(): UseAccountBadgeResult {
  const status = useCustomerAuth(selectBadgeStatus)
  const customerQuery = useCustomer()
  const { mutate: logout } = useLogout()
  const signOut = useCallback(() => logout(), [logout])

  // Derived while rendering (React's "state from the previous render" pattern), not in an effect,
  // so the announcement arrives in the same commit as the "Sign in" it accompanies.
  const [previous, setPrevious] = useState(status)
  const [sessionEnded, setSessionEnded] = useState(false)
  if (status !== previous) {
    setPrevious(status)
    const signedOut = status === 'anonymous' || status === 'expired'
    setSessionEnded(signedOut && (previous === 'authenticated' || sessionEnded))
  }

  const customer = status === 'authenticated' ? (customerQuery.data ?? null) : null
  let state: AccountBadgeState
  if (status === 'initializing') state = 'loading'
  else if (status === 'authenticated')
    state = customer || customerQuery.isError ? 'authenticated' : 'loading'
  else state = status

  return {
    state,
    customer,
    name: customer ? customerName(customer) : '',
    initials: customer ? customerInitials(customer) : '',
    sessionEnded,
    signOut,
  }
}
