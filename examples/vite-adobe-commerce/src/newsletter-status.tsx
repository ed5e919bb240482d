import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { createCustomerFetch, useCustomerAuthEngine, useCustomerQueryKey } from 'storefront-auth'

/** The app's own query, not one the library has: sent with the customer's Bearer token. */
const NewsletterQuery = 'query Newsletter { customer { is_subscribed } }'

/**
 * The newsletter subscription, read through the app's own GraphQL request: `createCustomerFetch`
 * adds `Authorization: Bearer <token>` and ends the session if Magento refuses the token; the
 * query key is the session's, so the answer is dropped on sign-out in every tab.
 */
export function NewsletterStatus() {
  const engine = useCustomerAuthEngine()
  const customerFetch = useMemo(() => createCustomerFetch(engine), [engine])
  const queryKey = useCustomerQueryKey(['newsletter'])
  const newsletter = useQuery({
    queryKey,
    enabled: queryKey[3] !== null,
    queryFn: async ({ signal }) => {
      const response = await customerFetch(import.meta.env.VITE_ADOBE_COMMERCE_ENDPOINT, {
        method: 'POST',
        signal,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: NewsletterQuery }),
      })
      const body = (await response.json()) as {
        data?: { customer?: { is_subscribed?: boolean | null } | null }
      }
      return body.data?.customer?.is_subscribed ?? null
    },
  })
  if (newsletter.isPending) return null
  return (
    <p data-testid="newsletter">Newsletter: {newsletter.data ? 'subscribed' : 'not subscribed'}</p>
  )
}
