import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useCartOnSignIn, useCustomerQueryKey } from 'storefront-auth'
import { cart } from './backend'

const CART_ID_KEY = 'example-cart-id'

const cartBuyerQuery = /* GraphQL */ `
  query CartBuyer($id: ID!) {
    cart(id: $id) {
      id
      buyerIdentity {
        email
      }
    }
  }
`

/** Who the cart belongs to, read from the Storefront API (no customer token needed). */
async function fetchCartBuyer(cartId: string): Promise<string | null> {
  const response = await fetch(import.meta.env.VITE_SHOPIFY_STOREFRONT_ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Storefront-Access-Token': import.meta.env.VITE_SHOPIFY_STOREFRONT_TOKEN,
    },
    body: JSON.stringify({ query: cartBuyerQuery, variables: { id: cartId } }),
  })
  const body = (await response.json()) as {
    data?: { cart: { buyerIdentity: { email: string | null } } | null }
  }
  return body.data?.cart?.buyerIdentity.email ?? null
}

/**
 * The header's cart: its id is kept in localStorage; `useCartOnSignIn` ties it to the customer on
 * sign-in (a new one is made if there is none yet) and hands a fresh guest cart on sign-out.
 */
export function CartBadge() {
  const [cartId, setCartId] = useState(() => localStorage.getItem(CART_ID_KEY))
  const { pending, failure } = useCartOnSignIn(cart, {
    cartId,
    onCartChange: (id) => {
      localStorage.setItem(CART_ID_KEY, id)
      setCartId(id)
    },
  })
  // Keyed by the session too: the same cart id reads anew once the shopper signs in.
  const queryKey = useCustomerQueryKey(['cart-buyer', cartId])
  const buyer = useQuery({
    queryKey,
    queryFn: () => fetchCartBuyer(cartId ?? ''),
    enabled: cartId !== null && pending === null,
  })

  if (failure) return <span data-testid="cart">Cart unavailable ({failure.error.code})</span>
  if (cartId === null) return <span data-testid="cart">No cart yet</span>
  if (pending !== null || buyer.isPending) return <span data-testid="cart">Cart…</span>
  return <span data-testid="cart">{buyer.data ? `Cart of ${buyer.data}` : 'Guest cart'}</span>
}
