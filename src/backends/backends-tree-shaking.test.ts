import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Metafile, type Plugin } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'

const backendsEntry = fileURLToPath(new URL('./index.ts', import.meta.url))
// The peers an app provides; the library never bundles them.
const external = ['@urql/core', 'gql.tada', 'graphql', '@0no-co/graphql.web']

// What every page needs: sign-in, renew, logout, the customer query.
const shopifyEntryMarkers = [
  'customerAccessTokenCreate',
  'customerAccessTokenRenew',
  'X-Shopify-Storefront-Access-Token',
  'shopify:',
]
// The account flows' documents, loaded on first use (the operation names alone also appear in
// the error mapping).
const shopifyFlowMarkers = ['customerCreate(', 'customerRecover(', 'customerActivateByUrl(']
// The vendor's reading of GraphQL errors and userErrors, loaded on the first error it explains.
const shopifyErrorMarkers = ['UNIDENTIFIED_CUSTOMER', 'INVALID_MULTIPASS_REQUEST']
const adobeEntryMarkers = ['generateCustomerToken', 'revokeCustomerToken', 'adobe-commerce:']
const adobeFlowMarkers = ['createCustomerV2(', 'requestPasswordResetEmail(', 'updateCustomerV2(']
const adobeErrorMarkers = ["isn't confirmed", 'graphql-authentication', 'graphql-no-such-entity']

const scratch = mkdtempSync(join(tmpdir(), 'backends-tree-shaking-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/**
 * The library build (Vite) puts both backends into one entry module and each backend's account
 * flows into a chunk of its own. Bundling an app against those files shows what statement-level
 * tree-shaking removes, without help from the package's `sideEffects` flag.
 */
async function buildLikeTheLibrary(): Promise<string> {
  const outdir = mkdtempSync(join(scratch, 'library-'))
  await build({
    entryPoints: { backends: backendsEntry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    external,
    outdir,
    logLevel: 'silent',
  })
  return join(outdir, 'backends.js')
}

interface AppBundle {
  /** What the page loads up front: the entry file and the chunks it imports statically. */
  readonly entry: string
  /** Everything the app can ever load: the entry and every chunk reachable through `import()`. */
  readonly reachable: string
}

/** Bundles an app the way app bundlers do, with code splitting on. */
async function bundleApp(importLine: string, library?: string): Promise<AppBundle> {
  const resolveLibrary: Plugin = {
    name: 'library',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^storefront-auth-backends$/ }, () => ({
        path: library ?? backendsEntry,
      }))
    },
  }
  const outdir = join(scratch, 'app')
  const result = await build({
    stdin: {
      contents: `${importLine}\nglobalThis.backend = backend`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    splitting: true,
    outdir,
    format: 'esm',
    platform: 'browser',
    minify: true,
    external,
    plugins: [resolveLibrary],
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const outputs = result.metafile.outputs
  const text = new Map(result.outputFiles.map((file) => [file.path, file.text]))
  const textOf = (paths: Set<string>): string =>
    [...paths].map((path) => text.get(join(process.cwd(), path)) ?? '').join('\n')
  const entryPath = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined)
  if (entryPath === undefined) throw new Error('no entry output')
  return {
    entry: textOf(closure(outputs, entryPath, ['import-statement'])),
    reachable: textOf(closure(outputs, entryPath, ['import-statement', 'dynamic-import'])),
  }
}

function closure(outputs: Metafile['outputs'], start: string, kinds: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (path: string): void => {
    if (seen.has(path)) return
    seen.add(path)
    for (const child of outputs[path]?.imports ?? [])
      if (!child.external && kinds.includes(child.kind)) visit(child.path)
  }
  visit(start)
  return seen
}

/** Both apps, bundled once per source (a library build takes seconds): every test reads them. */
function appsFrom(fromLibrary: boolean): () => Promise<{ shopify: AppBundle; adobe: AppBundle }> {
  let apps: Promise<{ shopify: AppBundle; adobe: AppBundle }> | undefined
  const bundleBoth = async () => {
    const library = fromLibrary ? await buildLikeTheLibrary() : undefined
    return {
      shopify: await bundleApp(
        "import { shopifyStorefront as backend } from 'storefront-auth-backends'",
        library,
      ),
      adobe: await bundleApp(
        "import { adobeCommerce as backend } from 'storefront-auth-backends'",
        library,
      ),
    }
  }
  return () => (apps ??= bundleBoth())
}

describe('tree-shaking the backends', () => {
  describe.each([
    ['the source modules', false],
    ['the library build', true],
  ])('from %s', (_label, fromLibrary) => {
    const apps = appsFrom(fromLibrary)

    it('an app importing only shopifyStorefront carries no Adobe Commerce code', async () => {
      const app = (await apps()).shopify
      for (const marker of shopifyEntryMarkers) expect(app.entry).toContain(marker)
      for (const marker of [...shopifyFlowMarkers, ...shopifyErrorMarkers])
        expect(app.reachable).toContain(marker)
      for (const marker of [...adobeEntryMarkers, ...adobeFlowMarkers, ...adobeErrorMarkers])
        expect(app.reachable).not.toContain(marker)
    })

    it('an app importing only adobeCommerce carries no Shopify code', async () => {
      const app = (await apps()).adobe
      for (const marker of adobeEntryMarkers) expect(app.entry).toContain(marker)
      for (const marker of [...adobeFlowMarkers, ...adobeErrorMarkers])
        expect(app.reachable).toContain(marker)
      for (const marker of [...shopifyEntryMarkers, ...shopifyFlowMarkers, ...shopifyErrorMarkers])
        expect(app.reachable).not.toContain(marker)
    })

    it('keeps each backend’s account flows out of the code a page loads up front', async () => {
      const { shopify, adobe } = await apps()
      for (const marker of shopifyFlowMarkers) expect(shopify.entry).not.toContain(marker)
      for (const marker of adobeFlowMarkers) expect(adobe.entry).not.toContain(marker)
    })

    it('keeps each backend’s error mapping out of the code a page loads up front', async () => {
      const { shopify, adobe } = await apps()
      for (const marker of shopifyErrorMarkers) expect(shopify.entry).not.toContain(marker)
      for (const marker of adobeErrorMarkers) expect(adobe.entry).not.toContain(marker)
    })
  })
})
