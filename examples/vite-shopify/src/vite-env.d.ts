/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by storefrontAuthEmulator() in dev; your shop's values go in .env.production. */
  readonly VITE_SHOPIFY_STOREFRONT_ENDPOINT: string
  readonly VITE_SHOPIFY_STOREFRONT_TOKEN: string
}
