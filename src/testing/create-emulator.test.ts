import { createServer, type Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, emulatorDefaults, type Emulator } from './index.js'
import { login } from './test-support/storefront-operations.js'

const emulators: Emulator[] = []
const servers: Server[] = []

function make(options?: Parameters<typeof createEmulator>[0]): Emulator {
  const emulator = createEmulator(options)
  emulators.push(emulator)
  return emulator
}

afterEach(async () => {
  await Promise.all(emulators.splice(0).map((emulator) => emulator.close()))
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  )
})

function loginInit(emulator: Emulator, password = 'analytical-engine'): RequestInit {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
    },
    body: JSON.stringify({
      query: login,
      variables: { input: { email: 'ada@example.com', password } },
    }),
  }
}

describe('createEmulator', () => {
  it('uses the documented defaults', () => {
    const emulator = make()
    expect(emulator).toMatchObject({
      apiVersion: '2026-04',
      shopDomain: 'emulator.myshopify.com',
      storefrontPath: '/api/2026-04/graphql.json',
      adminPath: '/admin/api/2026-04/graphql.json',
      adobeCommercePath: '/graphql',
      storefrontAccessToken: emulatorDefaults.storefrontAccessToken,
      privateStorefrontAccessToken: emulatorDefaults.privateStorefrontAccessToken,
      adminAccessToken: emulatorDefaults.adminAccessToken,
      adobeAdminToken: emulatorDefaults.adobeAdminToken,
      multipassSecret: emulatorDefaults.multipassSecret,
      url: undefined,
    })
    expect(emulator.shopify.customers().map((customer) => customer.email)).toContain(
      'ada@example.com',
    )
    expect(emulator.adobeCommerce.customers().map((customer) => customer.email)).toContain(
      'ada@example.com',
    )
  })

  it('takes its tokens, customers and start time from options', async () => {
    const emulator = make({
      storefrontAccessToken: 'sf',
      customers: [{ email: 'only@example.com', password: 'only-one' }],
      startTime: '2030-01-01T00:00:00Z',
    })
    expect(emulator.clock.now()).toBe(Date.parse('2030-01-01T00:00:00Z'))
    expect(emulator.shopify.customers().map((customer) => customer.email)).toEqual([
      'only@example.com',
    ])
    const response = await emulator.fetch(emulator.storefrontPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Shopify-Storefront-Access-Token': 'sf' },
      body: JSON.stringify({
        query: login,
        variables: { input: { email: 'only@example.com', password: 'only-one' } },
      }),
    })
    const body = (await response.json()) as {
      data: { customerAccessTokenCreate: { customerAccessToken: { expiresAt: string } } }
    }
    expect(body.data.customerAccessTokenCreate.customerAccessToken.expiresAt).toBe(
      '2030-02-12T00:00:00Z',
    )
  })

  it('refuses unusable options with typed errors', () => {
    expect(() => createEmulator({ loginAttemptLimit: 0 })).toThrow(RangeError)
    expect(() => createEmulator({ customerAccessTokenLifetimeMs: -1 })).toThrow(RangeError)
    expect(() => createEmulator({ recoverRequestLimit: 0 })).toThrow(RangeError)
    expect(() => createEmulator({ recoverWindowMs: Number.NaN })).toThrow(RangeError)
    expect(() => createEmulator({ storefrontAccessToken: '' })).toThrow(TypeError)
    expect(() => createEmulator({ inProcessClientIp: ' ' })).toThrow(TypeError)
    expect(() => createEmulator({ startTime: 'not a date' })).toThrow(TypeError)
  })
})

describe('listen', () => {
  it('serves on an ephemeral localhost port and stops on close', async () => {
    const emulator = make()
    const url = await emulator.listen()
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(emulator.url).toBe(url)
    expect((await fetch(url + emulator.storefrontPath, loginInit(emulator))).status).toBe(200)
    await expect(emulator.listen()).rejects.toThrow(/already listening/)
    await emulator.close()
    expect(emulator.url).toBeUndefined()
    await expect(fetch(url + emulator.storefrontPath, loginInit(emulator))).rejects.toThrow(
      TypeError,
    )
  })

  it('answers 404 outside its paths', async () => {
    const emulator = make()
    const url = await emulator.listen()
    const outside = await fetch(url + '/elsewhere')
    expect(outside.status).toBe(404)
    expect(await outside.json()).toEqual({ errors: 'Not Found' })
  })
})

describe('fetch and handle', () => {
  it('answers in-process, routing by pathname whatever the origin', async () => {
    const emulator = make()
    for (const input of [
      emulator.storefrontPath,
      `https://shop.example${emulator.storefrontPath}`,
      new URL(`http://x${emulator.storefrontPath}`),
    ]) {
      const response = await emulator.fetch(input, loginInit(emulator))
      expect(response.status).toBe(200)
    }
    const viaHandle = await emulator.handle(
      new Request(`http://any.host${emulator.storefrontPath}`, loginInit(emulator)),
    )
    expect(viaHandle.status).toBe(200)
    expect((await emulator.handle(new Request('http://any.host/nope'))).status).toBe(404)
  })
})

describe('middleware', () => {
  it('answers emulator paths inside another server and passes other paths on', async () => {
    const emulator = make()
    const server = createServer((req, res) => {
      emulator.middleware(req, res, () => {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end('app')
      })
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no address')
    const base = `http://127.0.0.1:${address.port}`
    const api = await fetch(base + emulator.storefrontPath, loginInit(emulator))
    expect(api.status).toBe(200)
    expect(((await api.json()) as { data: unknown }).data).toHaveProperty(
      'customerAccessTokenCreate.customerAccessToken.accessToken',
    )
    expect(await (await fetch(base + '/index.html')).text()).toBe('app')
    expect(await (await fetch(base + '/rest/of/the/app')).text()).toBe('app')
    const adobeRest = await fetch(base + '/rest/V1/customer/1/otp', { method: 'POST' })
    expect(adobeRest.status).toBe(401) // Adobe's REST door answers (no admin token given)

    emulator.faults.add({ kind: 'drop' })
    await expect(fetch(base + emulator.storefrontPath, loginInit(emulator))).rejects.toThrow(
      TypeError,
    )
  })

  it('leaves the body of a request it does not answer for the next handler', async () => {
    const emulator = make()
    const server = createServer((req, res) => {
      emulator.middleware(req, res, () => {
        let body = ''
        req.setEncoding('utf8')
        req.on('data', (chunk: string) => (body += chunk))
        req.on('end', () => {
          res.writeHead(200, { 'content-type': 'text/plain' })
          res.end(`app read: ${body}`)
        })
      })
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no address')
    const answer = await fetch(`http://127.0.0.1:${address.port}/cart/add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":1}',
      signal: AbortSignal.timeout(2_000),
    })
    expect(await answer.text()).toBe('app read: {"id":1}')
  })
})

describe('requests', () => {
  it('counts requests per endpoint, operation and root field, and resets', async () => {
    const emulator = make()
    const url = await emulator.listen()
    await fetch(url + emulator.storefrontPath, loginInit(emulator))
    await fetch(url + emulator.storefrontPath, loginInit(emulator, 'wrong-password'))
    await fetch(url + emulator.adminPath, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'X-Shopify-Access-Token': emulator.adminAccessToken,
      },
      body: JSON.stringify({
        query: 'query Tokens { shop { storefrontAccessTokens(first: 1) { nodes { id } } } }',
      }),
    })
    await fetch(url + emulator.adobeCommercePath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Me { customer { email } }' }),
    })
    expect(emulator.requests.count()).toBe(4)
    expect(emulator.requests.count({ endpoint: 'storefront' })).toBe(2)
    expect(
      emulator.requests.count({ operationName: 'Login', field: 'customerAccessTokenCreate' }),
    ).toBe(2)
    expect(emulator.requests.count({ endpoint: 'admin', field: 'shop' })).toBe(1)
    expect(
      emulator.requests.entries.map(({ endpoint, operationName, fields, status }) => ({
        endpoint,
        operationName,
        fields,
        status,
      })),
    ).toEqual([
      {
        endpoint: 'storefront',
        operationName: 'Login',
        fields: ['customerAccessTokenCreate'],
        status: 200,
      },
      {
        endpoint: 'storefront',
        operationName: 'Login',
        fields: ['customerAccessTokenCreate'],
        status: 200,
      },
      { endpoint: 'admin', operationName: 'Tokens', fields: ['shop'], status: 200 },
      {
        endpoint: 'adobe-commerce',
        operationName: 'Me',
        fields: ['customer'],
        status: expect.any(Number),
      },
    ])
    emulator.requests.reset()
    expect(emulator.requests.count()).toBe(0)
  })
})
