import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  documents,
  signIn,
  startAdobeTestServer,
  startTime,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'

const generic =
  'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.'

function decodePart(part: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >
}

describe('generateCustomerToken', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  it('returns an HS256 JWT with uid, utypid 3, iat and a one-hour exp from the emulator clock', async () => {
    const token = await signIn(server, 'ada@example.com', 'analytical-engine')
    const [header, payload, signature] = token.split('.')
    expect(decodePart(header)).toEqual({ kid: '1', alg: 'HS256' })
    const iat = Date.parse(startTime) / 1000
    const ada = server.api.customers().find((customer) => customer.email === 'ada@example.com')
    expect(decodePart(payload)).toEqual({
      jti: expect.stringMatching(/^[0-9a-f]{32}$/),
      uid: ada?.id,
      utypid: 3,
      iat,
      exp: iat + 3600,
    })
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(server.api.tokens()).toEqual([
      {
        jwt: token,
        customerId: ada?.id,
        customer: 'ada@example.com',
        iat,
        exp: iat + 3600,
        revoked: false,
      },
    ])
  })

  it('matches the email case-insensitively', async () => {
    await expect(signIn(server, 'Ada@Example.COM', 'analytical-engine')).resolves.toMatch(/\./)
  })

  it.each([
    ['email', { email: '', password: 'analytical-engine' }, 'Specify the "email" value.'],
    ['password', { email: 'ada@example.com', password: '' }, 'Specify the "password" value.'],
  ])(
    'answers an empty %s with a graphql-input error and HTTP 200',
    async (_field, variables, message) => {
      const result = await server.graphql(documents.generateToken, variables)
      expect(result.status).toBe(200)
      expect(result.body.data).toEqual({ generateCustomerToken: null })
      expect(result.body.errors).toMatchObject([
        { message, extensions: { category: 'graphql-input' }, path: ['generateCustomerToken'] },
      ])
    },
  )

  it.each([
    ['a wrong password', 'ada@example.com', 'not-her-password'],
    ['an unknown email', 'nobody@example.com', 'analytical-engine'],
    ['a customer without a password', 'invited@example.com', 'anything-at-all'],
  ])(
    'refuses %s with the generic graphql-authentication message and HTTP 401',
    async (_case, email, password) => {
      const result = await server.graphql(documents.generateToken, { email, password })
      expect(result.status).toBe(401)
      expect(result.body.data).toEqual({ generateCustomerToken: null })
      expect(result.body.errors).toMatchObject([
        { message: generic, extensions: { category: 'graphql-authentication' } },
      ])
      expect(server.api.tokens()).toEqual([])
    },
  )

  it('refuses an unconfirmed account that gives the right password, with its own message', async () => {
    const result = await server.graphql(documents.generateToken, {
      email: 'unconfirmed@example.com',
      password: 'confirm-me-first',
    })
    expect(result.status).toBe(401)
    expect(result.body.errors).toMatchObject([
      {
        message: "This account isn't confirmed. Verify and try again.",
        extensions: { category: 'graphql-authentication' },
      },
    ])
  })

  it('gives an unconfirmed account with a wrong password the generic message', async () => {
    const result = await server.graphql(documents.generateToken, {
      email: 'unconfirmed@example.com',
      password: 'wrong-password',
    })
    expect(result.body.errors?.[0]?.message).toBe(generic)
  })

  describe('lockout', () => {
    async function fail(times: number) {
      for (let i = 0; i < times; i++)
        await server.graphql(documents.generateToken, {
          email: 'ada@example.com',
          password: `wrong-${i}`,
        })
    }

    it('still accepts the right password after five failures', async () => {
      await fail(5)
      await expect(signIn(server, 'ada@example.com', 'analytical-engine')).resolves.toMatch(/\./)
    })

    it('refuses even the right password after six failures, with the same generic message', async () => {
      await fail(6)
      const result = await server.graphql(documents.generateToken, {
        email: 'ada@example.com',
        password: 'analytical-engine',
      })
      expect(result.status).toBe(401)
      expect(result.body.errors).toMatchObject([
        { message: generic, extensions: { category: 'graphql-authentication' } },
      ])
      const ada = server.api.customers().find((customer) => customer.email === 'ada@example.com')
      expect(ada?.lockedUntil).toBe(Date.parse(startTime) + 30 * 60 * 1000)
    })

    it('lifts the lock 30 minutes after the last failure', async () => {
      await fail(6)
      server.clock.advance(30 * 60 * 1000 - 1)
      await expect(signIn(server, 'ada@example.com', 'analytical-engine')).rejects.toThrow(
        /Sign-in failed/,
      )
      server.clock.advance(1)
      await expect(signIn(server, 'ada@example.com', 'analytical-engine')).resolves.toMatch(/\./)
    })

    it('does not extend the lock with attempts made while locked', async () => {
      await fail(6)
      server.clock.advance(20 * 60 * 1000)
      await fail(3)
      server.clock.advance(10 * 60 * 1000)
      await expect(signIn(server, 'ada@example.com', 'analytical-engine')).resolves.toMatch(/\./)
    })

    it('resets the failure count after a successful sign-in', async () => {
      await fail(5)
      await signIn(server, 'ada@example.com', 'analytical-engine')
      await fail(5)
      await expect(signIn(server, 'ada@example.com', 'analytical-engine')).resolves.toMatch(/\./)
    })

    it('uses the configured attempt limit', async () => {
      await server.close()
      server = await startAdobeTestServer({ loginAttemptLimit: 2 })
      await fail(2)
      await expect(signIn(server, 'ada@example.com', 'analytical-engine')).rejects.toThrow(
        /Sign-in failed/,
      )
    })
  })
})
