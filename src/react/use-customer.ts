import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { UseQueryOptions, UseQueryResult } from '@tanstack/react-query'
import type { Customer } from '../core/customer.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { useCustomerAuthContext } from './customer-auth-context.js'
import { customerQueryKey } from './customer-query-key.js'
import type { CustomerQueryKey } from './customer-query-key.js'
import { useCustomerAuth } from './use-customer-auth.js'

/** react-query's query options, minus what the hook itself provides. */
export type UseCustomerOptions<TData = Customer | null> = Omit<
  UseQueryOptions<Customer | null, CustomerAuthError, TData, CustomerQueryKey>,
  'queryKey' | 'queryFn'
>

/** A session exists exactly while the status is `authenticated` or `renewing`. */
const selectSessionId = (state: { session: { sessionId: string } | null }) =>
  state.session?.sessionId ?? null

/** Transient failures (network, 5xx, throttling) are worth a few retries; a refusal is not. */
const retryTransient = (failureCount: number, error: CustomerAuthError) =>
  error.retryable && failureCount < 3

type Placeholder = UseCustomerOptions['placeholderData']

/**
 * Placeholder data that never crosses sessions. react-query hands placeholderData the last
 * query that had data, whatever its key: with `keepPreviousData` (often an app-wide default) the
 * previous customer would stay on screen after a logout, or while the next customer loads. The
 * app's own placeholder applies only within one session, and never while nobody is signed in.
 */
function sessionPlaceholder(sessionId: string | null, wanted: Placeholder): Placeholder {
  if (sessionId === null || wanted === undefined) return undefined
  if (typeof wanted !== 'function') return wanted
  return (previous, previousQuery) =>
    previousQuery?.queryKey[3] === sessionId
      ? wanted(previous, previousQuery)
      : wanted(undefined, undefined)
}

/**
 * The signed-in customer, in one shape for every backend. Every consumer shares one request and
 * one cache entry per session: kept across renewals, removed on logout or a customer switch. A
 * `null` customer (token no longer valid) ends the session.
 */
export function useCustomer<TData = Customer | null>(
  options: UseCustomerOptions<TData> = {},
): UseQueryResult<TData, CustomerAuthError> {
  const { engine, queryClient } = useCustomerAuthContext('useCustomer')
  const sessionId = useCustomerAuth(selectSessionId)
  const { enabled = true, placeholderData, ...rest } = options
  const queryKey = customerQueryKey(engine.backend.id, sessionId)
  // The hook's own option, else the app's defaults for this key or for every query.
  const wanted = (placeholderData ??
    queryClient.getQueryDefaults(queryKey).placeholderData ??
    queryClient.getDefaultOptions().queries?.placeholderData) as Placeholder
  // Stable within a session, so react-query's placeholder memo holds; new on a session change.
  const placeholder = useMemo(() => sessionPlaceholder(sessionId, wanted), [sessionId, wanted])
  return useQuery(
    {
      // The customer rarely changes under a session; updates through useUpdateCustomer fill the
      // cache directly. Focus and reconnect still refetch a stale entry.
      staleTime: 5 * 60_000,
      retry: retryTransient,
      ...rest,
      queryKey,
      placeholderData: placeholder,
      // The engine only ever rejects with a CustomerAuthError.
      queryFn: ({ signal }) => engine.fetchCustomer(signal),
      // A user's `enabled` (boolean or function) only narrows it: never fetch without a session.
      enabled: sessionId !== null && enabled,
    },
    queryClient,
  )
}
