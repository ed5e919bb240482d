import type { UseMutationResult } from '@tanstack/react-query'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { unsupportedOperation } from './unsupported-operation.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const resendConfirmationEmail: AuthMutationSpec<void, string> = {
  name: 'useResendConfirmationEmail',
  run: (engine, email) => {
    const { backend } = engine
    if (!backend.resendConfirmationEmail)
      return Promise.reject(unsupportedOperation('confirmation emails', backend.id))
    return backend.resendConfirmationEmail(email, { client: engine.client })
  },
  redact: (email) => email,
}

/**
 * Adobe Commerce: mails the confirmation link again to an account awaiting confirmation (e.g.
 * after a sign-in refused with `ACCOUNT_NOT_CONFIRMED`). An address without such an account
 * rejects with `VALIDATION` on `email`; Shopify has no such step (`UNSUPPORTED`).
 */
export function useResendConfirmationEmail(
  options?: CustomerAuthMutationOptions<void, string>,
): UseMutationResult<void, CustomerAuthError, string> {
  return useAuthMutation(resendConfirmationEmail, options)
}
