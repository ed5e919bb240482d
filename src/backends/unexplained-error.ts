import type { CombinedError } from '@urql/core'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { apiError, type ApiSource } from './transport-error.js'

/**
 * A vendor's GraphQL error that no mapping explains. Retrying the same request will not help.
 * Only the error mappings (loaded on demand) need it.
 */
export function unexplainedError(error: CombinedError, source: ApiSource): CustomerAuthError {
  return apiError('SERVER', error, source, false)
}
