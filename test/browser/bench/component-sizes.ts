import { gzipSync } from 'node:zlib'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build, transform } from 'esbuild'

const root = fileURLToPath(new URL('../../../', import.meta.url))

/** The package's peers: an app already has them, so they are never counted. */
const peers = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'urql',
  '@urql/core',
  'graphql',
]

async function minifiedGzipBytes(source: string): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    treeShaking: true,
    external: peers,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength }
}

export interface ComponentSizes {
  /** Provider + the hooks the components use, alone (the baseline). */
  readonly baseline: { readonly min: number; readonly gzip: number }
  /** The baseline plus `LoginForm` and `AccountBadge`. */
  readonly withComponents: { readonly min: number; readonly gzip: number }
  /** What the two components add, min+gzip bytes. Budget: 5 KiB. */
  readonly componentsGzip: number
  /** `styles.css` minified and gzipped, bytes. Budget: 2.5 KiB. */
  readonly stylesGzip: number
}

/**
 * What an app pays for `LoginForm` + `AccountBadge` on top of `CustomerAuthProvider` and the
 * hooks they use (peers external), and for the default theme.
 */
export async function measureComponentSizes(): Promise<ComponentSizes> {
  const hooks = `export { CustomerAuthProvider, useCustomerAuth, useLogin, useLogout, useCustomer } from './src/react/index.ts'`
  const baseline = await minifiedGzipBytes(hooks)
  const withComponents = await minifiedGzipBytes(
    `${hooks}\nexport { LoginForm, AccountBadge } from './src/components/index.ts'`,
  )
  const css = await readFile(`${root}src/styles.css`, 'utf8')
  const minifiedCss = (await transform(css, { loader: 'css', minify: true })).code
  return {
    baseline,
    withComponents,
    componentsGzip: withComponents.gzip - baseline.gzip,
    stylesGzip: gzipSync(minifiedCss, { level: 9 }).byteLength,
  }
}
