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

/** A react-query key of the app's own data about the signed-in customer (see customerScopedQueryKey). */
export type CustomerScopedQueryKey<Key extends readonly unknown[] = readonly unknown[]> = readonly [
  'storefront-auth',
  string,
  'customer',
  string | null,
  ...Key,
]

/**
 * A key for the app's own query of customer data (orders, addresses, a wishlist): `key` placed
 * under the session, as `useCustomer` keys the customer. `CustomerAuthProvider` removes every
 * such query of an earlier session on sign-out, expiry, a refused token and a customer switch,
 * in every tab (each tab's provider hears the end); a renew keeps them. `sessionId` is `null`
 * while nobody is signed in: run the query only with a session (`enabled`). In components,
 * `useCustomerQueryKey(key)` fills in the backend and session.
 */
export function customerScopedQueryKey<const Key extends readonly unknown[]>(
  backendId: string,
  sessionId: string | null,
  key: Key,
): CustomerScopedQueryKey<Key> {
  return ['storefront-auth', backendId, 'customer', sessionId, ...key]
}
