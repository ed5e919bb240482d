import { shopifyStorefront } from 'storefront-auth'

/** Created once, at module scope: its id keys the stored session and the query cache. */
export const backend = shopifyStorefront({
  endpoint: import.meta.env.VITE_SHOPIFY_STOREFRONT_ENDPOINT,
  publicAccessToken: import.meta.env.VITE_SHOPIFY_STOREFRONT_TOKEN,
})
