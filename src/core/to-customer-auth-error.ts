import { CustomerAuthError, isCustomerAuthError } from './customer-auth-error.js'

/**
 * Turns whatever a backend or storage threw into a `CustomerAuthError`, so nothing untyped ever
 * reaches the caller. A `TypeError` is what `fetch` throws when no HTTP answer came (offline, DNS,
 * CORS), hence NETWORK; an abort stays an abort; anything else is an unexplained SERVER error.
 */
export function toCustomerAuthError(error: unknown): CustomerAuthError {
  if (isCustomerAuthError(error)) return error
  const name = (error as { name?: unknown } | null)?.name
  if (name === 'AbortError') {
    return new CustomerAuthError('ABORTED', 'The operation was aborted.', {
      source: 'client',
      cause: error,
    })
  }
  if (error instanceof TypeError) {
    return new CustomerAuthError('NETWORK', 'The request got no answer.', {
      source: 'network',
      cause: error,
    })
  }
  return new CustomerAuthError('SERVER', 'The backend failed unexpectedly.', {
    source: 'client',
    cause: error,
  })
}

export function storageError(error: unknown): CustomerAuthError {
  return new CustomerAuthError('STORAGE', 'The session storage could not be used.', {
    source: 'storage',
    retryable: false,
    cause: error,
  })
}
