import { shopifyCart, shopifyStorefront } from 'storefront-auth'

const shop = {
  endpoint: import.meta.env.VITE_SHOPIFY_STOREFRONT_ENDPOINT,
  publicAccessToken: import.meta.env.VITE_SHOPIFY_STOREFRONT_TOKEN,
}

/** Created once, at module scope: its id keys the stored session and the query cache. */
export const backend = shopifyStorefront(shop)

/** The cart option on the same shop: the shopper's cart follows them on sign-in. */
export const cart = shopifyCart(shop)
