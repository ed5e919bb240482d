import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  bearer,
  documents,
  signIn,
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'

describe('customer tokens on the customer query', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  it('answers the signed-in customer for a live bearer token', async () => {
    const token = await signIn(server, 'ada@example.com', 'analytical-engine')
    const result = await server.graphql(documents.customer, {}, bearer(token))
    expect(result.status).toBe(200)
    expect(result.body).toEqual({
      data: {
        customer: {
          email: 'ada@example.com',
          firstname: 'Ada',
          lastname: 'Lovelace',
          is_subscribed: true,
          confirmation_status: 'ACCOUNT_CONFIRMATION_NOT_REQUIRED',
          allow_remote_shopping_assistance: true,
        },
      },
    })
  })

  it('refuses a request without a token with graphql-authorization and HTTP 403', async () => {
    const result = await server.graphql(documents.customer)
    expect(result.status).toBe(403)
    expect(result.body.data).toEqual({ customer: null })
    expect(result.body.errors).toMatchObject([
      {
        message: "The current customer isn't authorized.",
        extensions: { category: 'graphql-authorization' },
        path: ['customer'],
      },
    ])
  })

  it('treats a non-bearer Authorization header as a guest', async () => {
    const result = await server.graphql(documents.customer, {}, { authorization: 'Basic YWRhOng=' })
    expect(result.status).toBe(403)
    expect(result.body.errors?.[0]?.message).toBe("The current customer isn't authorized.")
  })

  it('accepts a token until its exp and refuses it from then on with "Consumer key has expired"', async () => {
    const token = await signIn(server, 'ada@example.com', 'analytical-engine')
    server.clock.advance(60 * 60 * 1000 - 1000)
    expect((await server.graphql(documents.customer, {}, bearer(token))).status).toBe(200)
    server.clock.advance(1000)
    const result = await server.graphql(documents.customer, {}, bearer(token))
    expect(result.status).toBe(401)
    // A bad bearer token fails the whole request, before execution: no `data`.
    expect(result.body).toEqual({
      errors: [
        { message: 'Consumer key has expired', extensions: { category: 'graphql-authentication' } },
      ],
    })
  })

  it('uses the configured token lifetime', async () => {
    await server.close()
    server = await startAdobeTestServer({ tokenLifetimeMs: 5 * 60 * 1000 })
    const token = await signIn(server, 'ada@example.com', 'analytical-engine')
    server.clock.advance(5 * 60 * 1000)
    expect((await server.graphql(documents.customer, {}, bearer(token))).status).toBe(401)
  })

  it('refuses a token whose signature does not match', async () => {
    const token = await signIn(server, 'ada@example.com', 'analytical-engine')
    const [header, payload] = token.split('.')
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as { uid: number }
    const forged = Buffer.from(JSON.stringify({ ...claims, uid: claims.uid + 1 })).toString(
      'base64url',
    )
    const result = await server.graphql(
      documents.customer,
      {},
      bearer(`${header}.${forged}.${token.split('.')[2]}`),
    )
    expect(result.status).toBe(401)
    expect(result.body.errors).toEqual([
      { message: 'Failed to read JWT token', extensions: { category: 'graphql-authentication' } },
    ])
  })

  it('refuses a token issued by another emulator instance', async () => {
    const other = await startAdobeTestServer()
    try {
      const token = await signIn(other, 'ada@example.com', 'analytical-engine')
      expect((await server.graphql(documents.customer, {}, bearer(token))).status).toBe(401)
    } finally {
      await other.close()
    }
  })

  it('refuses garbage in place of a token', async () => {
    const result = await server.graphql(documents.customer, {}, bearer('not-a-jwt'))
    expect(result.status).toBe(401)
    expect(result.body.errors?.[0]?.message).toBe('Failed to read JWT token')
  })

  describe('revokeCustomerToken', () => {
    it('revokes every token the customer holds, and only that customer’s', async () => {
      const first = await signIn(server, 'ada@example.com', 'analytical-engine')
      server.clock.advance(60 * 1000)
      const second = await signIn(server, 'ada@example.com', 'analytical-engine')
      const grace = await signIn(server, 'grace@example.com', 'compiler-1952')

      const result = await server.graphql(documents.revoke, {}, bearer(second))
      expect(result).toEqual({
        status: 200,
        body: { data: { revokeCustomerToken: { result: true } } },
      })

      for (const token of [first, second]) {
        const refused = await server.graphql(documents.customer, {}, bearer(token))
        expect(refused.status).toBe(401)
        expect(refused.body.errors).toEqual([
          {
            message: 'User token has been revoked',
            extensions: { category: 'graphql-authentication' },
          },
        ])
      }
      expect((await server.graphql(documents.customer, {}, bearer(grace))).status).toBe(200)
      expect(server.api.tokens().map((token) => token.revoked)).toEqual([true, true, false])
    })

    it('leaves a token issued after the revocation valid, even in the same second', async () => {
      const old = await signIn(server, 'ada@example.com', 'analytical-engine')
      await server.graphql(documents.revoke, {}, bearer(old))
      const fresh = await signIn(server, 'ada@example.com', 'analytical-engine')
      expect((await server.graphql(documents.customer, {}, bearer(fresh))).status).toBe(200)
    })

    it('refuses to revoke without a token', async () => {
      const result = await server.graphql(documents.revoke)
      expect(result.status).toBe(403)
      expect(result.body.errors).toMatchObject([
        {
          message: "The current customer isn't authorized.",
          extensions: { category: 'graphql-authorization' },
        },
      ])
    })
  })

  it('ignores the Store header when it names the default store and refuses unknown stores', async () => {
    const token = await signIn(server, 'ada@example.com', 'analytical-engine')
    const withDefault = await server.graphql(
      documents.customer,
      {},
      { ...bearer(token), store: 'default' },
    )
    expect(withDefault.status).toBe(200)
    const unknown = await server.graphql(
      documents.customer,
      {},
      { ...bearer(token), store: 'fr_store' },
    )
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual({
      errors: [
        { message: 'Requested store is not found', extensions: { category: 'graphql-input' } },
      ],
    })
  })
})
