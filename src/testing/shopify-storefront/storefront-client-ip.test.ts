import { createServer, type Server } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateMultipassToken } from '../../multipass/multipass-token.js'
import { createEmulator, type Emulator } from '../index.js'
import { multipass, type TokenPayload } from '../test-support/storefront-operations.js'

/**
 * The client IP is observed through what depends on it: a Multipass token bound to one IP
 * (`remote_ip`) signs in only from that IP.
 */
const start = new Date('2026-05-01T10:00:00Z')
const loopback = '127.0.0.1'
const buyer = '203.0.113.7'
const inProcess = '198.51.100.1'

let emulator: Emulator
let baseUrl: string
const servers: Server[] = []

beforeEach(async () => {
  // A distinct in-process address, so a test can tell the socket's address from the default.
  emulator = createEmulator({ startTime: start, inProcessClientIp: inProcess })
  baseUrl = await emulator.listen()
})
afterEach(async () => {
  await emulator.close()
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  )
})

const publicToken = (): Record<string, string> => ({
  'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
})
const privateToken = (): Record<string, string> => ({
  'Shopify-Storefront-Private-Token': emulator.privateStorefrontAccessToken,
})

/** Whether a fresh token bound to `remoteIp` signs in when sent with these headers. */
async function signsInFrom(
  remoteIp: string,
  headers: Record<string, string>,
  send: (url: string, init: RequestInit) => Promise<Response> = fetch,
  base = baseUrl,
): Promise<boolean> {
  const multipassToken = await generateMultipassToken(
    emulator.multipassSecret,
    { email: 'ada@example.com', remote_ip: remoteIp },
    { now: new Date(emulator.clock.now()) },
  )
  const response = await send(base + emulator.storefrontPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: multipass, variables: { multipassToken } }),
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as {
    data: { customerAccessTokenCreateWithMultipass: TokenPayload }
    errors?: unknown
  }
  expect(body.errors).toBeUndefined()
  const payload = body.data.customerAccessTokenCreateWithMultipass
  if (payload.customerAccessToken === null)
    expect(payload.customerUserErrors.map((error) => error.code)).toEqual([
      'INVALID_MULTIPASS_REQUEST',
    ])
  return payload.customerAccessToken !== null
}

describe('the client IP of a Storefront request', () => {
  it("is the connection's address over HTTP with a public token", async () => {
    expect(await signsInFrom(loopback, publicToken())).toBe(true)
    expect(await signsInFrom(buyer, publicToken())).toBe(false)
    expect(await signsInFrom(inProcess, publicToken())).toBe(false)
  })

  it('is the Shopify-Storefront-Buyer-IP header with a private token', async () => {
    const headers = { ...privateToken(), 'Shopify-Storefront-Buyer-IP': buyer }
    expect(await signsInFrom(buyer, headers)).toBe(true)
    expect(await signsInFrom(loopback, headers)).toBe(false)
  })

  it("is the connection's address with a private token and no or an empty Buyer-IP header", async () => {
    expect(await signsInFrom(loopback, privateToken())).toBe(true)
    expect(await signsInFrom(buyer, privateToken())).toBe(false)
    const empty = { ...privateToken(), 'Shopify-Storefront-Buyer-IP': '' }
    expect(await signsInFrom(loopback, empty)).toBe(true)
  })

  it('ignores a Buyer-IP header sent with a public token', async () => {
    const headers = { ...publicToken(), 'Shopify-Storefront-Buyer-IP': buyer }
    expect(await signsInFrom(buyer, headers)).toBe(false)
    expect(await signsInFrom(loopback, headers)).toBe(true)
  })

  it('reads an IPv4-mapped IPv6 Buyer-IP as the IPv4 address', async () => {
    const headers = { ...privateToken(), 'Shopify-Storefront-Buyer-IP': `::FFFF:${buyer}` }
    expect(await signsInFrom(buyer, headers)).toBe(true)
  })

  it("is the socket's address behind the Connect middleware", async () => {
    const server = createServer((req, res) => {
      emulator.middleware(req, res, () => {
        res.writeHead(404)
        res.end()
      })
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, loopback, resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no address')
    const base = `http://${loopback}:${address.port}`
    expect(await signsInFrom(loopback, publicToken(), fetch, base)).toBe(true)
    expect(await signsInFrom(inProcess, publicToken(), fetch, base)).toBe(false)
  })

  it('is the inProcessClientIp option for emulator.fetch, 127.0.0.1 by default', async () => {
    const inProcessFetch = (url: string, init: RequestInit) => emulator.fetch(url, init)
    expect(await signsInFrom(inProcess, publicToken(), inProcessFetch, '')).toBe(true)
    expect(await signsInFrom(loopback, publicToken(), inProcessFetch, '')).toBe(false)
    const withBuyer = { ...privateToken(), 'Shopify-Storefront-Buyer-IP': buyer }
    expect(await signsInFrom(buyer, withBuyer, inProcessFetch, '')).toBe(true)

    await emulator.close()
    emulator = createEmulator({ startTime: start })
    const defaultFetch = (url: string, init: RequestInit) => emulator.fetch(url, init)
    expect(await signsInFrom(loopback, publicToken(), defaultFetch, '')).toBe(true)
  })
})
