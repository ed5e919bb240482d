import type { CustomerAuth } from '../core/customer-auth.js'
import { useCustomerAuthContext } from './customer-auth-context.js'

/** The provider's core engine: an escape hatch for what the hooks do not cover. */
export function useCustomerAuthEngine(): CustomerAuth {
  return useCustomerAuthContext('useCustomerAuthEngine').engine
}
