export {
  adobeCommerce,
  DEFAULT_ADOBE_TOKEN_LIFETIME_MS,
  type AdobeCommerceOptions,
} from './adobe-commerce.js'
