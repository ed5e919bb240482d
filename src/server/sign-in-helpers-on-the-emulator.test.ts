import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../testing/index.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'
import { AdobeCommerceAdminError } from './adobe-commerce-admin-error.js'
import { requestLoginAsCustomerCode } from './request-login-as-customer-code.js'
import { generateMultipassToken } from './server-multipass.js'

let emulator: Emulator
let baseUrl: string

beforeEach(async () => {
  emulator = createEmulator({ startTime: '2026-11-21T10:00:00.000Z' })
  baseUrl = await emulator.listen()
})

afterEach(async () => {
  await emulator.close()
})

async function graphql(
  path: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] }
}

const multipassLogin = /* GraphQL */ `
  mutation MultipassLogin($multipassToken: String!) {
    customerAccessTokenCreateWithMultipass(multipassToken: $multipassToken) {
      customerAccessToken {
        accessToken
        expiresAt
      }
      customerUserErrors {
        code
        field
        message
      }
    }
  }
`

async function signInWithMultipass(multipassToken: string) {
  const body = await graphql(
    emulator.storefrontPath,
    { 'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken },
    multipassLogin,
    { multipassToken },
  )
  return (
    body.data as {
      customerAccessTokenCreateWithMultipass: {
        customerAccessToken: { accessToken: string } | null
        customerUserErrors: Array<{ code: string }>
      }
    }
  ).customerAccessTokenCreateWithMultipass
}

describe('a Multipass token from generateMultipassToken', () => {
  it('signs the customer in through customerAccessTokenCreateWithMultipass', async () => {
    const multipassToken = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com', first_name: 'Ada' },
      { now: new Date(emulator.clock.now()) },
    )
    const result = await signInWithMultipass(multipassToken)
    expect(result.customerUserErrors).toEqual([])
    const accessToken = result.customerAccessToken?.accessToken ?? ''
    const customer = await graphql(
      emulator.storefrontPath,
      { 'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken },
      'query Me($token: String!) { customer(customerAccessToken: $token) { email } }',
      { token: accessToken },
    )
    expect(customer.data).toEqual({ customer: { email: 'ada@example.com' } })
  })

  it('is accepted without padding too, and refused when signed with another secret', async () => {
    const now = new Date(emulator.clock.now())
    const unpadded = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'new.customer@example.com' },
      { now, padding: false },
    )
    expect((await signInWithMultipass(unpadded)).customerAccessToken).not.toBeNull()
    const foreign = await generateMultipassToken(
      'not-the-shops-secret',
      { email: 'ada@example.com' },
      { now },
    )
    expect((await signInWithMultipass(foreign)).customerUserErrors.map((e) => e.code)).toEqual([
      'INVALID_MULTIPASS_REQUEST',
    ])
  })
})

const adobeSignIn = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    generateCustomerToken(email: $email, password: $password) {
      token
    }
  }
`

const errorOf = (promise: Promise<unknown>) => rejectionOf(promise, AdobeCommerceAdminError)

describe('a login-as-customer code from requestLoginAsCustomerCode', () => {
  function customerId(email: string): number {
    const customer = emulator.adobeCommerce.customers().find((c) => c.email === email)
    if (!customer) throw new Error(`no seeded customer ${email}`)
    return customer.id
  }

  it('is accepted once by generateCustomerToken as the password', async () => {
    const code = await requestLoginAsCustomerCode({
      baseUrl,
      adminToken: emulator.adobeAdminToken,
      customerId: customerId('ada@example.com'),
    })
    const first = await graphql('/graphql', {}, adobeSignIn, {
      email: 'ada@example.com',
      password: code,
    })
    expect(
      (first.data as { generateCustomerToken: { token: string } }).generateCustomerToken.token,
    ).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    const again = await graphql('/graphql', {}, adobeSignIn, {
      email: 'ada@example.com',
      password: code,
    })
    expect(again.errors).toHaveLength(1)
  })

  it('is refused with a wrong admin token (UNAUTHORIZED) or an unknown customer (CUSTOMER_NOT_FOUND)', async () => {
    const wrong = await errorOf(
      requestLoginAsCustomerCode({ baseUrl, adminToken: 'wrong-admin-token', customerId: 1 }),
    )
    expect(wrong).toMatchObject({ code: 'UNAUTHORIZED', status: 401 })
    expect(wrong.message).not.toContain('wrong-admin-token')
    const unknown = await errorOf(
      requestLoginAsCustomerCode({
        baseUrl,
        adminToken: emulator.adobeAdminToken,
        customerId: 99999,
      }),
    )
    expect(unknown).toMatchObject({ code: 'CUSTOMER_NOT_FOUND', status: 404 })
  })
})
