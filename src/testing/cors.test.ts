import { afterEach, beforeEach, expect, it } from 'vitest'
import { createEmulator, type Emulator } from './index.js'

let emulator: Emulator
let baseUrl: string

beforeEach(async () => {
  emulator = createEmulator()
  baseUrl = await emulator.listen()
})
afterEach(() => emulator.close())

it('answers a preflight from another localhost port with the headers the clients send', async () => {
  const response = await fetch(baseUrl + emulator.storefrontPath, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://localhost:6006',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type,x-shopify-storefront-access-token',
    },
  })
  expect(response.status).toBe(204)
  expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:6006')
  expect(response.headers.get('access-control-allow-methods')).toContain('POST')
  const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/)
  expect(allowed).toEqual(
    expect.arrayContaining([
      'content-type',
      'authorization',
      'store',
      'x-shopify-storefront-access-token',
      'shopify-storefront-private-token',
      'x-shopify-access-token',
    ]),
  )
  expect(emulator.requests.count()).toBe(0) // preflights are not API calls
})

it('reflects a loopback origin on API answers, errors included', async () => {
  for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000']) {
    const response = await fetch(baseUrl + emulator.adobeCommercePath, {
      method: 'POST',
      headers: { Origin: origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customer { email } }' }),
    })
    expect(response.headers.get('access-control-allow-origin')).toBe(origin)
  }
  const refused = await fetch(baseUrl + emulator.storefrontPath, {
    method: 'POST',
    headers: { Origin: 'http://localhost:5173', 'content-type': 'application/json' },
    body: '{"query":"{ __typename }"}',
  })
  expect(refused.status).toBe(401)
  expect(refused.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
})

it('does not open itself to non-local origins', async () => {
  const response = await fetch(baseUrl + emulator.storefrontPath, {
    method: 'OPTIONS',
    headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
  })
  expect(response.headers.get('access-control-allow-origin')).toBeNull()
})
