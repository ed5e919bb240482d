/**
 * The emulator's defaults. The tokens and secret are fixed, documented strings so that Storybook,
 * the README and the CLI can print them; they guard nothing but a local test double.
 */
export const emulatorDefaults = {
  apiVersion: '2026-04',
  shopDomain: 'emulator.myshopify.com',
  storefrontAccessToken: 'emulator-public-storefront-token',
  privateStorefrontAccessToken: 'emulator-private-storefront-token',
  adminAccessToken: 'shpat_emulator_admin_token',
  adobeAdminToken: 'emulator-adobe-admin-token',
  multipassSecret: 'emulator-multipass-secret',
  /** Shopify customer access tokens live 42 days (api-facts §1). */
  customerAccessTokenLifetimeMs: 42 * 24 * 60 * 60 * 1000,
  /** Adobe Commerce customer tokens: 1 hour (Magento's default). */
  adobeTokenLifetimeMs: 60 * 60 * 1000,
  /** Magento's `oauth/authentication_lock/max_failures_count`. */
  loginAttemptLimit: 6,
  /** Magento's `oauth/authentication_lock/timeout` (1800 s). */
  loginLockoutMs: 30 * 60 * 1000,
  oneTimeCodeLifetimeMs: 30 * 1000,
  /**
   * Storefront `customerRecover` requests per client IP within `recoverWindowMs`. Shopify's limit
   * is undocumented; these are Magento's `customer/password/max_number_password_reset_requests`
   * and its fixed one-hour period (`Magento_Security`).
   */
  recoverRequestLimit: 5,
  recoverWindowMs: 60 * 60 * 1000,
  /** The client IP of `emulator.fetch` and `emulator.handle` calls, which have no socket. */
  inProcessClientIp: '127.0.0.1',
  /** The title of the storefront token the emulator starts with. */
  storefrontAccessTokenTitle: 'storefront-auth emulator',
} as const
