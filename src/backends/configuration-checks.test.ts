import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { createEmulator } from '../testing/index.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'
import { adobeCommerce } from './adobe-commerce/adobe-commerce.js'
import { isHeaderValue } from './configuration-checks.js'
import { shopifyStorefront } from './shopify-storefront/shopify-storefront.js'

const emulator = createEmulator()
let baseUrl = ''

beforeAll(async () => {
  baseUrl = await emulator.listen()
})
afterAll(() => emulator.close())

/** The error a construction throws. */
function constructionError(construct: () => unknown): CustomerAuthError {
  try {
    construct()
  } catch (error) {
    if (error instanceof CustomerAuthError) return error
    throw error
  }
  throw new Error('expected the construction to throw')
}

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
// What a reader copies from an example with a placeholder token, and a token with a non-Latin-1
// character that must not end up in the message.
const placeholder = '…'
const secretLooking = 'shpat_€_secret'

describe('isHeaderValue', () => {
  it("agrees with fetch's own Headers about what it can send", () => {
    const samples = [
      'emulator-public-storefront-token',
      'café', // é is U+00E9, inside ISO-8859-1: fetch sends it
      ' padded ', // trimmed by fetch, not refused
      'tab\tinside',
      '',
      placeholder,
      secretLooking,
      '😀',
      'line\nbreak',
      'carriage\rreturn',
      'nul\0byte',
    ]
    for (const value of samples) {
      let fetchAccepts = true
      try {
        new Headers({ 'x-probe': value })
      } catch {
        fetchAccepts = false
      }
      expect(isHeaderValue(value), JSON.stringify(value)).toBe(fetchAccepts)
    }
  })
})

describe('shopifyStorefront() configuration errors', () => {
  it('refuses a token fetch cannot send, naming the option, at construction (not NETWORK on sign-in)', () => {
    for (const [options, option] of [
      [
        { storeDomain: 'my-shop.myshopify.com', publicAccessToken: placeholder },
        'publicAccessToken',
      ],
      [
        { storeDomain: 'my-shop.myshopify.com', privateAccessToken: secretLooking },
        'privateAccessToken',
      ],
      [
        {
          storeDomain: 'my-shop.myshopify.com',
          privateAccessToken: 'ok',
          buyerIp: '203.0.113.7\n',
        },
        'buyerIp',
      ],
    ] as const) {
      const error = constructionError(() => shopifyStorefront(options))
      expect(error).toMatchObject({ code: 'CONFIGURATION', source: 'client', retryable: false })
      expect(error.message).toContain(
        `shopifyStorefront(): ${option} cannot be sent as an HTTP header`,
      )
      expect(error.message).not.toContain(secretLooking)
    }
  })

  it('refuses a buyerIp() answer fetch cannot send before the request leaves', async () => {
    const backend = shopifyStorefront({
      endpoint: baseUrl + emulator.storefrontPath,
      privateAccessToken: emulator.privateStorefrontAccessToken,
      buyerIp: () => '203.0.113.7 ‹proxy›',
    })
    const before = emulator.requests.count()
    const error = await rejectionOf(
      backend.login(ada, { client: backend.createClient() }),
      CustomerAuthError,
    )
    expect(error).toMatchObject({ code: 'CONFIGURATION', source: 'client' })
    expect(error.message).toContain('buyerIp()')
    expect(emulator.requests.count()).toBe(before)
  })

  it('refuses a store domain that is not a host, and an endpoint that is not a URL', () => {
    for (const storeDomain of [placeholder, 'my shop.myshopify.com', 'my-shop.myshopify.com?x']) {
      const error = constructionError(() =>
        shopifyStorefront({ storeDomain, publicAccessToken: 'token' }),
      )
      expect(error, storeDomain).toMatchObject({ code: 'CONFIGURATION' })
      expect(error.message).toContain('storeDomain')
    }
    for (const endpoint of [
      'my-shop.myshopify.com/api/2026-04/graphql.json',
      placeholder,
      'ftp://shop.example/graphql',
      'https://',
    ]) {
      const error = constructionError(() =>
        shopifyStorefront({ endpoint, publicAccessToken: 'token' }),
      )
      expect(error, endpoint).toMatchObject({ code: 'CONFIGURATION' })
      expect(error.message).toContain('shopifyStorefront(): endpoint must be')
    }
  })

  it('says neither storeDomain nor endpoint is set when both are missing (an env variable this build lacks)', () => {
    const fromEnv: Record<string, string | undefined> = {}
    const error = constructionError(() =>
      shopifyStorefront({
        endpoint: fromEnv.VITE_SHOPIFY_STOREFRONT_ENDPOINT as string,
        publicAccessToken: 'token',
      }),
    )
    expect(error).toMatchObject({ code: 'CONFIGURATION' })
    expect(error.message).toContain('neither is set')
  })

  it('still takes an absolute URL, a same-origin path, a host with a port and a Latin-1 token', () => {
    expect(() =>
      shopifyStorefront({ endpoint: '/api/2026-10/graphql.json', publicAccessToken: 'café' }),
    ).not.toThrow()
    expect(() =>
      shopifyStorefront({
        endpoint: 'HTTP://127.0.0.1:8080/api/2026-10/graphql.json',
        publicAccessToken: 't',
      }),
    ).not.toThrow()
    expect(() =>
      shopifyStorefront({ storeDomain: 'localhost:3000', publicAccessToken: 't' }),
    ).not.toThrow()
  })
})

describe('adobeCommerce() configuration errors', () => {
  it('refuses an endpoint that is not a URL, naming the option', () => {
    for (const endpoint of ['shop.example.com/graphql', placeholder, 'mailto:shop@example.com']) {
      const error = constructionError(() => adobeCommerce({ endpoint }))
      expect(error, endpoint).toMatchObject({ code: 'CONFIGURATION', source: 'client' })
      expect(error.message).toContain('adobeCommerce(): endpoint must be')
    }
  })

  it('refuses a store view code fetch cannot send as the Store header', () => {
    const error = constructionError(() =>
      adobeCommerce({ endpoint: baseUrl + emulator.adobeCommercePath, store: 'défault…' }),
    )
    expect(error).toMatchObject({ code: 'CONFIGURATION' })
    expect(error.message).toContain('adobeCommerce(): store cannot be sent as an HTTP header')
  })

  it('still signs in with an absolute endpoint and a plain store code', async () => {
    const backend = adobeCommerce({
      endpoint: baseUrl + emulator.adobeCommercePath,
      store: 'default',
    })
    const token = await backend.login(ada, { client: backend.createClient() })
    expect(token.accessToken).toEqual(expect.any(String))
  })
})
