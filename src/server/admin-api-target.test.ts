import { describe, expect, it } from 'vitest'
import { AdminApiError } from './admin-api-error.js'
import { createStorefrontAccessToken } from './create-storefront-access-token.js'
import { deleteStorefrontAccessToken } from './delete-storefront-access-token.js'
import { listStorefrontAccessTokens } from './list-storefront-access-tokens.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'

interface SentRequest {
  readonly url: string
  readonly headers: Headers
  readonly body: { query: string; variables: Record<string, unknown> }
}

// Stands in for Shopify (outside this process): records what would be sent and answers an
// empty token list.
function recordingFetch(sent: SentRequest[]): typeof fetch {
  return async (input, init) => {
    sent.push({
      url: String(input),
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body)) as SentRequest['body'],
    })
    return Response.json({
      data: { shop: { storefrontAccessTokens: { nodes: [], pageInfo: { hasNextPage: false } } } },
    })
  }
}

const errorOf = (promise: Promise<unknown>) => rejectionOf(promise, AdminApiError)

describe('the Admin API target', () => {
  it('posts to the shop’s Admin GraphQL endpoint with the token only in a header', async () => {
    const sent: SentRequest[] = []
    await listStorefrontAccessTokens({
      shop: 'My-Shop.myshopify.com',
      adminAccessToken: 'shpat_secret',
      fetch: recordingFetch(sent),
    })
    expect(sent).toHaveLength(1)
    expect(sent[0]?.url).toBe('https://my-shop.myshopify.com/admin/api/2026-04/graphql.json')
    expect(sent[0]?.url).not.toContain('shpat_secret')
    expect(sent[0]?.headers.get('X-Shopify-Access-Token')).toBe('shpat_secret')
    expect(sent[0]?.body.query).toContain('storefrontAccessTokens')
  })

  it('uses the API version asked for, and accepts an https:// prefix on the shop', async () => {
    const sent: SentRequest[] = []
    await listStorefrontAccessTokens({
      shop: 'https://my-shop.myshopify.com/',
      apiVersion: '2025-10',
      adminAccessToken: 'shpat_secret',
      fetch: recordingFetch(sent),
    })
    expect(sent[0]?.url).toBe('https://my-shop.myshopify.com/admin/api/2025-10/graphql.json')
  })

  it('refuses a shop that is not a myshopify.com domain before sending anything', async () => {
    const sent: SentRequest[] = []
    for (const shop of ['shop.example.com', 'my shop', '', 'evil.com/.myshopify.com']) {
      const error = await errorOf(
        listStorefrontAccessTokens({ shop, adminAccessToken: 'x', fetch: recordingFetch(sent) }),
      )
      expect(error.code).toBe('INVALID_INPUT')
    }
    expect(sent).toHaveLength(0)
  })

  it('refuses a malformed API version', async () => {
    const error = await errorOf(
      listStorefrontAccessTokens({
        shop: 'my-shop.myshopify.com',
        apiVersion: 'latest',
        adminAccessToken: 'x',
      }),
    )
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toContain('2026-04')
  })

  it('refuses a missing admin token with a message that says what to pass', async () => {
    const error = await errorOf(
      listStorefrontAccessTokens({ shop: 'my-shop.myshopify.com', adminAccessToken: ' ' }),
    )
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/adminAccessToken/)
  })

  it('refuses an endpoint that would send the token over plain http to another machine', async () => {
    const error = await errorOf(
      listStorefrontAccessTokens({
        endpoint: 'http://shop.example.com/admin/api/2026-04/graphql.json',
        adminAccessToken: 'x',
      }),
    )
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/https/)
  })

  it('refuses both a shop and an endpoint at once', async () => {
    const options = {
      shop: 'my-shop.myshopify.com',
      endpoint: 'https://my-shop.myshopify.com/admin/api/2026-04/graphql.json',
      adminAccessToken: 'x',
    } as unknown as Parameters<typeof listStorefrontAccessTokens>[0]
    expect((await errorOf(listStorefrontAccessTokens(options))).code).toBe('INVALID_INPUT')
  })

  it('refuses to create a token without a title, or delete one without an id', async () => {
    const sent: SentRequest[] = []
    const target = {
      shop: 'my-shop.myshopify.com',
      adminAccessToken: 'x',
      fetch: recordingFetch(sent),
    }
    const noTitle = await errorOf(createStorefrontAccessToken({ ...target, title: '  ' }))
    expect(noTitle.code).toBe('INVALID_INPUT')
    expect(noTitle.message).toMatch(/title/)
    const noId = await errorOf(deleteStorefrontAccessToken({ ...target, id: '' }))
    expect(noId.code).toBe('INVALID_INPUT')
    expect(sent).toHaveLength(0)
  })
})
