import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/testing/index.js'

export interface TestApp {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string
  readonly emulator: Emulator
  close(): Promise<void>
}

const entry = fileURLToPath(new URL('./app/test-app.tsx', import.meta.url))

/** Bundles the test page once per process (esbuild, in memory): about a second. */
let bundled: Promise<{ js: string; css: string }> | undefined
function bundleTestApp(): Promise<{ js: string; css: string }> {
  bundled ??= build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    outdir: 'out',
    // Development React: the Profiler's commit counts only exist there.
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => {
    const text = (extension: string) =>
      result.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? ''
    return { js: text('.js'), css: text('.css') }
  })
  return bundled
}

/**
 * A page with the provider, `AccountBadge` and `LoginForm`, served on localhost together with
 * the emulator mounted as middleware on the same origin (as a storefront's dev server would).
 */
export async function startTestApp(options: EmulatorOptions = {}): Promise<TestApp> {
  const { js, css } = await bundleTestApp()
  const emulator = createEmulator(options)
  const config = JSON.stringify({
    storefrontPath: emulator.storefrontPath,
    storefrontAccessToken: emulator.storefrontAccessToken,
  })
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>storefront-auth test app</title>
<link rel="stylesheet" href="/app.css"></head><body><div id="root"></div>
<script>window.__TEST_APP__ = ${config}</script><script type="module" src="/app.js"></script></body></html>`

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const send = (type: string, body: string) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
      res.end(body)
    }
    if (path === '/') return send('text/html; charset=utf-8', html)
    if (path === '/app.js') return send('text/javascript; charset=utf-8', js)
    if (path === '/app.css') return send('text/css; charset=utf-8', css)
    emulator.middleware(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('Not found')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    emulator,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
