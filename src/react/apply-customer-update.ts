import type { QueryClient } from '@tanstack/react-query'
import type { UpdateCustomerResult } from '../core/backend.js'
import type { Customer } from '../core/customer.js'
import type { CustomerAuth } from '../core/customer-auth.js'
import type { CustomerSession } from '../core/session.js'
import { clientError } from '../core/to-customer-auth-error.js'
import { customerQueryKey } from './customer-query-key.js'

/**
 * What `useUpdateCustomer` and `useChangePassword` do with the answer of a change made for
 * `session`. A password change invalidates every earlier token (Shopify) and returns a new one. It
 * may only continue the session it was made for: after a logout (here or in another tab) or a
 * switch to another customer it must not sign anyone (back) in, so it is revoked instead. Only the
 * cache of the session that is still current is filled: a removed entry is never resurrected.
 */
export async function applyCustomerUpdate(
  engine: CustomerAuth,
  queryClient: QueryClient,
  session: CustomerSession,
  result: UpdateCustomerResult,
): Promise<Customer> {
  const { backend } = engine
  let { sessionId } = session
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
  if (engine.getSnapshot().session?.sessionId === sessionId)
    queryClient.setQueryData(customerQueryKey(backend.id, sessionId), result.customer)
  return result.customer
}
