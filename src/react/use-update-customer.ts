import type { UseMutationResult } from '@tanstack/react-query'
import type { UpdateCustomerInput } from '../core/backend.js'
import type { Customer } from '../core/customer.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { customerQueryKey } from './customer-query-key.js'
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
    let sessionId = session.sessionId
    // A password change invalidates every earlier token (Shopify): the returned one becomes the
    // session, unless a logout happened meanwhile (establish drops it then).
    const rotated = result.token
    const current = engine.getSnapshot().session
    if (rotated !== null)
      if (current && current.sessionId !== sessionId)
        // Another customer signed in meanwhile: the token is the previous customer's, not theirs.
        void backend.logout(rotated.accessToken, { client: engine.client }).catch(() => {})
      else sessionId = (await engine.establish(async () => rotated, 'update-customer')).sessionId
    // Only fill the cache of the session that is still current: never resurrect a removed entry.
    if (engine.getSnapshot().session?.sessionId === sessionId)
      queryClient.setQueryData(customerQueryKey(backend.id, sessionId), result.customer)
    return result.customer
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
