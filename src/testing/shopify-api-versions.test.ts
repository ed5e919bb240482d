import { createStorefrontClient } from '@shopify/hydrogen-react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createEmulator } from './create-emulator.js'
import {
  fallForwardShopifyApiVersion,
  servedShopifyApiVersions,
  shopifyApiVersionWarning,
  supportedShopifyApiVersions,
} from './shopify-api-versions.js'
import { login } from './test-support/storefront-operations.js'

const emulator = createEmulator()
let baseUrl = ''

beforeAll(async () => {
  baseUrl = await emulator.listen()
})
afterAll(() => emulator.close())

const listTokens = 'query { shop { storefrontAccessTokens(first: 1) { nodes { title } } } }'
const credentials = { input: { email: 'ada@example.com', password: 'analytical-engine' } }

function storefront(version: string): Promise<Response> {
  return fetch(`${baseUrl}/api/${version}/graphql.json`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
    },
    body: JSON.stringify({ query: login, variables: credentials }),
  })
}

function admin(version: string): Promise<Response> {
  return fetch(`${baseUrl}/admin/api/${version}/graphql.json`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'X-Shopify-Access-Token': emulator.adminAccessToken,
    },
    body: JSON.stringify({ query: listTokens }),
  })
}

interface LoginBody {
  data?: { customerAccessTokenCreate?: { customerAccessToken?: { accessToken: string } } }
}

describe('Shopify API versions', () => {
  it('lists the four stable versions a storefront may use on 2026-12-03, oldest first', () => {
    expect(supportedShopifyApiVersions).toEqual(['2026-01', '2026-04', '2026-07', '2026-10'])
    expect(servedShopifyApiVersions).toEqual([
      ...supportedShopifyApiVersions,
      '2027-01',
      'unstable',
    ])
  })

  it('serves every version on the Storefront API under its own path, naming it in X-Shopify-API-Version', async () => {
    for (const version of servedShopifyApiVersions) {
      const response = await storefront(version)
      expect(response.status, version).toBe(200)
      expect(response.headers.get('x-shopify-api-version'), version).toBe(version)
      expect(response.headers.get('x-shopify-api-version-warning'), version).toBeNull()
      const body = (await response.json()) as LoginBody
      expect(body.data?.customerAccessTokenCreate?.customerAccessToken?.accessToken).toBeTruthy()
    }
  })

  it('serves every version on the Admin API under its own path', async () => {
    for (const version of servedShopifyApiVersions) {
      const response = await admin(version)
      expect(response.status, version).toBe(200)
      expect(response.headers.get('x-shopify-api-version'), version).toBe(version)
      expect(await response.json()).toEqual({
        data: {
          shop: { storefrontAccessTokens: { nodes: [{ title: 'storefront-auth emulator' }] } },
        },
      })
    }
  })

  it('falls forward from a retired, future or malformed version to the oldest supported one, as Shopify does', async () => {
    for (const version of ['2025-10', '2024-01', '2031-04', 'latest', '2026-5']) {
      for (const response of [await storefront(version), await admin(version)]) {
        expect(response.status, version).toBe(200)
        expect(response.headers.get('x-shopify-api-version'), version).toBe(
          fallForwardShopifyApiVersion,
        )
        expect(response.headers.get('x-shopify-api-version-warning'), version).toBe(
          shopifyApiVersionWarning,
        )
      }
    }
    expect(fallForwardShopifyApiVersion).toBe('2026-01')
  })

  it("answers hydrogen-react's own client at the current version, 2026-10", async () => {
    // hydrogen-react warns once that 2026-10 is not the version it was built for.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const client = createStorefrontClient({
      storeDomain: baseUrl,
      publicStorefrontToken: emulator.storefrontAccessToken,
      storefrontApiVersion: '2026-10',
    })
    warn.mockRestore()
    const response = await fetch(client.getStorefrontApiUrl(), {
      method: 'POST',
      headers: client.getPublicTokenHeaders(),
      body: JSON.stringify({ query: login, variables: credentials }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-shopify-api-version')).toBe('2026-10')
    const body = (await response.json()) as LoginBody
    expect(body.data?.customerAccessTokenCreate?.customerAccessToken?.accessToken).toBeTruthy()
  })

  it('lists the versions in publicApiVersions, as both APIs do', async () => {
    const query = JSON.stringify({
      query: '{ publicApiVersions { handle displayName supported } }',
    })
    const storefrontList = await fetch(`${baseUrl}/api/2026-10/graphql.json`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
      },
      body: query,
    })
    const adminList = await fetch(`${baseUrl}/admin/api/2026-10/graphql.json`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'X-Shopify-Access-Token': emulator.adminAccessToken,
      },
      body: query,
    })
    expect(await adminList.json()).toEqual(await storefrontList.clone().json())
    expect(await storefrontList.json()).toEqual({
      data: {
        publicApiVersions: [
          { handle: '2026-01', displayName: '2026-01', supported: true },
          { handle: '2026-04', displayName: '2026-04', supported: true },
          { handle: '2026-07', displayName: '2026-07', supported: true },
          { handle: '2026-10', displayName: '2026-10 (Latest)', supported: true },
          { handle: '2027-01', displayName: '2027-01 (Release candidate)', supported: false },
          { handle: 'unstable', displayName: 'unstable', supported: false },
        ],
      },
    })
  })

  it('lets a browser page on another localhost port read the version headers (CORS)', async () => {
    const response = await fetch(`${baseUrl}/api/2025-10/graphql.json`, {
      method: 'POST',
      headers: {
        origin: 'http://localhost:6006',
        'content-type': 'application/json',
        'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
      },
      body: JSON.stringify({ query: login, variables: credentials }),
    })
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase()
    expect(exposed).toContain('x-shopify-api-version')
    expect(exposed).toContain('x-shopify-api-version-warning')
  })
})
