import type { UseMutationResult } from '@tanstack/react-query'
import type { ChangePasswordInput } from '../core/backend.js'
import type { Customer } from '../core/customer.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { applyCustomerUpdate } from './apply-customer-update.js'
import { redactFields } from './redact.js'
import { unsupportedOperation } from './unsupported-operation.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const changePassword: AuthMutationSpec<Customer, ChangePasswordInput> = {
  name: 'useChangePassword',
  run: async (engine, input, queryClient) => {
    const { backend } = engine
    const change = backend.changePassword
    if (!change) throw unsupportedOperation('password changes', backend.id)
    const { session, isAuthenticated } = engine.getSnapshot()
    if (session === null || !isAuthenticated)
      throw new CustomerAuthError('TOKEN_INVALID', 'Sign in before changing the password.', {
        source: 'client',
        retryable: false,
      })
    const result = await change.call(backend, session.accessToken, input, { client: engine.client })
    // Shopify rotates the token; the session continues on the new one (see applyCustomerUpdate).
    return applyCustomerUpdate(engine, queryClient, session, result)
  },
  redact: (input) => redactFields(input, ['currentPassword', 'newPassword']),
}

/**
 * Changes the signed-in customer's password, proving the current one first, and keeps the
 * customer signed in: on Shopify the token rotates (`customerUpdate`) and the session continues
 * on the new one; on Adobe Commerce (`changeCustomerPassword`) the token stays. A wrong current
 * password is `INVALID_CREDENTIALS` with `fieldErrors.currentPassword`; a new one the shop
 * refuses is `VALIDATION` with `fieldErrors.newPassword`.
 */
export function useChangePassword(
  options?: CustomerAuthMutationOptions<Customer, ChangePasswordInput>,
): UseMutationResult<Customer, CustomerAuthError, ChangePasswordInput> {
  return useAuthMutation(changePassword, options)
}
