import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer, type InlineConfig, type UserConfigExport, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, it } from 'vitest'
import {
  quickStartBlock,
  readReadme,
  runQuickStartWalkthrough,
} from '../../examples/test/readme-quick-start.js'
import { launchChromium, type ChromiumSession } from './launch-chromium.js'

/**
 * The README's quick start, as a reader follows it: its `vite.config.ts` and `src/main.tsx`
 * blocks, copied verbatim into a Vite app (the index.html of Vite's react-ts template), served by
 * Vite's dev server with the emulator plugin the config declares, and used in Chromium: sign in,
 * reload, a second tab, sign out. Only the package name resolves to this repository's sources.
 */
const root = join(import.meta.dirname, '../..')
const readme = readReadme(root)

const quickStart = (name: string): string => quickStartBlock(readme, name)

// Inside the repository, so `vite`, `react` and `@vitejs/plugin-react` resolve as in an app.
const appDir = join(root, 'test/browser/.quick-start-app')
const entries = {
  'storefront-auth/testing': join(root, 'src/testing/index.ts'),
  'storefront-auth/styles.css': join(root, 'src/styles.css'),
  'storefront-auth': join(root, 'src/index.ts'),
}

let server: ViteDevServer
let url: string
let chromium: ChromiumSession

beforeAll(async () => {
  rmSync(appDir, { recursive: true, force: true })
  mkdirSync(join(appDir, 'src'), { recursive: true })
  // Vite's react-ts template's page, which the quick start keeps.
  writeFileSync(
    join(appDir, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><title>my-storefront</title></head>\n<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  )
  writeFileSync(join(appDir, 'src/main.tsx'), quickStart('main'))
  // The config is loaded here (not by Vite's config loader) so its import of the emulator
  // resolves to the sources; the file is the README's block otherwise unchanged.
  const configSource = quickStart('vite-config').replace(
    "from 'storefront-auth/testing'",
    `from '${entries['storefront-auth/testing']}'`,
  )
  writeFileSync(join(appDir, 'vite.config.ts'), configSource)
  const { default: exported } = (await import(
    /* @vite-ignore */ join(appDir, 'vite.config.ts')
  )) as { default: UserConfigExport }
  // As `vite` (dev) calls it.
  const config = (await (typeof exported === 'function'
    ? exported({ command: 'serve', mode: 'development' })
    : exported)) as InlineConfig

  server = await createServer({
    ...config,
    configFile: false,
    root: appDir,
    cacheDir: join(appDir, '.vite'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    resolve: {
      alias: Object.entries(entries).map(([name, path]) => ({
        find: new RegExp(`^${name.replace('/', '\\/').replace('.', '\\.')}$`),
        replacement: path,
      })),
    },
  })
  await server.listen()
  url = server.resolvedUrls?.local[0] ?? ''
  chromium = await launchChromium()
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
  rmSync(appDir, { recursive: true, force: true })
})

describe('the README quick start', () => {
  it('signs Ada in on the emulator, survives a reload and a second tab, and signs out everywhere', async () => {
    // The same walkthrough `npm run examples` runs in a fresh app with the packed package.
    await runQuickStartWalkthrough(chromium.context, url)
  })
})
