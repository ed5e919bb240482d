import type { UseMutationResult } from '@tanstack/react-query'
import type { LoginCredentials } from '../core/backend.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { redactFields } from './redact.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const login: AuthMutationSpec<CustomerSession, LoginCredentials> = {
  name: 'useLogin',
  run: (engine, credentials) => engine.login(credentials),
  // The password or (Adobe Commerce) a login-as-customer code: whichever is present is a secret.
  redact: (credentials) => redactFields(credentials, ['password', 'oneTimeCode']),
}

/** Signs in with email and password (Adobe Commerce: or a one-time code as the password). */
export function useLogin(
  options?: CustomerAuthMutationOptions<CustomerSession, LoginCredentials>,
): UseMutationResult<CustomerSession, CustomerAuthError, LoginCredentials> {
  return useAuthMutation(login, options)
}
