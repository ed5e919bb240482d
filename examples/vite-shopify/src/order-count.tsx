import { useQuery } from '@tanstack/react-query'
import { Client, fetchExchange } from '@urql/core'
import { useMemo } from 'react'
import { useCustomerAuthEngine, useCustomerQueryKey } from 'storefront-auth'
import { customerAuthExchange } from 'storefront-auth/urql'

// The app's own document: it declares `$customerAccessToken` and the exchange fills it in.
const OrderCountQuery = /* GraphQL */ `
  query OrderCount($customerAccessToken: String!) {
    customer(customerAccessToken: $customerAccessToken) {
      numberOfOrders
    }
  }
`

interface OrderCountData {
  readonly customer: { readonly numberOfOrders: string } | null
}

/**
 * How many orders the customer has, read through the app's own urql client. The exchange puts
 * the token into the variables, renews first when the renew point has passed, and ends the
 * session if the API refuses the token. react-query caches the answer under the session, so a
 * sign-out or another customer removes it.
 */
export function OrderCount() {
  const engine = useCustomerAuthEngine()
  // No urql cache: react-query holds the answers, keyed by the session.
  const client = useMemo(
    () =>
      new Client({
        url: import.meta.env.VITE_SHOPIFY_STOREFRONT_ENDPOINT,
        fetchOptions: {
          headers: {
            'X-Shopify-Storefront-Access-Token': import.meta.env.VITE_SHOPIFY_STOREFRONT_TOKEN,
          },
        },
        exchanges: [customerAuthExchange(engine), fetchExchange],
      }),
    [engine],
  )
  const queryKey = useCustomerQueryKey(['order-count'])
  const orders = useQuery({
    queryKey,
    enabled: queryKey[3] !== null,
    queryFn: async () => {
      const result = await client.query<OrderCountData>(OrderCountQuery, {}).toPromise()
      if (result.error) throw result.error
      return result.data?.customer?.numberOfOrders ?? null
    },
  })
  if (orders.isPending) return <dd aria-busy="true">…</dd>
  if (orders.isError) return <dd>Could not load your orders.</dd>
  return <dd data-testid="order-count">{orders.data ?? '—'}</dd>
}
