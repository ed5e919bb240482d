import type { OperationContext } from '@urql/core'

export interface OperationTarget {
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly fetch?: typeof fetch | undefined
}

/**
 * The per-operation context that makes any urql client (the backend's own or the app's) send a
 * customer-auth call correctly: to this endpoint, with these headers, as a POST (urql's default
 * `preferGetMethod: 'within-url-limit'` would put a query's token into the URL), never from or
 * into a cache. No abort signal: urql's fetchExchange replaces any `fetchOptions.signal` with its
 * own controller, so cancelling is unsubscribing (see runOperation).
 */
export function operationContext({
  url,
  headers,
  fetch,
}: OperationTarget): Partial<OperationContext> {
  return {
    url,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    // A copy: an app's exchange may write into the headers, and these are reused per call.
    fetchOptions: { headers: { ...headers } },
    // Only when given: the context is spread over the client's options, so `fetch: undefined`
    // would replace an app client's own fetch.
    ...(fetch && { fetch }),
  }
}
