import { shopifyStorefront } from 'storefront-auth'

/**
 * One backend for the server render and the browser: its id names the session cookie. The values
 * are inlined at build time (NEXT_PUBLIC_), see .env.
 */
export const backend = shopifyStorefront({
  endpoint: process.env.NEXT_PUBLIC_SHOPIFY_STOREFRONT_ENDPOINT ?? '',
  publicAccessToken: process.env.NEXT_PUBLIC_SHOPIFY_STOREFRONT_TOKEN ?? '',
})
