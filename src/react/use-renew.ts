import type { UseMutationResult } from '@tanstack/react-query'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const renew: AuthMutationSpec<CustomerSession, void> = {
  name: 'useRenew',
  run: (engine) => engine.renew(),
  redact: () => undefined,
}

/**
 * Renews the token now (the provider already renews on schedule; this is for "stay signed in"
 * buttons). Single-flight across tabs; `UNSUPPORTED` where the backend cannot renew.
 */
export function useRenew(
  options?: CustomerAuthMutationOptions<CustomerSession, void>,
): UseMutationResult<CustomerSession, CustomerAuthError, void> {
  return useAuthMutation(renew, options)
}
