import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../index.js'
import { storefrontClient } from '../test-support/graphql-over-http.js'
import { login, type TokenPayload } from '../test-support/storefront-operations.js'
import { unsupportedByEmulatorCode } from './unsupported-fields-rule.js'

let emulator: Emulator
let baseUrl: string
let send: ReturnType<typeof storefrontClient>

beforeEach(async () => {
  emulator = createEmulator()
  baseUrl = await emulator.listen()
  send = storefrontClient(baseUrl, emulator)
})
afterEach(() => emulator.close())

const credentials = { input: { email: 'ada@example.com', password: 'analytical-engine' } }

async function postRaw(query: string, headers: Record<string, string>) {
  const response = await fetch(baseUrl + emulator.storefrontPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown
      errors?: { message: string; extensions?: { code?: string } }[]
    },
  }
}

describe('the Storefront endpoint', () => {
  it('is served at /api/{version}/graphql.json', () => {
    expect(emulator.storefrontPath).toBe('/api/2026-04/graphql.json')
    expect(createEmulator({ apiVersion: '2025-10' }).storefrontPath).toBe(
      '/api/2025-10/graphql.json',
    )
  })

  it('refuses a missing or unknown storefront token with 401', async () => {
    for (const headers of [
      {},
      { 'X-Shopify-Storefront-Access-Token': 'not-a-token' },
      { 'Shopify-Storefront-Private-Token': 'not-a-token' },
    ] as Record<string, string>[]) {
      const result = await send(login, credentials, headers)
      expect(result.status).toBe(401)
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHORIZED' })
      expect(result.data).toBeUndefined()
    }
    expect(emulator.shopify.customerAccessTokens()).toHaveLength(0)
  })

  it('accepts the private token in Shopify-Storefront-Private-Token', async () => {
    const result = await send<{ customerAccessTokenCreate: TokenPayload }>(login, credentials, {
      'Shopify-Storefront-Private-Token': emulator.privateStorefrontAccessToken,
      'Shopify-Storefront-Buyer-IP': '203.0.113.7',
    })
    expect(result.status).toBe(200)
    expect(result.data?.customerAccessTokenCreate.customerAccessToken).not.toBeNull()
  })

  it('answers valid fields outside the emulated subset with a clear error, never a silent null', async () => {
    const result = await postRaw(
      'query { shop { name } customer(customerAccessToken: "x") { email orders(first: 1) { nodes { statusUrl } } } }',
      {
        'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
      },
    )
    expect(result.body.data).toBeUndefined()
    expect(result.body.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      [
        'Field "QueryRoot.shop" is not supported by the emulator: storefront-auth emulates the customer-account subset of the Storefront API.',
        unsupportedByEmulatorCode,
      ],
      [
        'Field "Order.statusUrl" is not supported by the emulator: storefront-auth emulates the customer-account subset of the Storefront API.',
        unsupportedByEmulatorCode,
      ],
    ])
  })

  it('answers validation errors as Shopify does: HTTP 200, application/json, whatever the client accepts', async () => {
    const result = await postRaw('query { shop { name } }', {
      'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
      accept: 'application/graphql-response+json, application/json',
    })
    expect(result.status).toBe(200)
    expect(result.body.errors?.[0]?.extensions?.code).toBe(unsupportedByEmulatorCode)
  })

  it('validates against the real Storefront schema', async () => {
    const result = await postRaw(
      'query { customer(customerAccessToken: "x") { emailMarketingConsent { marketingState } } }',
      {
        'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
      },
    )
    expect(result.body.data).toBeUndefined()
    expect(result.body.errors?.[0]?.message).toBe(
      'Cannot query field "emailMarketingConsent" on type "Customer".',
    )
  })

  it('still answers __typename and introspection', async () => {
    const result = await postRaw(
      'query { __typename __type(name: "CustomerErrorCode") { enumValues { name } } }',
      {
        'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
      },
    )
    expect(result.status).toBe(200)
    expect(result.body.data).toMatchObject({
      __typename: 'QueryRoot',
      __type: { enumValues: expect.arrayContaining([{ name: 'UNIDENTIFIED_CUSTOMER' }]) },
    })
  })

  it('never keeps a password in its state', async () => {
    await send(login, credentials)
    const state = JSON.stringify([
      emulator.shopify.customers(),
      emulator.shopify.customerAccessTokens(),
      emulator.outbox.mails,
      emulator.requests.entries,
    ])
    expect(state).not.toContain('analytical-engine')
  })
})
