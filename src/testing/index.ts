/**
 * `storefront-auth/testing`: a local emulator of the Shopify Storefront + Admin APIs and the Adobe
 * Commerce API for the customer-auth surface, for tests, Storybook and demos.
 *
 * @module storefront-auth/testing
 */
export {
  createEmulator,
  type Emulator,
  type EmulatorMiddleware,
  type EmulatorOptions,
  type ListenOptions,
} from './create-emulator.js'
export {
  storefrontAuthEmulator,
  storefrontAuthEmulatorEnv,
  type StorefrontAuthEmulatorOptions,
} from './vite-plugin.js'
export { emulatorDefaults } from './emulator-defaults.js'
export {
  createEmulatorClock,
  type EmulatorClock,
  type EmulatorClockMode,
} from './emulator-clock.js'
export {
  createRealTimeEmulatorClock,
  type RealTimeEmulatorClockOptions,
} from './real-time-emulator-clock.js'
export {
  fallForwardShopifyApiVersion,
  servedShopifyApiVersions,
  shopifyReleaseCandidateApiVersion,
  shopifyUnstableApiVersion,
  supportedShopifyApiVersions,
} from './shopify-api-versions.js'
export type { Outbox, OutboxMail } from './outbox.js'
export { emulatorOutboxPath } from './outbox-endpoint.js'
export type { SeedCustomer } from './seed-customer.js'
export type { SeedAddress } from './seed-address.js'
export type { SeedOrder, SeedOrderLine } from './seed-order.js'
export { sampleCustomers } from './sample-customers.js'
export type {
  EmulatorEndpoint,
  EmulatorRequestFilter,
  EmulatorRequestLog,
  EmulatorRequestRecord,
} from './request-log.js'
export type {
  EmulatorFaultHandle,
  EmulatorFaultKind,
  EmulatorFaultSpec,
  EmulatorFaults,
} from './faults.js'
export type {
  EmulatedCustomerAccessToken,
  EmulatedShopifyCustomer,
} from './shopify-storefront/shopify-customer-store.js'
export type { StorefrontAccessTokenRecord } from './shopify-admin/storefront-access-token-store.js'
export { storefrontAccessTokenLimit } from './shopify-admin/storefront-access-token-store.js'
export { unsupportedByEmulatorCode } from './shopify-storefront/unsupported-fields-rule.js'
export { shopifyAdminSdl } from './shopify-admin/shopify-admin-schema.js'
export type {
  AdobeCommerceCustomer,
  AdobeCommerceToken,
  AdobeConfirmation,
} from './adobe-commerce/create-adobe-commerce-api.js'
export type { EmulatedShopifyCart } from './shopify-storefront/storefront-carts.js'
export type { AdobeCommerceCart } from './adobe-commerce/adobe-carts.js'
export type { AdobeCatalogProduct } from './adobe-commerce/adobe-catalog.js'
export { adobeCatalog } from './adobe-commerce/adobe-catalog.js'
