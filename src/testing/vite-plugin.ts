import type { Plugin, PreviewServer, ViteDevServer } from 'vite'
import { createEmulator, type Emulator, type EmulatorOptions } from './create-emulator.js'
import { devServerBanner } from './dev-server-banner.js'
import { sampleCustomers } from './sample-customers.js'

/**
 * The `import.meta.env` names `storefrontAuthEmulator()` sets, so app code reads the same names
 * in dev (the emulator) and in production (your shop's values from `.env.production`).
 */
export const storefrontAuthEmulatorEnv = {
  /** Same-origin path of the emulated Shopify Storefront API, e.g. `/api/2026-04/graphql.json`. */
  shopifyStorefrontEndpoint: 'VITE_SHOPIFY_STOREFRONT_ENDPOINT',
  /** The emulator's public storefront access token. */
  shopifyStorefrontToken: 'VITE_SHOPIFY_STOREFRONT_TOKEN',
  /** Same-origin path of the emulated Adobe Commerce GraphQL API: `/graphql`. */
  adobeCommerceEndpoint: 'VITE_ADOBE_COMMERCE_ENDPOINT',
} as const

/** Options of `storefrontAuthEmulator`: the emulator's own options, or an emulator to mount. */
export interface StorefrontAuthEmulatorOptions extends EmulatorOptions {
  /**
   * An emulator to mount instead of creating one (then the other options are ignored): keep a
   * reference to read its state, put faults in, or move its clock from your own code or tests.
   * The plugin's own emulator runs on `clock: 'real-time'` unless `clock` says otherwise.
   */
  readonly emulator?: Emulator
  /** Print the endpoints, token and sample customers once the server listens. Default `true`. */
  readonly printBanner?: boolean
}

const loopbackAddresses = new Set(['127.0.0.1', '::1', '::', '0.0.0.0'])

/** The origin a person would open: `localhost` for a loopback or wildcard bind. */
function originOf(
  server: ViteDevServer | PreviewServer,
  protocol: 'http' | 'https',
): string | undefined {
  const address = server.httpServer?.address()
  if (address === null || address === undefined || typeof address === 'string') return undefined
  const host = loopbackAddresses.has(address.address)
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address
  return `${protocol}://${host}:${address.port}`
}

/**
 * A Vite plugin that mounts the storefront-auth emulator on the dev server's own origin (and on
 * `vite preview`), so the app calls the Shopify Storefront API at `/api/2026-04/graphql.json` and
 * Adobe Commerce at `/graphql` with no second server and no CORS. Its clock follows real time.
 *
 * It sets `import.meta.env.VITE_SHOPIFY_STOREFRONT_ENDPOINT`, `VITE_SHOPIFY_STOREFRONT_TOKEN` and
 * `VITE_ADOBE_COMMERCE_ENDPOINT` (see `storefrontAuthEmulatorEnv`) to the emulator's values, and
 * prints them with the sample customers when the server starts. It is a development tool: leave
 * it out of the build that goes to your shop (e.g. `command === 'serve' &&
 * storefrontAuthEmulator()`), and put your shop's values in `.env.production`.
 *
 * @example
 * ```ts
 * // vite.config.ts
 * import react from '@vitejs/plugin-react'
 * import { storefrontAuthEmulator } from 'storefront-auth/testing'
 * import { defineConfig } from 'vite'
 *
 * export default defineConfig({ plugins: [react(), storefrontAuthEmulator()] })
 * ```
 */
export function storefrontAuthEmulator(options: StorefrontAuthEmulatorOptions = {}): Plugin {
  const { emulator: given, printBanner = true, ...emulatorOptions } = options
  const emulator = given ?? createEmulator({ clock: 'real-time', ...emulatorOptions })
  const customers = given ? sampleCustomers : (emulatorOptions.customers ?? sampleCustomers)
  const values: Record<string, string> = {
    [storefrontAuthEmulatorEnv.shopifyStorefrontEndpoint]: emulator.storefrontPath,
    [storefrontAuthEmulatorEnv.shopifyStorefrontToken]: emulator.storefrontAccessToken,
    [storefrontAuthEmulatorEnv.adobeCommerceEndpoint]: emulator.adobeCommercePath,
  }

  function mount(server: ViteDevServer | PreviewServer, protocol: 'http' | 'https'): void {
    server.middlewares.use(emulator.middleware)
    if (!printBanner) return
    const print = (): void =>
      server.config.logger.info(
        `\n${devServerBanner(emulator, originOf(server, protocol), customers)}\n`,
      )
    const httpServer = server.httpServer
    // Middleware mode (Storybook, a custom server) has no server of its own: print paths now.
    if (httpServer === null) print()
    else if (httpServer.listening) print()
    else httpServer.once('listening', print)
  }

  return {
    name: 'storefront-auth:emulator',
    config() {
      return {
        define: Object.fromEntries(
          Object.entries(values).map(([name, value]) => [
            `import.meta.env.${name}`,
            JSON.stringify(value),
          ]),
        ),
      }
    },
    configResolved(config) {
      // Said out loud rather than silently: the plugin's values win over the app's env files.
      for (const [name, value] of Object.entries(values)) {
        const fromEnv: unknown = config.env[name]
        if (typeof fromEnv === 'string' && fromEnv !== value)
          config.logger.warn(
            `storefront-auth: ${name} from your env is replaced by the emulator's value while storefrontAuthEmulator() is in the plugins.`,
          )
      }
    },
    configureServer(server) {
      mount(server, server.config.server.https ? 'https' : 'http')
    },
    configurePreviewServer(server) {
      mount(server, server.config.preview.https ? 'https' : 'http')
    },
  }
}
