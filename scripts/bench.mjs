// `npm run bench`: prints what an app pays for the library and how often it renders and calls
// the API, compares each figure with its budget (issues 3 and 4), and exits non-zero past one.
// Timings are never budgets here: sizes and counts are repeatable, wall-clock time is not.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const KiB = 1024
// Peers an app already has; @0no-co/graphql.web is urql's own parser, shared with it.
const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'urql',
  '@urql/core',
  'graphql',
  '@0no-co/graphql.web',
]

async function gzipSizeOf(imports) {
  const result = await build({
    stdin: {
      contents: `export { ${imports.join(', ')} } from './src/index.ts'`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    external,
    write: false,
    logLevel: 'error',
  })
  const code = result.outputFiles[0].contents
  return gzipSync(code, { level: 9 }).length
}

const rows = []
function check(label, bytes, budget) {
  rows.push({ label, value: `${(bytes / KiB).toFixed(2)} KiB`, budget: `${(budget / KiB).toFixed(2)} KiB`, ok: bytes <= budget })
}

const hooks = ['CustomerAuthProvider', 'useLogin', 'useCustomer']
const shopify = await gzipSizeOf([...hooks, 'shopifyStorefront'])
const adobe = await gzipSizeOf([...hooks, 'adobeCommerce'])
check('Provider + useLogin + useCustomer + shopifyStorefront (min+gzip)', shopify, 6 * KiB)
check('Provider + useLogin + useCustomer + adobeCommerce (min+gzip)', adobe, 6 * KiB)

const withComponents = await gzipSizeOf([...hooks, 'shopifyStorefront', 'LoginForm', 'AccountBadge'])
check('LoginForm + AccountBadge on top of provider and hooks (min+gzip)', withComponents - shopify, 5 * KiB)
const css = gzipSync(readFileSync('src/styles.css'), { level: 9 }).length
check('styles.css (gzip)', css, 2.5 * KiB)

console.log('\nBundle sizes (peers external: react, react-dom, react-query, urql, graphql)')
for (const row of rows)
  console.log(`${row.ok ? 'ok  ' : 'OVER'} ${row.label.padEnd(70)} ${row.value.padStart(10)}  budget ${row.budget}`)

// Renders and requests: measured by the bench project of vitest (React Profiler, emulator
// request counters), which prints its figures and fails past its budgets.
console.log('\nRenders and requests')
const vitest = spawnSync('npx', ['vitest', 'run', '--project', 'bench'], { stdio: 'inherit' })

const failed = rows.filter((row) => !row.ok).length + (vitest.status === 0 ? 0 : 1)
if (failed > 0) {
  console.error(`\n${failed} benchmark(s) past budget`)
  process.exit(1)
}
console.log('\nAll benchmarks within budget')
