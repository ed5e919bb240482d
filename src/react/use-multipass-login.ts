import type { UseMutationResult } from '@tanstack/react-query'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { REDACTED } from './redact.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'
import { unsupportedOperation } from './unsupported-operation.js'

const multipassLogin: AuthMutationSpec<CustomerSession, string> = {
  name: 'useMultipassLogin',
  run: (engine, multipassToken) => {
    if (!engine.backend.loginWithMultipass)
      return Promise.reject(unsupportedOperation('Multipass sign-in', engine.backend.id))
    return engine.loginWithMultipass(multipassToken)
  },
  // A Multipass token signs the customer in for 15 minutes: a credential like a password.
  redact: () => REDACTED,
}

/** Signs in with a Multipass token minted by your server (Shopify Plus). */
export function useMultipassLogin(
  options?: CustomerAuthMutationOptions<CustomerSession, string>,
): UseMutationResult<CustomerSession, CustomerAuthError, string> {
  return useAuthMutation(multipassLogin, options)
}
