import type { UseMutationResult } from '@tanstack/react-query'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { unsupportedOperation } from './unsupported-operation.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const recoverPassword: AuthMutationSpec<void, string> = {
  name: 'useRecoverPassword',
  run: (engine, email) => {
    const { backend } = engine
    if (!backend.recoverPassword)
      return Promise.reject(unsupportedOperation('password recovery', backend.id))
    return backend.recoverPassword(email, { client: engine.client })
  },
  redact: (email) => email,
}

/** Asks the API to email a password-reset link (Shopify) or token (Adobe Commerce). */
export function useRecoverPassword(
  options?: CustomerAuthMutationOptions<void, string>,
): UseMutationResult<void, CustomerAuthError, string> {
  return useAuthMutation(recoverPassword, options)
}
