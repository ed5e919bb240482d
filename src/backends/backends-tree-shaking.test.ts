import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import { describe, expect, it } from 'vitest'

const backendsEntry = fileURLToPath(new URL('./index.ts', import.meta.url))
// The peers an app provides; the library never bundles them.
const external = ['@urql/core', 'gql.tada', 'graphql', '@0no-co/graphql.web']

const shopifyMarkers = [
  'customerAccessTokenCreate',
  'customerAccessTokenRenew',
  'X-Shopify-Storefront-Access-Token',
  'shopify:',
]
const adobeMarkers = [
  'generateCustomerToken',
  'revokeCustomerToken',
  'createCustomerV2',
  'adobe-commerce:',
  "isn't confirmed",
]

/**
 * The library build (like Vite's) puts both backends into one module. Bundling an app against
 * that single file shows what statement-level tree-shaking removes, without help from the
 * package's `sideEffects` flag.
 */
async function bundleLikeTheLibrary(): Promise<string> {
  const result = await build({
    entryPoints: [backendsEntry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external,
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

async function bundleApp(importLine: string, library?: string): Promise<string> {
  const virtualLibrary: Plugin = {
    name: 'library-as-one-file',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^storefront-auth-backends$/ }, () =>
        library === undefined
          ? { path: backendsEntry }
          : { path: 'storefront-auth-backends', namespace: 'library' },
      )
      pluginBuild.onLoad({ filter: /.*/, namespace: 'library' }, () => ({
        contents: library,
        loader: 'js',
        resolveDir: process.cwd(),
      }))
    },
  }
  const result = await build({
    stdin: {
      contents: `${importLine}\nglobalThis.backend = backend`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    external,
    plugins: [virtualLibrary],
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

describe('tree-shaking the backends', () => {
  describe.each([
    ['the source modules', false],
    ['a single-file library build', true],
  ])('from %s', (_label, singleFile) => {
    it('an app importing only shopifyStorefront carries no Adobe Commerce code', async () => {
      const library = singleFile ? await bundleLikeTheLibrary() : undefined
      const app = await bundleApp(
        "import { shopifyStorefront as backend } from 'storefront-auth-backends'",
        library,
      )
      for (const marker of shopifyMarkers) expect(app).toContain(marker)
      for (const marker of adobeMarkers) expect(app).not.toContain(marker)
    })

    it('an app importing only adobeCommerce carries no Shopify code', async () => {
      const library = singleFile ? await bundleLikeTheLibrary() : undefined
      const app = await bundleApp(
        "import { adobeCommerce as backend } from 'storefront-auth-backends'",
        library,
      )
      for (const marker of adobeMarkers) expect(app).toContain(marker)
      for (const marker of shopifyMarkers) expect(app).not.toContain(marker)
    })
  })
})
