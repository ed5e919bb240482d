import type { UseMutationResult } from '@tanstack/react-query'
import type { UpdateCustomerInput } from '../core/backend.js'
import type { Customer } from '../core/customer.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { applyCustomerUpdate } from './apply-customer-update.js'
import { redactFields } from './redact.js'
import { unsupportedOperation } from './unsupported-operation.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

const updateCustomer: AuthMutationSpec<Customer, UpdateCustomerInput> = {
  name: 'useUpdateCustomer',
  run: async (engine, input, queryClient) => {
    const { backend } = engine
    const update = backend.updateCustomer
    if (!update) throw unsupportedOperation('customer updates', backend.id)
    const { session, isAuthenticated } = engine.getSnapshot()
    if (session === null || !isAuthenticated)
      throw new CustomerAuthError('TOKEN_INVALID', 'Sign in before updating the customer.', {
        source: 'client',
        retryable: false,
      })
    const result = await update.call(backend, session.accessToken, input, { client: engine.client })
    return applyCustomerUpdate(engine, queryClient, session, result)
  },
  redact: (input) => redactFields(input, ['password']),
}

/**
 * Updates the signed-in customer; `useCustomer` shows the result without another request. A
 * Shopify password change rotates the token and the session continues on the new one.
 */
export function useUpdateCustomer(
  options?: CustomerAuthMutationOptions<Customer, UpdateCustomerInput>,
): UseMutationResult<Customer, CustomerAuthError, UpdateCustomerInput> {
  return useAuthMutation(updateCustomer, options)
}
