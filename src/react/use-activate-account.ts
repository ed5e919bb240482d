import type { UseMutationResult } from '@tanstack/react-query'
import type { ActivateAccountInput } from '../core/backend.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { redactFields } from './redact.js'
import { unsupportedOperation } from './unsupported-operation.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const activateAccount: AuthMutationSpec<CustomerSession, ActivateAccountInput> = {
  name: 'useActivateAccount',
  run: async (engine, input) => {
    const { backend } = engine
    const activateAccount = backend.activateAccount
    if (!activateAccount) throw unsupportedOperation('account activation', backend.id)
    return engine.establish((ctx) => activateAccount.call(backend, input, ctx), 'activate')
  },
  redact: (input) => redactFields(input, ['password', 'activationToken', 'activationUrl']),
}

/** Activates an invited account (Shopify) with its first password and signs the customer in. */
export function useActivateAccount(
  options?: CustomerAuthMutationOptions<CustomerSession, ActivateAccountInput>,
): UseMutationResult<CustomerSession, CustomerAuthError, ActivateAccountInput> {
  return useAuthMutation(activateAccount, options)
}
