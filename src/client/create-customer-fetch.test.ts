// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCustomerAuth } from '../core/create-customer-auth.js'
import type { CustomerAuth } from '../core/customer-auth.js'
import { createScriptedBackend } from '../core/test-support/scripted-backend.js'
import { shopifyCredential } from '../backends/shopify-storefront/shopify-credential.js'
import { createCustomerFetch } from './create-customer-fetch.js'

const HOUR = 60 * 60_000
const url = 'https://shop.example.com/api/2026-04/graphql.json'
const customerQuery =
  'query Me($customerAccessToken: String!) { customer(customerAccessToken: $customerAccessToken) { email } }'

let engines: CustomerAuth[] = []
afterEach(() => {
  for (const engine of engines) engine.stop()
  engines = []
})

/** A signed-in engine over a scripted backend with Shopify's credential rule. */
async function signedIn() {
  const backend = { ...createScriptedBackend({ lifetimeMs: HOUR }), credential: shopifyCredential }
  const engine = createCustomerAuth({ backend, storage: 'memory', crossTab: false })
  engines.push(engine)
  engine.start()
  const session = await engine.login({ email: 'ada@example.com', password: 'secret-password' })
  const answer = vi.fn<typeof fetch>(
    async () =>
      new Response(JSON.stringify({ data: { customer: { email: 'ada@example.com' } } }), {
        headers: { 'Content-Type': 'application/json' },
      }),
  )
  return { engine, session, answer, customerFetch: createCustomerFetch(engine, { fetch: answer }) }
}

describe('createCustomerFetch', () => {
  it('refuses to be created for a backend without a credential rule', () => {
    const engine = createCustomerAuth({ backend: createScriptedBackend({ lifetimeMs: HOUR }) })
    expect(() => createCustomerFetch(engine)).toThrow(
      expect.objectContaining({ code: 'CONFIGURATION' }),
    )
  })

  it('sends a GET, a body that is not a GraphQL operation, or one without the customer untouched', async () => {
    const { customerFetch, answer } = await signedIn()
    const requests: RequestInit[] = [
      { method: 'GET' },
      { method: 'POST', body: 'not json' },
      { method: 'POST', body: JSON.stringify({ query: 'query { shop { name } }' }) },
    ]
    for (const init of requests) await customerFetch(url, init)
    expect(answer.mock.calls.map(([, init]) => init)).toEqual(requests)
  })

  it('hands a streamed (multipart) answer over as it arrives, without reading it first', async () => {
    const { engine } = await signedIn()
    let pull = 0
    // A body that never ends: reading it ahead would never return.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pull++
        if (pull === 1) controller.enqueue(new TextEncoder().encode('--graphql\r\n'))
      },
    })
    const streamed = createCustomerFetch(engine, {
      fetch: async () =>
        new Response(endless, {
          headers: { 'Content-Type': 'multipart/mixed; boundary="graphql"' },
        }),
    })
    const response = await streamed(url, {
      method: 'POST',
      body: JSON.stringify({ query: customerQuery }),
    })
    expect(response.headers.get('content-type')).toContain('multipart/mixed')
    expect(engine.getSnapshot().status).toBe('authenticated')
  })

  it('fills the variable of a customer operation and keeps the caller’s headers', async () => {
    const { customerFetch, answer, session } = await signedIn()
    await customerFetch(url, {
      method: 'POST',
      headers: { 'X-Shopify-Storefront-Access-Token': 'public' },
      body: JSON.stringify({ query: customerQuery, variables: { first: 1 } }),
    })
    const init = answer.mock.calls[0]?.[1]
    expect(JSON.parse(String(init?.body)).variables).toEqual({
      first: 1,
      customerAccessToken: session.accessToken,
    })
    expect(new Headers(init?.headers).get('X-Shopify-Storefront-Access-Token')).toBe('public')
  })

  it('hands the caller the answer it got, refusal or not', async () => {
    const { engine, customerFetch, answer } = await signedIn()
    answer.mockResolvedValueOnce(
      new Response(JSON.stringify({ data: { customer: null } }), {
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    const response = await customerFetch(url, {
      method: 'POST',
      body: JSON.stringify({ query: customerQuery }),
    })
    expect(await response.json()).toEqual({ data: { customer: null } })
    expect(engine.getSnapshot().endReason).toBe('customer-missing')
  })
})
