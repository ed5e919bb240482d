import type { Customer } from './customer.js'
import type { EngineCore } from './engine-core.js'
import { toCustomerAuthError } from './to-customer-auth-error.js'

/**
 * The current customer. The API refusing the token ends the session (`token-invalid`), and so
 * does a `null` customer (`customer-missing`), unless the session moved on meanwhile.
 */
export async function fetchCustomer(
  core: EngineCore,
  signal: AbortSignal | undefined,
): Promise<Customer | null> {
  const session = core.validSession()
  if (!session) return null
  const stale = core.staleness(session)
  let customer
  try {
    customer = await core.backend.fetchCustomer(session.accessToken, { ...core.ctx, signal })
  } catch (cause) {
    const error = toCustomerAuthError(cause)
    if (error.code !== 'ABORTED' && !stale()) {
      if (error.code === 'TOKEN_INVALID')
        core.end('token-invalid', { broadcast: true, error, errorReason: 'customer' })
      else core.report('customer', error)
    }
    throw error
  }
  if (customer === null && !stale()) core.end('customer-missing', { broadcast: true })
  return customer
}
