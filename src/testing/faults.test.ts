import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEmulator, type Emulator } from './index.js'
import { storefrontClient } from './test-support/graphql-over-http.js'
import { login, logout, renew, type TokenPayload } from './test-support/storefront-operations.js'

let emulator: Emulator
let baseUrl: string
let send: ReturnType<typeof storefrontClient>

beforeEach(async () => {
  emulator = createEmulator()
  baseUrl = await emulator.listen()
  send = storefrontClient(baseUrl, emulator)
})
afterEach(async () => {
  vi.useRealTimers()
  await emulator.close()
})

const credentials = { input: { email: 'ada@example.com', password: 'analytical-engine' } }

function loginRequest(): RequestInit {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
    },
    body: JSON.stringify({ query: login, variables: credentials }),
  }
}

async function signIn(): Promise<string> {
  const result = await send<{ customerAccessTokenCreate: TokenPayload }>(login, credentials)
  const token = result.data?.customerAccessTokenCreate.customerAccessToken?.accessToken
  if (!token) throw new Error('sign-in failed')
  return token
}

describe('faults', () => {
  it('answers the next N matching requests with a status, then recovers', async () => {
    const fault = emulator.faults.add({
      endpoint: 'storefront',
      kind: 'status',
      status: 503,
      times: 2,
    })
    const first = await fetch(baseUrl + emulator.storefrontPath, loginRequest())
    expect(first.status).toBe(503)
    expect(await first.json()).toEqual({ errors: [{ message: 'Emulated fault: HTTP 503' }] })
    expect((await fetch(baseUrl + emulator.storefrontPath, loginRequest())).status).toBe(503)
    expect((await fetch(baseUrl + emulator.storefrontPath, loginRequest())).status).toBe(200)
    expect(fault).toMatchObject({ hits: 2, remaining: 0 })
    expect(emulator.faults.active).toHaveLength(0)
    expect(emulator.shopify.customerAccessTokens()).toHaveLength(1) // faulted requests never ran
  })

  it('applies only to the operation or root field it names', async () => {
    emulator.faults.add({
      field: 'customerAccessTokenRenew',
      kind: 'status',
      status: 500,
      times: Infinity,
    })
    const token = await signIn()
    const renewed = await send(renew, { token })
    expect(renewed.status).toBe(500)
    expect((await send(renew, { token })).status).toBe(500)
    expect((await send(logout, { token })).status).toBe(200)

    emulator.faults.clear()
    emulator.faults.add({ operationName: 'Login', kind: 'status', status: 429 })
    expect((await send(login, credentials)).status).toBe(429)
    expect((await send(login, credentials)).status).toBe(200)
  })

  it('drops the connection: fetch over HTTP rejects with a TypeError', async () => {
    emulator.faults.add({ kind: 'drop' })
    await expect(fetch(baseUrl + emulator.storefrontPath, loginRequest())).rejects.toThrow(
      TypeError,
    )
    expect(emulator.requests.entries.at(-1)).toMatchObject({
      endpoint: 'storefront',
      operationName: 'Login',
      status: 0,
    })
    expect((await fetch(baseUrl + emulator.storefrontPath, loginRequest())).status).toBe(200)
  })

  it('drops the connection in-process too: emulator.fetch rejects with a TypeError', async () => {
    emulator.faults.add({ kind: 'drop' })
    await expect(emulator.fetch(emulator.storefrontPath, loginRequest())).rejects.toThrow(TypeError)
  })

  it('answers malformed JSON with status 200', async () => {
    emulator.faults.add({ endpoint: 'storefront', kind: 'malformed' })
    const response = await fetch(baseUrl + emulator.storefrontPath, loginRequest())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    await expect(response.json()).rejects.toThrow(SyntaxError)
  })

  it('delays with globalThis.setTimeout, so fake timers control it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    emulator.faults.add({ kind: 'delay', ms: 5000 })
    let settled = false
    const pending = emulator.fetch(emulator.storefrontPath, loginRequest()).then((response) => {
      settled = true
      return response
    })
    await vi.advanceTimersByTimeAsync(4999)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending).status).toBe(200)
  })

  it('holds a renew until released, so a logout can land while it is in flight', async () => {
    const token = await signIn()
    const hold = emulator.faults.add({ field: 'customerAccessTokenRenew', kind: 'hold' })
    const inFlight = send<{ customerAccessTokenRenew: TokenPayload }>(renew, { token })
    await vi.waitFor(() => expect(hold.hits).toBe(1))
    expect((await send(logout, { token })).status).toBe(200)
    hold.release()
    const renewed = await inFlight
    expect(renewed.data?.customerAccessTokenRenew).toEqual({
      customerAccessToken: null,
      userErrors: [{ field: ['customerAccessToken'], message: 'Access token does not exist' }],
    })
    expect(emulator.faults.active).toHaveLength(0)
  })

  it('lets an aborted in-process fetch reject while its request is held', async () => {
    emulator.faults.add({ kind: 'hold' })
    const controller = new AbortController()
    const pending = emulator.fetch(emulator.storefrontPath, {
      ...loginRequest(),
      signal: controller.signal,
    })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    emulator.faults.clear()
  })

  it('releases held requests on clear()', async () => {
    emulator.faults.add({ kind: 'hold', times: 2 })
    const held = [
      emulator.fetch(emulator.storefrontPath, loginRequest()),
      emulator.fetch(emulator.storefrontPath, loginRequest()),
    ]
    emulator.faults.clear()
    expect((await Promise.all(held)).map((response) => response.status)).toEqual([200, 200])
  })

  it('refuses a fault it cannot apply', () => {
    expect(() => emulator.faults.add({ kind: 'status', status: 99 })).toThrow(RangeError)
    expect(() => emulator.faults.add({ kind: 'delay', times: 0 })).toThrow(RangeError)
  })
})
