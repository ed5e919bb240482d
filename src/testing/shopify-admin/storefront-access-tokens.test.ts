import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../index.js'
import { adminClient, storefrontClient } from '../test-support/graphql-over-http.js'
import { login } from '../test-support/storefront-operations.js'

const createToken = `mutation CreateToken($input: StorefrontAccessTokenInput!) {
  storefrontAccessTokenCreate(input: $input) {
    storefrontAccessToken { id accessToken title createdAt updatedAt accessScopes { handle } }
    shop { myshopifyDomain }
    userErrors { field message }
  }
}`
const deleteToken = `mutation DeleteToken($input: StorefrontAccessTokenDeleteInput!) {
  storefrontAccessTokenDelete(input: $input) { deletedStorefrontAccessTokenId userErrors { field message } }
}`
const listTokens = `query ListTokens($first: Int, $after: String) {
  shop { storefrontAccessTokens(first: $first, after: $after) {
    nodes { id accessToken title }
    edges { cursor }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  } }
}`

interface Created {
  storefrontAccessTokenCreate: {
    storefrontAccessToken: { id: string; accessToken: string; title: string } | null
    userErrors: { field: string[] | null; message: string }[]
  }
}
interface Listed {
  shop: {
    storefrontAccessTokens: {
      nodes: { id: string; accessToken: string; title: string }[]
      edges: { cursor: string }[]
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }
    }
  }
}

let emulator: Emulator
let admin: ReturnType<typeof adminClient>
let storefront: ReturnType<typeof storefrontClient>

beforeEach(async () => {
  emulator = createEmulator({ startTime: '2026-05-01T10:00:00Z' })
  const baseUrl = await emulator.listen()
  admin = adminClient(baseUrl, emulator)
  storefront = storefrontClient(baseUrl, emulator)
})
afterEach(() => emulator.close())

const signInWith = (token: string) =>
  storefront(
    login,
    { input: { email: 'ada@example.com', password: 'analytical-engine' } },
    { 'X-Shopify-Storefront-Access-Token': token },
  )

describe('Admin storefront access tokens', () => {
  it('is served at /admin/api/{version}/graphql.json and refuses a wrong admin token with 401', async () => {
    expect(emulator.adminPath).toBe('/admin/api/2026-04/graphql.json')
    for (const headers of [{}, { 'X-Shopify-Access-Token': 'wrong' }] as Record<string, string>[]) {
      const response = await fetch(emulator.url + emulator.adminPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: listTokens, variables: { first: 5 } }),
      })
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({
        errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
      })
    }
  })

  it('creates a token the Storefront endpoint accepts at once, and refuses once deleted', async () => {
    const created = await admin<Created>(createToken, { input: { title: 'My storefront' } })
    expect(created.errors).toBeUndefined()
    expect(created.data?.storefrontAccessTokenCreate).toMatchObject({
      storefrontAccessToken: {
        id: expect.stringMatching(/^gid:\/\/shopify\/StorefrontAccessToken\/\d+$/),
        accessToken: expect.stringMatching(/^[0-9a-f]{32}$/),
        title: 'My storefront',
        createdAt: '2026-05-01T10:00:00Z',
        accessScopes: expect.arrayContaining([{ handle: 'unauthenticated_write_customers' }]),
      },
      shop: { myshopifyDomain: 'emulator.myshopify.com' },
      userErrors: [],
    })
    const token = created.data?.storefrontAccessTokenCreate.storefrontAccessToken
    if (!token) throw new Error('no token')
    expect((await signInWith(token.accessToken)).status).toBe(200)

    const deleted = await admin<{ storefrontAccessTokenDelete: unknown }>(deleteToken, {
      input: { id: token.id },
    })
    expect(deleted.data?.storefrontAccessTokenDelete).toEqual({
      deletedStorefrontAccessTokenId: token.id,
      userErrors: [],
    })
    expect((await signInWith(token.accessToken)).status).toBe(401)

    const again = await admin<{ storefrontAccessTokenDelete: unknown }>(deleteToken, {
      input: { id: token.id },
    })
    expect(again.data?.storefrontAccessTokenDelete).toEqual({
      deletedStorefrontAccessTokenId: null,
      userErrors: [{ field: ['id'], message: 'Access token does not exist' }],
    })
  })

  it('lists the active tokens, starting with the emulator default', async () => {
    await admin(createToken, { input: { title: 'Second' } })
    const listed = await admin<Listed>(listTokens, { first: 10 })
    expect(
      listed.data?.shop.storefrontAccessTokens.nodes.map((node) => [node.title, node.accessToken]),
    ).toEqual([
      ['storefront-auth emulator', emulator.storefrontAccessToken],
      ['Second', expect.any(String)],
    ])
  })

  it('pages with first/after and requires first or last', async () => {
    await admin(createToken, { input: { title: 'Second' } })
    await admin(createToken, { input: { title: 'Third' } })
    const page1 = await admin<Listed>(listTokens, { first: 2 })
    expect(page1.data?.shop.storefrontAccessTokens.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    })
    const page2 = await admin<Listed>(listTokens, {
      first: 2,
      after: page1.data?.shop.storefrontAccessTokens.pageInfo.endCursor,
    })
    expect(page2.data?.shop.storefrontAccessTokens.nodes.map((node) => node.title)).toEqual([
      'Third',
    ])
    expect(page2.data?.shop.storefrontAccessTokens.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    })
    const unbounded = await admin<Listed>(listTokens, {})
    expect(unbounded.errors?.[0]?.message).toBe('you must provide one of first or last')
  })

  it('allows 100 active tokens; the 101st gets a userError until one is deleted', async () => {
    // The emulator's default token is the first of the 100.
    for (let index = 2; index <= 100; index++) {
      const created = await admin<Created>(createToken, { input: { title: `token ${index}` } })
      expect(created.data?.storefrontAccessTokenCreate.userErrors).toEqual([])
    }
    const refused = await admin<Created>(createToken, { input: { title: 'token 101' } })
    expect(refused.data?.storefrontAccessTokenCreate).toMatchObject({
      storefrontAccessToken: null,
      userErrors: [
        {
          field: ['input'],
          message: 'Shop has reached the limit of 100 active storefront access tokens',
        },
      ],
    })
    const someId = emulator.admin.storefrontAccessTokens()[5]?.id
    await admin(deleteToken, { input: { id: someId } })
    const retried = await admin<Created>(createToken, { input: { title: 'token 101' } })
    expect(retried.data?.storefrontAccessTokenCreate.storefrontAccessToken?.title).toBe('token 101')
  })

  it('refuses a blank title', async () => {
    const created = await admin<Created>(createToken, { input: { title: '  ' } })
    expect(created.data?.storefrontAccessTokenCreate.userErrors).toEqual([
      { field: ['input', 'title'], message: "Title can't be blank" },
    ])
  })
})
