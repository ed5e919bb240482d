import type { UseMutationResult } from '@tanstack/react-query'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const logout: AuthMutationSpec<void, void> = {
  name: 'useLogout',
  run: (engine) => engine.logout(),
  redact: () => undefined,
}

/** Ends the session in every tab at once, then revokes the token on the server. */
export function useLogout(
  options?: CustomerAuthMutationOptions<void, void>,
): UseMutationResult<void, CustomerAuthError, void> {
  return useAuthMutation(logout, options)
}
