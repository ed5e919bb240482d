export {
  shopifyStorefront,
  DEFAULT_SHOPIFY_API_VERSION,
  type ShopifyStorefrontBackend,
  type ShopifyStorefrontOptions,
  type ShopifyStorefrontLocation,
  type ShopifyStorefrontCredentials,
} from './shopify-storefront.js'
