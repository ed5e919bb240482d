import { useMemo, useState } from 'react'
import { hashKey } from '@tanstack/react-query'
import type { CustomerAuthState } from '../core/customer-auth.js'
import { useCustomerAuthContext } from './customer-auth-context.js'
import { customerScopedQueryKey, type CustomerScopedQueryKey } from './customer-query-key.js'
import { useCustomerAuth } from './use-customer-auth.js'

const selectSessionId = (state: CustomerAuthState): string | null =>
  state.session?.sessionId ?? null

/**
 * `customerScopedQueryKey` for the provider's backend and current session: the key of an app's
 * own customer query, removed on sign-out and on a customer switch in every tab. The session part
 * is `null` while nobody is signed in; pair it with `enabled: queryKey[3] !== null`. A new array
 * only when the session or `key` changes (as react-query compares keys: by value).
 */
export function useCustomerQueryKey<const Key extends readonly unknown[]>(
  key: Key,
): CustomerScopedQueryKey<Key> {
  const { engine } = useCustomerAuthContext('useCustomerQueryKey')
  const sessionId = useCustomerAuth(selectSessionId)
  const backendId = engine.backend.id
  // A literal array is new on every render: its value, hashed as react-query hashes keys, and
  // not its identity decides a new key.
  const [kept, setKept] = useState(key)
  if (hashKey(kept) !== hashKey(key)) setKept(key)
  return useMemo(
    () => customerScopedQueryKey(backendId, sessionId, kept),
    [backendId, sessionId, kept],
  )
}
