import type { CombinedError } from '@urql/core'
import {
  CustomerAuthError,
  type CustomerAuthErrorSource,
  type GraphQLErrorLike,
} from '../core/customer-auth-error.js'

/**
 * The part of error mapping that is the same for every API: whether an HTTP answer came at all,
 * and whether it was a usable GraphQL response. Returns `undefined` when the API answered with
 * GraphQL errors that the vendor's own mapping must read.
 *
 * - no HTTP response (offline, DNS, refused, reset before headers) → NETWORK
 * - a 5xx → SERVER, retryable, even when the body carries GraphQL errors
 * - a 429 → THROTTLED
 * - a body that is not a GraphQL response (malformed JSON, HTML error page) → SERVER, retryable
 *   for a 2xx (a proxy hiccup) and not for a 4xx (a request the API will keep refusing)
 */
export function transportError(
  error: CombinedError,
  source: Exclude<CustomerAuthErrorSource, 'network'>,
): CustomerAuthError | undefined {
  const response = readResponse(error.response)
  const status = response?.status
  const graphQLErrors = toGraphQLErrorLikes(error)

  if (error.networkError && (status === undefined || isConnectionFailure(error.networkError))) {
    return new CustomerAuthError(
      'NETWORK',
      `The request got no answer: ${error.networkError.message}`,
      {
        source: 'network',
        retryable: true,
        cause: error.networkError,
      },
    )
  }
  if (status !== undefined && status >= 500) {
    return new CustomerAuthError('SERVER', `The API answered HTTP ${status}.`, {
      source,
      retryable: true,
      status,
      graphQLErrors,
      cause: error,
    })
  }
  if (status === 429) {
    return new CustomerAuthError('THROTTLED', 'The API refused the request: too many requests.', {
      source,
      retryable: true,
      status,
      graphQLErrors,
      cause: error,
    })
  }
  if (error.networkError) {
    const success = status !== undefined && status >= 200 && status < 300
    return new CustomerAuthError(
      'SERVER',
      success
        ? 'The API answered with a body that is not a GraphQL response.'
        : `The API answered HTTP ${status ?? 'without a status'} and no GraphQL errors.`,
      { source, retryable: success, status, cause: error.networkError },
    )
  }
  return undefined
}

/** A vendor's GraphQL error that no mapping explains. Retrying the same request will not help. */
export function unexplainedError(
  error: CombinedError,
  source: Exclude<CustomerAuthErrorSource, 'network'>,
): CustomerAuthError {
  const status = readResponse(error.response)?.status
  return new CustomerAuthError('SERVER', error.message || 'The API returned an error.', {
    source,
    retryable: false,
    status,
    graphQLErrors: toGraphQLErrorLikes(error),
    cause: error,
  })
}

/** A response that carried neither data nor errors for the field asked for. */
export function missingDataError(
  field: string,
  source: Exclude<CustomerAuthErrorSource, 'network'>,
): CustomerAuthError {
  return new CustomerAuthError('SERVER', `The API returned no result for ${field}.`, {
    source,
    retryable: true,
  })
}

export function toGraphQLErrorLikes(error: CombinedError): GraphQLErrorLike[] {
  return error.graphQLErrors.map((graphQLError) => ({
    message: graphQLError.message,
    ...(graphQLError.path ? { path: [...graphQLError.path] } : {}),
    ...(graphQLError.extensions ? { extensions: { ...graphQLError.extensions } } : {}),
  }))
}

export function responseStatus(error: CombinedError): number | undefined {
  return readResponse(error.response)?.status
}

function readResponse(response: unknown): { status: number } | undefined {
  if (typeof response !== 'object' || response === null) return undefined
  const status = (response as { status?: unknown }).status
  return typeof status === 'number' ? { status } : undefined
}

/**
 * fetch rejects with a TypeError when the connection fails or drops while the body is read, and
 * with an AbortError/TimeoutError when a timeout signal fires; JSON.parse throws a SyntaxError.
 */
function isConnectionFailure(networkError: Error): boolean {
  return (
    networkError.name === 'TypeError' ||
    networkError.name === 'AbortError' ||
    networkError.name === 'TimeoutError'
  )
}
