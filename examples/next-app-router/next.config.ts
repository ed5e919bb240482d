import type { NextConfig } from 'next'

const config: NextConfig = {
  // The emulator (storefront-auth/testing) executes GraphQL on the server: graphql-http and the
  // schema must share one graphql module, so both load from node_modules as they are.
  serverExternalPackages: ['graphql', 'graphql-http'],
  // This example sits inside the library's repository, which has a lockfile of its own: the app
  // is its own root (a copied app can drop these two lines).
  outputFileTracingRoot: process.cwd(),
  turbopack: { root: process.cwd() },
}

export default config
