// Runs every app in examples/ the way a user would: packs this package (its built dist), installs
// the tarball into each example, builds it, starts it on a free localhost port and walks through
// sign-in, reload, a second tab and sign-out in Chromium. Then it follows the README's quick
// start in a fresh Vite app (its install line with the tarball, its two files verbatim, `vite`).
// `npm run examples` (after `npm run build`); `npm run examples -- vite-shopify` runs one
// (`readme-quick-start` names the last step); `--update-locks` rewrites the examples'
// package-lock.json files after a dependency change.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { examples, type Example } from '../examples/test/examples.js'
import {
  readmeInstallLine,
  readReadme,
  runQuickStartWalkthrough,
  writeQuickStartApp,
} from '../examples/test/readme-quick-start.js'
import { runScenario } from '../examples/test/scenario.js'
import type { BrowserContext } from 'playwright-core'
import { launchChromium } from '../test/browser/launch-chromium.js'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const examplesDir = join(root, 'examples')
/** Where the examples' package.json files point: `"storefront-auth": "file:../storefront-auth.tgz"`. */
const tarball = join(examplesDir, 'storefront-auth.tgz')
const serverStartTimeoutMs = 60_000
const pollIntervalMs = 250

// Only localhost is reachable on CI: Next.js must not try to send its usage telemetry.
process.env.NEXT_TELEMETRY_DISABLED = '1'

const args = process.argv.slice(2)
const updateLocks = args.includes('--update-locks')
const only = args.filter((arg) => !arg.startsWith('--'))

function run(command: string, commandArgs: string[], cwd: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, { cwd, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${command} ${commandArgs.join(' ')} failed (${code}) in ${cwd}`)),
    )
  })
}

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await step()
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return result
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise))
  const address = server.address()
  await new Promise((resolvePromise) => server.close(resolvePromise))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

async function packLibrary(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'index.js')))
    throw new Error('dist/ is missing: run `npm run build` first.')
  const destination = await mkdtemp(join(tmpdir(), 'storefront-auth-pack-'))
  await run('npm', ['pack', '--silent', '--pack-destination', destination], root)
  const [packed] = (await readdir(destination)).filter((name) => name.endsWith('.tgz'))
  if (!packed) throw new Error('npm pack wrote no tarball')
  renameSync(join(destination, packed), tarball)
  await rm(destination, { recursive: true, force: true })
}

/**
 * The tarball changes with every build, so the locks leave its integrity out (npm ci then takes
 * the file as it is); everything else in them is pinned.
 */
function dropTarballIntegrity(lockPath: string): void {
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as {
    packages: Record<string, { integrity?: string }>
  }
  const entry = lock.packages['node_modules/storefront-auth']
  if (entry) delete entry.integrity
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`)
}

async function install(example: Example, dir: string): Promise<void> {
  const lock = join(dir, 'package-lock.json')
  if (updateLocks || !existsSync(lock)) {
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir)
    dropTarballIntegrity(lock)
  } else await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir)
  void example
}

async function waitForServer(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + serverStartTimeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      // Any answer means it listens; whether the page works is the browser test's to say.
      await fetch(origin)
      return
    } catch {
      // not listening yet
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, pollIntervalMs))
  }
  throw new Error(`${origin} did not answer within ${serverStartTimeoutMs / 1000} s`)
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve()
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()))
  // The server runs in its own process group (detached): end it with everything it spawned.
  process.kill(-child.pid, 'SIGTERM')
  return exited
}

async function runExample(example: Example): Promise<void> {
  const dir = join(examplesDir, example.name)
  console.log(`\n▶ ${example.name}`)
  await timed('install', () => install(example, dir))
  await timed('build', () => run('npm', ['run', 'build', '--silent'], dir))
  await serveAndWalk(example.name, dir, example.start, (context, origin) =>
    runScenario(context, origin, example),
  )
}

/** Starts the app's server on a free port, runs the walkthrough in a fresh Chromium, stops both. */
async function serveAndWalk(
  name: string,
  dir: string,
  start: (port: number) => string[],
  walkthrough: (context: BrowserContext, origin: string) => Promise<void>,
): Promise<void> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const [command, ...commandArgs] = start(port)
  if (!command) throw new Error(`${name}: no start command`)
  const server = spawn(command, commandArgs, {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port) },
  })
  let serverOutput = ''
  server.stdout?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()))
  const chromium = await launchChromium()
  try {
    await timed('start', () => waitForServer(origin, server))
    await timed('browser test', () => walkthrough(chromium.context, origin))
  } catch (error) {
    console.error(`--- ${name} server output ---\n${serverOutput}`)
    throw error
  } finally {
    await chromium.close()
    await stop(server)
  }
}

/** The README's quick start, step by step, in a fresh app (examples/.readme-quick-start). */
async function runReadmeQuickStart(): Promise<void> {
  const dir = join(examplesDir, '.readme-quick-start')
  console.log('\n▶ readme-quick-start')
  const readme = readReadme(root)
  writeQuickStartApp(dir, readme)
  const [npm, ...installArgs] = readmeInstallLine(readme).map((word) =>
    word === 'storefront-auth' ? tarball : word,
  )
  await timed('install', async () => {
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir)
    await run(npm ?? 'npm', [...installArgs, '--no-audit', '--no-fund', '--loglevel=error'], dir)
  })
  await serveAndWalk(
    'readme-quick-start',
    dir,
    (port) => [
      'node_modules/.bin/vite',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    runQuickStartWalkthrough,
  )
  await rm(dir, { recursive: true, force: true })
}

const quickStartName = 'readme-quick-start'
const selected =
  only.length === 0 ? examples : examples.filter((example) => only.includes(example.name))
const steps: Array<{ name: string; run: () => Promise<void> }> = selected.map((example) => ({
  name: example.name,
  run: () => runExample(example),
}))
if (only.length === 0 || only.includes(quickStartName))
  steps.push({ name: quickStartName, run: runReadmeQuickStart })
const started = performance.now()
await timed('pack', packLibrary)
let passed = 0
let failed = 0
for (const step of steps) {
  try {
    await step.run()
    passed++
    console.log(`✓ ${step.name}`)
  } catch (error) {
    failed++
    console.error(`✗ ${step.name}:`, error)
  }
}
console.log(`\nexamples: ${((performance.now() - started) / 1000).toFixed(1)} s`)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
