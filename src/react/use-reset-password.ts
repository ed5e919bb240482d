import type { UseMutationResult } from '@tanstack/react-query'
import type { ResetPasswordInput } from '../core/backend.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { redactFields } from './redact.js'
import { unsupportedOperation } from './unsupported-operation.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const resetPassword: AuthMutationSpec<CustomerSession, ResetPasswordInput> = {
  name: 'useResetPassword',
  run: async (engine, input) => {
    const { backend } = engine
    const resetPassword = backend.resetPassword
    if (!resetPassword) throw unsupportedOperation('password reset', backend.id)
    return engine.establish((ctx) => resetPassword.call(backend, input, ctx), 'reset-password')
  },
  // The reset token and URL sign the bearer in as the customer: secrets like the password.
  redact: (input) => redactFields(input, ['password', 'resetToken', 'resetUrl']),
}

/** Sets a new password from a reset mail and signs the customer in. */
export function useResetPassword(
  options?: CustomerAuthMutationOptions<CustomerSession, ResetPasswordInput>,
): UseMutationResult<CustomerSession, CustomerAuthError, ResetPasswordInput> {
  return useAuthMutation(resetPassword, options)
}
