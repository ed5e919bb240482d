import react from '@vitejs/plugin-react'
import { storefrontAuthEmulator } from 'storefront-auth/testing'
import { defineConfig } from 'vite'

// storefrontAuthEmulator() serves the Adobe Commerce GraphQL emulator at /graphql on this origin
// (dev and `vite preview`) and sets import.meta.env.VITE_ADOBE_COMMERCE_ENDPOINT for the app.
export default defineConfig({
  plugins: [react(), storefrontAuthEmulator()],
})
