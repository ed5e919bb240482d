import { adobeCommerce } from 'storefront-auth'

/**
 * Created once, at module scope: its id keys the stored session and the query cache. Adobe
 * Commerce tokens cannot be renewed: the session ends at the token's expiry (1 hour by default).
 */
export const backend = adobeCommerce({ endpoint: import.meta.env.VITE_ADOBE_COMMERCE_ENDPOINT })
