/** The react-query key of the signed-in customer: per backend and per session, never the token. */
export type CustomerQueryKey = readonly ['storefront-auth', string, 'customer', string | null]

/**
 * Keyed by `sessionId` (stable across renewals) rather than the access token, so a renew keeps
 * the cached customer and a token never ends up in a cache key or devtools.
 */
export function customerQueryKey(backendId: string, sessionId: string | null): CustomerQueryKey {
  return ['storefront-auth', backendId, 'customer', sessionId]
}

/** Matches the customer queries of every session of one backend. */
export function customerQueryPrefix(
  backendId: string,
): readonly ['storefront-auth', string, 'customer'] {
  return ['storefront-auth', backendId, 'customer']
}
