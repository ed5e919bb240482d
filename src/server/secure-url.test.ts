import { describe, expect, it } from 'vitest'
import { listStorefrontAccessTokens, requestLoginAsCustomerCode } from './index.js'
import { parseSecureUrl } from './secure-url.js'

describe('parseSecureUrl', () => {
  it.each([
    'http://localhost:4000/graphql',
    'http://127.0.0.1:4000/graphql',
    'http://127.8.9.10/graphql',
    'http://127.1/graphql',
    'http://[::1]:4000/graphql',
    'https://shop.example.com/graphql',
  ])('accepts %s', (value) => {
    expect(parseSecureUrl(value, 'endpoint')).toBeInstanceOf(URL)
  })

  it.each([
    'http://127.0.0.1.nip.io/graphql',
    'http://127.example.com/graphql',
    'http://localhost.example.com/graphql',
    'http://[::2]/graphql',
    'http://shop.example.com/graphql',
  ])('refuses plain http to %s', (value) => {
    expect(parseSecureUrl(value, 'endpoint')).toMatch(/must use https/)
  })
})

describe('the admin helpers', () => {
  /** A fetch that records what would have gone out, answering `body`. */
  function recordingFetch(body: string) {
    const sent: string[] = []
    const fetch: typeof globalThis.fetch = (input) => {
      sent.push(String(input))
      return Promise.resolve(new Response(body))
    }
    return { sent, fetch }
  }
  const codeOf = (call: Promise<unknown>) =>
    call.then(
      () => 'sent',
      (error: { code?: string }) => error.code,
    )

  it('refuse plain http to a host that only looks like loopback, before sending the Admin token', async () => {
    const { sent, fetch } = recordingFetch('{}')
    const code = await codeOf(
      listStorefrontAccessTokens({
        endpoint: 'http://127.0.0.1.nip.io/admin/api/2026-04/graphql.json',
        adminAccessToken: 'shpat_secret',
        fetch,
      }),
    )
    expect(sent).toEqual([])
    expect(code).toBe('INVALID_INPUT')
  })

  it('refuse plain http for the Adobe admin token to 127.example.com', async () => {
    const { sent, fetch } = recordingFetch('{"otp":"x"}')
    const code = await codeOf(
      requestLoginAsCustomerCode({
        baseUrl: 'http://127.example.com',
        adminToken: 'admin-secret',
        customerId: 1,
        fetch,
      }),
    )
    expect(sent).toEqual([])
    expect(code).toBe('INVALID_INPUT')
  })
})
