import type { PasswordRules } from '../core/password-rules.js'
import { useCustomerAuthContext } from './customer-auth-context.js'

/**
 * The provider's backend's rules for a new password (`backend.passwordRules`), or `null` for a
 * backend that does not say: show them before submit and check them without a request.
 */
export function usePasswordRules(): PasswordRules | null {
  return useCustomerAuthContext('usePasswordRules').engine.backend.passwordRules ?? null
}
