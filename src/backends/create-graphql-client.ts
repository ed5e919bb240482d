import { Client, fetchExchange } from '@urql/core'

/**
 * The urql client a backend hands out when the app brings none: fetch only (customer-auth
 * operations must never be answered from a cache), POST only (tokens and passwords travel in
 * the body, never in a URL). Without `fetchFn`, urql uses the global fetch.
 */
export function createGraphQLClient(url: string, fetchFn?: typeof fetch): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    fetch: fetchFn,
    preferGetMethod: false,
    requestPolicy: 'network-only',
  })
}
