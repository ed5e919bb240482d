import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parse, validate } from 'graphql'
import { createEmulator, type Emulator } from '../create-emulator.js'
import { adobeCommerceSchema } from './adobe-commerce-schema.js'
import { documents } from '../test-support/adobe-commerce-test-server.js'

describe('the Adobe Commerce API inside createEmulator', () => {
  let emulator: Emulator
  let baseUrl: string
  beforeEach(async () => {
    emulator = createEmulator({ startTime: '2026-03-01T12:00:00Z' })
    baseUrl = await emulator.listen()
  })
  afterEach(() => emulator.close())

  async function graphql(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    expect(validate(adobeCommerceSchema(), parse(query))).toEqual([])
    const response = await fetch(`${baseUrl}${emulator.adobeCommercePath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  it('signs in over HTTP at /graphql, reads the customer and expires the token on the emulator clock', async () => {
    const signIn = await graphql(documents.generateToken, {
      email: 'ada@example.com',
      password: 'analytical-engine',
    })
    const token = (signIn.body['data'] as { generateCustomerToken: { token: string } })
      .generateCustomerToken.token
    const auth = { authorization: `Bearer ${token}` }
    expect((await graphql(documents.customer, {}, auth)).status).toBe(200)
    emulator.clock.advance(60 * 60 * 1000)
    const expired = await graphql(documents.customer, {}, auth)
    expect(expired.status).toBe(401)
    expect(expired.body).toEqual({
      errors: [
        { message: 'Consumer key has expired', extensions: { category: 'graphql-authentication' } },
      ],
    })
    expect(emulator.adobeCommerce.tokens()).toHaveLength(1)
  })

  it('issues a one-time code through the REST path with the emulator’s admin token', async () => {
    const ada = emulator.adobeCommerce
      .customers()
      .find((customer) => customer.email === 'ada@example.com')
    const response = await fetch(`${baseUrl}/rest/V1/customer/${ada?.id}/otp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.adobeAdminToken}` },
    })
    expect(response.status).toBe(200)
    const { otp } = (await response.json()) as { otp: string }
    const signIn = await graphql(documents.generateToken, {
      email: 'ada@example.com',
      password: otp,
    })
    expect(signIn.status).toBe(200)
  })

  it('mails password-reset tokens to the emulator’s outbox', async () => {
    await graphql(documents.requestReset, { email: 'grace@example.com' })
    expect(emulator.outbox.latest('grace@example.com', 'reset-password')).toMatchObject({
      api: 'adobe-commerce',
    })
  })
})
