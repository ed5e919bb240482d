import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import { build, type Plugin } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { nodeOnlyMessage } from './node-only-message.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

// The files `package.json` points at, mapped back to their sources (as vite.config.ts builds them),
// so the test runs the real `exports` map without a prior `npm run build`.
const sourceOfBuiltFile: Readonly<Record<string, string>> = {
  './dist/server.js': 'src/server/index.ts',
  './dist/server.browser.js': 'src/server/browser.ts',
}

type ExportsEntry = string | { readonly [condition: string]: ExportsEntry }

// Node's (and esbuild's) rule: the first key of the object that is an active condition wins.
function pickByConditions(entry: ExportsEntry, conditions: ReadonlySet<string>): string {
  if (typeof entry === 'string') return entry
  for (const [condition, value] of Object.entries(entry))
    if (conditions.has(condition)) return pickByConditions(value, conditions)
  throw new Error('no matching export condition')
}

function packageExports(conditions: readonly string[]): Plugin {
  return {
    name: 'storefront-auth-exports',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^storefront-auth(\/.*)?$/ }, async (args) => {
        const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as {
          exports: Record<string, ExportsEntry>
        }
        const subpath = `.${args.path.slice('storefront-auth'.length)}`
        const entry = pkg.exports[subpath]
        if (entry === undefined) return { errors: [{ text: `no export ${subpath}` }] }
        const built = pickByConditions(entry, new Set([...conditions, 'import', 'default']))
        const source = sourceOfBuiltFile[built]
        if (source === undefined) return { errors: [{ text: `no source for ${built}` }] }
        return { path: `${root}${source}` }
      })
    },
  }
}

async function bundle(platform: 'browser' | 'node', entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'server',
    platform,
    conditions: [],
    plugins: [packageExports([platform])],
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

function run(code: string, globals: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = { TextEncoder, TextDecoder, crypto, ...globals }
  runInNewContext(code, context)
  return context.server as Record<string, unknown>
}

describe('importing storefront-auth/server', () => {
  it('fails loudly with the reason when a browser bundle imports it', async () => {
    const code = await bundle(
      'browser',
      "import { generateMultipassToken } from 'storefront-auth/server'\n" +
        'export const token = generateMultipassToken',
    )
    expect(() => run(code, { window: {}, document: {} })).toThrow(nodeOnlyMessage)
    expect(nodeOnlyMessage).toMatch(/^storefront-auth\/server is Node-only: it holds secrets/)
  })

  it('keeps the secret-handling code out of a browser bundle', async () => {
    const code = await bundle('browser', "import 'storefront-auth/server'")
    expect(code).toContain('is Node-only')
    expect(code).not.toContain('X-Shopify-Access-Token')
    expect(code).not.toContain('AES-CBC')
  })

  it('loads on Node and gives the helpers', async () => {
    const code = await bundle('node', "export * from 'storefront-auth/server'")
    const server = run(code, {})
    expect(typeof server.generateMultipassToken).toBe('function')
    expect(typeof server.createStorefrontAccessToken).toBe('function')
  })

  it('refuses to load where a DOM exists even when the browser condition was bypassed', async () => {
    const code = await bundle('node', "export * from 'storefront-auth/server'")
    expect(() => run(code, { window: {}, document: {} })).toThrow(nodeOnlyMessage)
  })

  it('lets a browser bundle name every export of the Node entry, so the build reaches the message', async () => {
    const exportsOf = async (file: string): Promise<string[]> => {
      const result = await build({
        entryPoints: [`${root}${file}`],
        bundle: true,
        write: false,
        format: 'esm',
        metafile: true,
        outdir: '/tmp/storefront-auth-exports',
        logLevel: 'silent',
      })
      return Object.values(result.metafile.outputs)[0]?.exports.slice().sort() ?? []
    }
    expect(await exportsOf('src/server/browser.ts')).toEqual(await exportsOf('src/server/index.ts'))
  })
})
