import react from '@vitejs/plugin-react'
import { storefrontAuthEmulator } from 'storefront-auth/testing'
import { defineConfig } from 'vite'

// storefrontAuthEmulator() serves the Shopify Storefront API emulator on this origin (dev and
// `vite preview`) and sets import.meta.env.VITE_SHOPIFY_STOREFRONT_ENDPOINT / _TOKEN for the app.
export default defineConfig({
  plugins: [react(), storefrontAuthEmulator()],
})
