import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createServer,
  preview,
  type InlineConfig,
  type Logger,
  type PreviewServer,
  type ViteDevServer,
} from 'vite'
import { createEmulator } from './create-emulator.js'
import { sampleCustomers } from './sample-customers.js'
import { login } from './test-support/storefront-operations.js'
import { storefrontAuthEmulator } from './vite-plugin.js'

const minute = 60_000

let root: string
const servers: Array<ViteDevServer | PreviewServer> = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'storefront-auth-vite-'))
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="/main.js"></script></body></html>',
  )
  await writeFile(
    join(root, 'main.js'),
    'export const config = [import.meta.env.VITE_SHOPIFY_STOREFRONT_ENDPOINT, import.meta.env.VITE_SHOPIFY_STOREFRONT_TOKEN, import.meta.env.VITE_ADOBE_COMMERCE_ENDPOINT]\n',
  )
})

afterEach(async () => {
  vi.useRealTimers()
  await Promise.all(servers.splice(0).map((server) => server.close()))
  await rm(root, { recursive: true, force: true })
})

/** A Vite logger that keeps what it was told, to read the banner. */
function recordingLogger(): Logger & { readonly infos: string[]; readonly warns: string[] } {
  const infos: string[] = []
  const warns: string[] = []
  return {
    infos,
    warns,
    info: (message) => void infos.push(message),
    warn: (message) => void warns.push(message),
    warnOnce: (message) => void warns.push(message),
    error: () => {},
    clearScreen: () => {},
    hasErrorLogged: () => false,
    hasWarned: false,
  }
}

function baseConfig(logger: Logger, plugin = storefrontAuthEmulator()): InlineConfig {
  return {
    root,
    configFile: false,
    envFile: false,
    customLogger: logger,
    plugins: [plugin],
    server: { host: '127.0.0.1', port: 0 },
    preview: { host: '127.0.0.1', port: 0 },
  }
}

async function startDevServer(config: InlineConfig): Promise<string> {
  const server = await createServer(config)
  servers.push(server)
  await server.listen()
  const { port } = server.httpServer?.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

async function signIn(origin: string): Promise<{ expiresAt: string } | null> {
  const response = await fetch(`${origin}/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'X-Shopify-Storefront-Access-Token': 'emulator-public-storefront-token',
    },
    body: JSON.stringify({
      query: login,
      variables: { input: { email: 'ada@example.com', password: 'analytical-engine' } },
    }),
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as {
    data: { customerAccessTokenCreate: { customerAccessToken: { expiresAt: string } | null } }
  }
  return body.data.customerAccessTokenCreate.customerAccessToken
}

describe('storefrontAuthEmulator() in a Vite dev server', () => {
  it('answers the Storefront API over HTTP on the app origin and leaves other paths to Vite', async () => {
    const origin = await startDevServer(baseConfig(recordingLogger()))
    expect(await signIn(origin)).toMatchObject({ expiresAt: expect.any(String) })
    const page = await fetch(`${origin}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('/main.js')
    const adobe = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { generateCustomerToken(email: "grace@example.com", password: "compiler-1952") { token } }',
      }),
    })
    const adobeBody = (await adobe.json()) as { data: { generateCustomerToken: { token: string } } }
    expect(adobeBody.data.generateCustomerToken.token).toEqual(expect.any(String))
  })

  it('gives the app the endpoints and token as import.meta.env values', async () => {
    const origin = await startDevServer(baseConfig(recordingLogger()))
    const module = await (await fetch(`${origin}/main.js`)).text()
    expect(module).toContain('"/api/2026-04/graphql.json"')
    expect(module).toContain('"emulator-public-storefront-token"')
    expect(module).toContain('"/graphql"')
  })

  it('prints the endpoints, the public token and the sample customers once, when it listens', async () => {
    const logger = recordingLogger()
    const origin = await startDevServer(baseConfig(logger))
    const banners = logger.infos.filter((text) => text.includes('storefront-auth emulator'))
    expect(banners).toHaveLength(1)
    const banner = banners[0] ?? ''
    const localOrigin = origin.replace('127.0.0.1', 'localhost')
    expect(banner).toContain(`${localOrigin}/api/2026-04/graphql.json`)
    expect(banner).toContain(`${localOrigin}/graphql`)
    expect(banner).toContain(`Mails sent (outbox)     ${localOrigin}/emulator/outbox`)
    expect(banner).toContain('X-Shopify-Storefront-Access-Token: emulator-public-storefront-token')
    expect(banner).toContain('clock: real time')
    for (const customer of sampleCustomers) expect(banner).toContain(customer.email)
    expect(banner).toMatch(/ada@example\.com\s+analytical-engine\n/)
    expect(banner).toMatch(/disabled@example\.com\s+disabled-pass\s+\(disabled/)
    // The private and admin credentials stay out of an app's dev server output.
    expect(banner).not.toContain('emulator-private-storefront-token')
    expect(banner).not.toContain('shpat_')
  })

  it('runs a real-time clock: sign-ins minutes apart expire minutes apart', async () => {
    const origin = await startDevServer(baseConfig(recordingLogger()))
    // Only Date is faked: Vite and the sockets keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-03T10:00:00Z') })
    const first = await signIn(origin)
    vi.setSystemTime(Date.parse('2026-12-03T10:03:00Z'))
    const second = await signIn(origin)
    expect(Date.parse(second?.expiresAt ?? '') - Date.parse(first?.expiresAt ?? '')).toBe(
      3 * minute,
    )
  })

  it('mounts a given emulator, whose state the caller keeps', async () => {
    const emulator = createEmulator()
    const origin = await startDevServer(
      baseConfig(recordingLogger(), storefrontAuthEmulator({ emulator, printBanner: false })),
    )
    await signIn(origin)
    expect(emulator.requests.count({ operationName: 'Login' })).toBe(1)
  })

  it('says so when it replaces a value from the app env files', async () => {
    await writeFile(join(root, '.env'), 'VITE_SHOPIFY_STOREFRONT_TOKEN=real-shop-token\n')
    const logger = recordingLogger()
    await startDevServer({ ...baseConfig(logger), envFile: undefined })
    expect(logger.warns.join('\n')).toMatch(
      /VITE_SHOPIFY_STOREFRONT_TOKEN from your env is replaced by the emulator's value/,
    )
  })
})

describe('storefrontAuthEmulator() in vite preview', () => {
  it('serves the emulator beside the built files', async () => {
    await mkdir(join(root, 'dist'))
    await writeFile(join(root, 'dist', 'index.html'), '<!doctype html><title>built</title>')
    const logger = recordingLogger()
    const server = await preview(baseConfig(logger))
    servers.push(server)
    const { port } = server.httpServer.address() as AddressInfo
    const origin = `http://127.0.0.1:${port}`
    expect(await signIn(origin)).toMatchObject({ expiresAt: expect.any(String) })
    expect(await (await fetch(`${origin}/`)).text()).toContain('built')
    expect(logger.infos.filter((text) => text.includes('storefront-auth emulator'))).toHaveLength(1)
  })
})
