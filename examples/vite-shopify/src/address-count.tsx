import { useQuery } from '@tanstack/react-query'
import { useCustomerAccessToken, useCustomerQueryKey } from 'storefront-auth'

const AddressesQuery = /* GraphQL */ `
  query Addresses($customerAccessToken: String!) {
    customer(customerAccessToken: $customerAccessToken) {
      addresses(first: 10) {
        nodes {
          id
        }
      }
    }
  }
`

interface AddressesData {
  readonly data?: {
    readonly customer: { readonly addresses: { readonly nodes: unknown[] } } | null
  }
}

/**
 * How many addresses the customer keeps, with a document sent by hand: the token comes from
 * `useCustomerAccessToken()` and goes in the POST body, never in a URL.
 */
export function AddressCount() {
  const customerAccessToken = useCustomerAccessToken()
  const queryKey = useCustomerQueryKey(['address-count'])
  const addresses = useQuery({
    queryKey,
    enabled: customerAccessToken !== null,
    queryFn: async () => {
      const response = await fetch(import.meta.env.VITE_SHOPIFY_STOREFRONT_ENDPOINT, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Shopify-Storefront-Access-Token': import.meta.env.VITE_SHOPIFY_STOREFRONT_TOKEN,
        },
        body: JSON.stringify({ query: AddressesQuery, variables: { customerAccessToken } }),
      })
      const body = (await response.json()) as AddressesData
      return body.data?.customer?.addresses.nodes.length ?? null
    },
  })
  if (addresses.isPending) return <dd aria-busy="true">…</dd>
  if (addresses.isError) return <dd>Could not load your addresses.</dd>
  return <dd data-testid="address-count">{addresses.data ?? '—'}</dd>
}
