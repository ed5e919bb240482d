import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  bearer,
  documents,
  signIn,
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'

const generic =
  'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.'

describe('one-time credentials as the generateCustomerToken password', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  async function signInResult(email: string, password: string) {
    return server.graphql(documents.generateToken, { email, password })
  }

  describe('password-reset tokens', () => {
    async function requestReset(email: string): Promise<string> {
      const result = await server.graphql(documents.requestReset, { email })
      expect(result.body).toEqual({ data: { requestPasswordResetEmail: true } })
      const mail = server.outbox.latest(email, 'reset-password')
      if (!mail) throw new Error('no reset mail')
      return mail.token
    }

    it('mails a 32-hex token to the customer and signs in with it once', async () => {
      const token = await requestReset('grace@example.com')
      expect(token).toMatch(/^[0-9a-f]{32}$/)
      const grace = server.api
        .customers()
        .find((customer) => customer.email === 'grace@example.com')
      expect(server.outbox.latest('grace@example.com')).toMatchObject({
        api: 'adobe-commerce',
        kind: 'reset-password',
        customerId: String(grace?.id),
      })
      const jwt = await signIn(server, 'grace@example.com', token)
      expect((await server.graphql(documents.customer, {}, bearer(jwt))).status).toBe(200)

      const reused = await signInResult('grace@example.com', token)
      expect(reused.status).toBe(401)
      expect(reused.body.errors?.[0]?.message).toBe(generic)
    })

    it('still accepts the account password while a reset token is outstanding', async () => {
      await requestReset('grace@example.com')
      await expect(signIn(server, 'grace@example.com', 'compiler-1952')).resolves.toMatch(/\./)
    })

    it('lets an invited customer without a password sign in with a reset token', async () => {
      const token = await requestReset('invited@example.com')
      await expect(signIn(server, 'invited@example.com', token)).resolves.toMatch(/\./)
    })

    it('accepts only the newest token and none after two hours', async () => {
      const older = await requestReset('grace@example.com')
      const newer = await requestReset('grace@example.com')
      expect((await signInResult('grace@example.com', older)).status).toBe(401)
      server.clock.advance(2 * 60 * 60 * 1000)
      expect((await signInResult('grace@example.com', newer)).status).toBe(401)
    })

    it('is consumed by resetPassword, after which the new password works and the old one does not', async () => {
      const token = await requestReset('grace@example.com')
      const reset = await server.graphql(documents.resetPassword, {
        email: 'grace@example.com',
        token,
        password: 'Compiler-1959',
      })
      expect(reset.body).toEqual({ data: { resetPassword: true } })
      expect((await signInResult('grace@example.com', 'compiler-1952')).status).toBe(401)
      await expect(signIn(server, 'grace@example.com', 'Compiler-1959')).resolves.toMatch(/\./)
      expect((await signInResult('grace@example.com', token)).status).toBe(401)
    })
  })

  describe('admin-issued login-as-customer codes', () => {
    it('signs in once with a code issued in-process', async () => {
      const code = await server.api.issueOneTimeCode('ada@example.com')
      expect(code).toMatch(/^[0-9a-f]{32}$/)
      await expect(signIn(server, 'ada@example.com', code)).resolves.toMatch(/\./)
      const reused = await signInResult('ada@example.com', code)
      expect(reused.status).toBe(401)
      expect(reused.body.errors).toMatchObject([
        { message: generic, extensions: { category: 'graphql-authentication' } },
      ])
    })

    it('accepts a code up to 30 seconds after it was issued, not at 30 seconds', async () => {
      const early = await server.api.issueOneTimeCode('ada@example.com')
      const late = await server.api.issueOneTimeCode('ada@example.com')
      server.clock.advance(29_999)
      await expect(signIn(server, 'ada@example.com', early)).resolves.toMatch(/\./)
      server.clock.advance(1)
      expect((await signInResult('ada@example.com', late)).body.errors?.[0]?.message).toBe(generic)
    })

    it('uses the configured code lifetime', async () => {
      await server.close()
      server = await startAdobeTestServer({ oneTimeCodeLifetimeMs: 5_000 })
      const code = await server.api.issueOneTimeCode('ada@example.com')
      server.clock.advance(5_000)
      expect((await signInResult('ada@example.com', code)).status).toBe(401)
    })

    it('refuses a code for a customer who has not allowed remote shopping assistance', async () => {
      const code = await server.api.issueOneTimeCode('grace@example.com')
      const result = await signInResult('grace@example.com', code)
      expect(result.status).toBe(401)
      expect(result.body.errors?.[0]?.message).toBe(generic)
    })

    it('refuses a code once the customer withdraws consent', async () => {
      const code = await server.api.issueOneTimeCode('ada@example.com')
      const jwt = await signIn(server, 'ada@example.com', 'analytical-engine')
      await server.graphql(
        documents.update,
        { input: { allow_remote_shopping_assistance: false } },
        bearer(jwt),
      )
      expect((await signInResult('ada@example.com', code)).status).toBe(401)
    })

    it('does not accept a code as another customer’s password', async () => {
      await server.graphql(
        documents.update,
        { input: { allow_remote_shopping_assistance: true } },
        bearer(await signIn(server, 'grace@example.com', 'compiler-1952')),
      )
      const code = await server.api.issueOneTimeCode('ada@example.com')
      expect((await signInResult('grace@example.com', code)).status).toBe(401)
    })

    it('counts a failed code towards the lockout', async () => {
      for (let i = 0; i < 6; i++) await signInResult('ada@example.com', `${i}`.repeat(32))
      const code = await server.api.issueOneTimeCode('ada@example.com')
      expect((await signInResult('ada@example.com', code)).status).toBe(401)
    })

    it('rejects issuing a code for an unknown customer', async () => {
      await expect(server.api.issueOneTimeCode('nobody@example.com')).rejects.toThrow(
        /nobody@example.com/,
      )
    })
  })

  describe('REST POST /rest/V1/customer/:customerId/otp', () => {
    function ada() {
      const customer = server.api
        .customers()
        .find((candidate) => candidate.email === 'ada@example.com')
      if (!customer) throw new Error('no Ada')
      return customer
    }

    function postOtp(customerId: number | string, token: string, path = '/rest/V1') {
      return fetch(`${server.baseUrl}${path}/customer/${customerId}/otp`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      })
    }

    it('returns a code that signs the customer in', async () => {
      const response = await postOtp(ada().id, server.adminToken)
      expect(response.status).toBe(200)
      const body = (await response.json()) as { otp: string }
      expect(body).toEqual({ otp: expect.stringMatching(/^[0-9a-f]{32}$/) })
      await expect(signIn(server, 'ada@example.com', body.otp)).resolves.toMatch(/\./)
    })

    it('also answers under a store code', async () => {
      expect((await postOtp(ada().id, server.adminToken, '/rest/default/V1')).status).toBe(200)
    })

    it('refuses a wrong admin token with 401 and a Magento REST error body', async () => {
      const response = await postOtp(ada().id, 'not-the-admin-token')
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({
        message: "The consumer isn't authorized to access %resources.",
        parameters: { resources: 'Magento_LoginAsCustomer::login' },
      })
    })

    it('refuses a customer token in place of the admin token', async () => {
      const jwt = await signIn(server, 'ada@example.com', 'analytical-engine')
      expect((await postOtp(ada().id, jwt)).status).toBe(401)
    })

    it('answers 404 for an unknown customer', async () => {
      const response = await postOtp(9999, server.adminToken)
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({
        message: 'No such entity with %fieldName = %fieldValue',
        parameters: { fieldName: 'customerId', fieldValue: '9999' },
      })
    })

    it('answers 404 for another method on the path', async () => {
      const response = await fetch(`${server.baseUrl}/rest/V1/customer/${ada().id}/otp`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      })
      expect(response.status).toBe(404)
    })

    it('leaves other REST paths to the caller', async () => {
      const request = new Request(`${server.baseUrl}/rest/V1/customers/me`)
      await expect(server.api.handleRest(request)).resolves.toBeNull()
    })
  })
})
