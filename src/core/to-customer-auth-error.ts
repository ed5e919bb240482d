import {
  CustomerAuthError,
  isCustomerAuthError,
  type CustomerAuthErrorCode,
} from './customer-auth-error.js'

/**
 * Turns whatever a backend or storage threw into a `CustomerAuthError`, so nothing untyped ever
 * reaches the caller. A `TypeError` is what `fetch` throws when no HTTP answer came (offline, DNS,
 * CORS), hence NETWORK; an abort stays an abort; anything else is an unexplained SERVER error.
 */
export function toCustomerAuthError(error: unknown): CustomerAuthError {
  if (isCustomerAuthError(error)) return error
  const [code, source] =
    (error as { name?: unknown } | null)?.name === 'AbortError'
      ? (['ABORTED', 'client'] as const)
      : error instanceof TypeError
        ? (['NETWORK', 'network'] as const)
        : (['SERVER', 'client'] as const)
  return new CustomerAuthError(code, `Backend call failed (${code})`, { source, cause: error })
}

/** An error of the library's own making (misuse, a dropped call): never worth retrying. */
export const clientError = (code: CustomerAuthErrorCode, message: string): CustomerAuthError =>
  new CustomerAuthError(code, message, { source: 'client', retryable: false })

export const storageError = (cause: unknown): CustomerAuthError =>
  new CustomerAuthError('STORAGE', 'Session storage failed', {
    source: 'storage',
    retryable: false,
    cause,
  })
