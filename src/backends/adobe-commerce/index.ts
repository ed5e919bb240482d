export {
  adobeCommerce,
  DEFAULT_ADOBE_TOKEN_LIFETIME_MS,
  type AdobeCommerceBackend,
  type AdobeCommerceOptions,
} from './adobe-commerce.js'
