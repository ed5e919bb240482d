import type { UseMutationResult } from '@tanstack/react-query'
import type { ConfirmEmailInput } from '../core/backend.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { redactFields } from './redact.js'
import { unsupportedOperation } from './unsupported-operation.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const confirmEmail: AuthMutationSpec<void, ConfirmEmailInput> = {
  name: 'useConfirmEmail',
  run: (engine, input) => {
    const { backend } = engine
    if (!backend.confirmEmail)
      return Promise.reject(unsupportedOperation('email confirmation', backend.id))
    return backend.confirmEmail(input, { client: engine.client })
  },
  // The key proves the mailbox is the customer's: kept out of react-query like a password.
  redact: (input) => redactFields(input, ['confirmationKey']),
}

/**
 * Adobe Commerce: confirms a new account's email with what the confirmation mail's link carries
 * (`email` and `key` in the URL of Magento's mail). No session starts: the customer signs in
 * next. A wrong, spent or already used key rejects with `TOKEN_INVALID`; Shopify has no such
 * step (`UNSUPPORTED`).
 */
export function useConfirmEmail(
  options?: CustomerAuthMutationOptions<void, ConfirmEmailInput>,
): UseMutationResult<void, CustomerAuthError, ConfirmEmailInput> {
  return useAuthMutation(confirmEmail, options)
}
