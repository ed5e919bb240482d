/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by storefrontAuthEmulator() in dev; your shop's endpoint goes in .env.production. */
  readonly VITE_ADOBE_COMMERCE_ENDPOINT: string
}
