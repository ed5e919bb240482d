import { createContext, useContext } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { CustomerAuth, CustomerAuthState } from '../core/customer-auth.js'
import { clientError } from '../core/to-customer-auth-error.js'

/** What `CustomerAuthProvider` hands to the hooks: its engine and the QueryClient they share. */
export interface CustomerAuthContextValue {
  readonly engine: CustomerAuth
  readonly queryClient: QueryClient
  /**
   * The engine's state when it was created, before `start()`: what the server rendered (from
   * `initialSession`), used as the hydration snapshot even for subtrees that hydrate later.
   */
  readonly serverState: CustomerAuthState
}

export const CustomerAuthContext = createContext<CustomerAuthContextValue | null>(null)

/** The provider's engine and QueryClient; a hook used outside a provider fails with a clear error. */
export function useCustomerAuthContext(hook: string): CustomerAuthContextValue {
  const value = useContext(CustomerAuthContext)
  if (!value) throw clientError('CONFIGURATION', `${hook}() needs a <CustomerAuthProvider>`)
  return value
}
