import type { OperationContext } from '@urql/core'

export interface OperationTarget {
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly signal?: AbortSignal
  readonly fetch?: typeof fetch
}

/**
 * The per-operation context that makes any urql client (the backend's own or the app's) send a
 * customer-auth call correctly: to this endpoint, with these headers, as a POST (urql's default
 * `preferGetMethod: 'within-url-limit'` would put a query's token into the URL), never from or
 * into a cache.
 */
export function operationContext(target: OperationTarget): Partial<OperationContext> {
  return {
    url: target.url,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: {
      headers: { ...target.headers },
      ...(target.signal ? { signal: target.signal } : {}),
    },
    ...(target.fetch ? { fetch: target.fetch } : {}),
  }
}
