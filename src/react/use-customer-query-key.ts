import { useMemo, useState } from 'react'
import type { CustomerAuthState } from '../core/customer-auth.js'
import { useCustomerAuthContext } from './customer-auth-context.js'
import { customerScopedQueryKey, type CustomerScopedQueryKey } from './customer-query-key.js'
import { useCustomerAuth } from './use-customer-auth.js'

const selectSessionId = (state: CustomerAuthState): string | null =>
  state.session?.sessionId ?? null

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((item, index) => Object.is(item, b[index]))

/**
 * `customerScopedQueryKey` for the provider's backend and current session: the key of an app's
 * own customer query, removed on sign-out and on a customer switch in every tab. The session part
 * is `null` while nobody is signed in; pair it with `enabled: queryKey[3] !== null`. A new array
 * only when the session or one of `key`'s items changes.
 */
export function useCustomerQueryKey<const Key extends readonly unknown[]>(
  key: Key,
): CustomerScopedQueryKey<Key> {
  const { engine } = useCustomerAuthContext('useCustomerQueryKey')
  const sessionId = useCustomerAuth(selectSessionId)
  const backendId = engine.backend.id
  // A literal array is new on every render: its items, not its identity, decide a new key.
  const [kept, setKept] = useState(key)
  if (!sameItems(kept, key)) setKept(key)
  return useMemo(
    () => customerScopedQueryKey(backendId, sessionId, kept),
    [backendId, sessionId, kept],
  )
}
