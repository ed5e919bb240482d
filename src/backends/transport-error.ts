import type { CombinedError } from '@urql/core'
import {
  CustomerAuthError,
  type CustomerAuthErrorCode,
  type CustomerAuthErrorSource,
  type GraphQLErrorLike,
} from '../core/customer-auth-error.js'

export type ApiSource = Exclude<CustomerAuthErrorSource, 'network'>

/**
 * An error for a failed operation, carrying its HTTP status, the GraphQL errors as sent and the
 * urql error as cause. The message is urql's (the API's own words): messages are for developers,
 * callers branch on `code`. `retryable` defaults by code (THROTTLED, SERVER: yes).
 */
export function apiError(
  code: CustomerAuthErrorCode,
  error: CombinedError,
  source: ApiSource,
  retryable?: boolean,
): CustomerAuthError {
  return new CustomerAuthError(code, error.message, {
    source,
    retryable,
    status: responseStatus(error),
    graphQLErrors: toGraphQLErrorLikes(error),
    cause: error,
  })
}

/**
 * The part of error mapping that is the same for every API and must work offline: whether an
 * HTTP answer came at all, and whether it was a usable GraphQL response. Returns `undefined` when
 * the API answered with GraphQL errors that the vendor's own mapping (loaded on demand) must read.
 *
 * - no HTTP response (offline, DNS, refused, reset before headers) → NETWORK (retryable)
 * - a 5xx → SERVER, retryable, even when the body carries GraphQL errors
 * - a 429 → THROTTLED
 * - a 401 or 403 whose body is not a GraphQL response → CONFIGURATION
 * - a body that is not a GraphQL response (malformed JSON, HTML error page) → SERVER, retryable
 *   for a 2xx (a proxy hiccup) and not for a 4xx (a request the API will keep refusing)
 */
export function transportError(
  error: CombinedError,
  source: ApiSource,
): CustomerAuthError | undefined {
  // 0: no HTTP status (a Response always has one from 200 to 599, or 0 when opaque).
  const status = responseStatus(error) ?? 0
  const { networkError } = error
  // fetch rejects with a TypeError when the connection fails or drops while the body is read,
  // and with an AbortError/TimeoutError when a timeout signal fires; JSON.parse throws a
  // SyntaxError (an answer came, but not a usable one).
  if (networkError && (!status || /^(TypeError|AbortError|TimeoutError)$/.test(networkError.name)))
    return new CustomerAuthError('NETWORK', error.message, {
      source: 'network',
      cause: networkError,
    })
  if (status >= 500) return apiError('SERVER', error, source)
  if (status === 429) return apiError('THROTTLED', error, source)
  // The API (or a proxy in front of it) refuses who is asking without a GraphQL body, e.g.
  // Shopify's `{"errors":"[API] Invalid API key or access token"}` for an unknown storefront token:
  // a setup problem, not a failure of the service.
  if (networkError && (status === 401 || status === 403))
    return apiError('CONFIGURATION', error, source)
  if (networkError) return apiError('SERVER', error, source, status < 300)
  return undefined
}

/** A response that carried neither data nor errors for the field asked for. */
export function missingDataError(field: string, source: ApiSource): CustomerAuthError {
  return new CustomerAuthError('SERVER', `No result for ${field}.`, { source })
}

export function toGraphQLErrorLikes(error: CombinedError): GraphQLErrorLike[] {
  return error.graphQLErrors.map(({ message, path, extensions }) => ({
    message,
    ...(path && { path: [...path] }),
    ...(extensions && { extensions: { ...extensions } }),
  }))
}

export function responseStatus(error: CombinedError): number | undefined {
  const status = (error.response as { status?: unknown } | undefined)?.status
  return typeof status === 'number' ? status : undefined
}
