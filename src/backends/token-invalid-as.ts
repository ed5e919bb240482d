import { CustomerAuthError } from '../core/customer-auth-error.js'

/**
 * A rejection handler for calls where a refused token is an answer, not a failure (logout:
 * nothing is left to revoke; fetchCustomer: the session is over): it returns `value` for
 * TOKEN_INVALID and rethrows anything else.
 */
export const tokenInvalidAs =
  <T>(value: T) =>
  (error: unknown): T => {
    if (error instanceof CustomerAuthError && error.code === 'TOKEN_INVALID') return value
    throw error
  }
