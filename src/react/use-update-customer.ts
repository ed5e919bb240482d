import type { UseMutationResult } from '@tanstack/react-query'
import type { UpdateCustomerInput } from '../core/backend.js'
import type { Customer } from '../core/customer.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { clientError } from '../core/to-customer-auth-error.js'
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
    let { sessionId } = session
    // A password change invalidates every earlier token (Shopify) and returns a new one. It may
    // only continue the session it was made for: after a logout (here or in another tab) or a
    // switch to another customer it must not sign anyone (back) in, so it is revoked instead.
    const rotated = result.token
    if (rotated !== null) {
      if (engine.getSnapshot().session?.sessionId !== sessionId) {
        void backend.logout(rotated.accessToken, { client: engine.client }).catch(() => {})
        throw clientError(
          'ABORTED',
          'The session ended while the password was being changed; sign in with the new password.',
        )
      }
      sessionId = (await engine.establish(async () => rotated, 'update-customer')).sessionId
    }
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
