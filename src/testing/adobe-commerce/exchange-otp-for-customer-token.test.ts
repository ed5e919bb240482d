import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  bearer,
  documents,
  signIn,
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'

const exchange = /* GraphQL */ `
  mutation Exchange($email: String!, $otp: String!) {
    exchangeOtpForCustomerToken(email: $email, otp: $otp) {
      token
    }
  }
`

const generic =
  'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.'

describe('exchangeOtpForCustomerToken', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  function exchangeResult(email: string, otp: string) {
    return server.graphql(exchange, { email, otp })
  }

  async function tokenFor(email: string, otp: string): Promise<string> {
    const result = await exchangeResult(email, otp)
    const token = (result.body.data?.['exchangeOtpForCustomerToken'] as { token?: string } | null)
      ?.token
    if (!token) throw new Error(`Exchange failed: ${JSON.stringify(result.body)}`)
    return token
  }

  function expectRefused(result: Awaited<ReturnType<typeof exchangeResult>>) {
    expect(result.status).toBe(401)
    expect(result.body).toMatchObject({
      data: { exchangeOtpForCustomerToken: null },
      errors: [
        {
          message: generic,
          path: ['exchangeOtpForCustomerToken'],
          extensions: { category: 'graphql-authentication' },
        },
      ],
    })
  }

  it('trades an admin-issued code for a token that reads the customer', async () => {
    const code = await server.api.issueOneTimeCode('ada@example.com')
    const jwt = await tokenFor('ada@example.com', code)
    const customer = await server.graphql(documents.customer, {}, bearer(jwt))
    expect(customer.body.data).toMatchObject({ customer: { email: 'ada@example.com' } })
  })

  it('refuses a code it already traded', async () => {
    const code = await server.api.issueOneTimeCode('ada@example.com')
    await tokenFor('ada@example.com', code)
    expectRefused(await exchangeResult('ada@example.com', code))
  })

  it('refuses a code with another customer’s email, and the code still works for its own', async () => {
    const code = await server.api.issueOneTimeCode('ada@example.com')
    expectRefused(await exchangeResult('grace@example.com', code))
    expectRefused(await exchangeResult('nobody@example.com', code))
    await expect(tokenFor('ada@example.com', code)).resolves.toMatch(/\./)
  })

  it('refuses a code past its lifetime', async () => {
    const code = await server.api.issueOneTimeCode('ada@example.com')
    server.clock.advance(30_000)
    expectRefused(await exchangeResult('ada@example.com', code))
  })

  it('refuses a code for a customer who has not allowed remote shopping assistance', async () => {
    const code = await server.api.issueOneTimeCode('grace@example.com')
    expectRefused(await exchangeResult('grace@example.com', code))
  })

  it('does not take the account password', async () => {
    expectRefused(await exchangeResult('ada@example.com', 'analytical-engine'))
  })

  it('also trades a password-reset token, once', async () => {
    await server.graphql(documents.requestReset, { email: 'grace@example.com' })
    const resetToken = server.outbox.latest('grace@example.com', 'reset-password')?.token ?? ''
    await expect(tokenFor('grace@example.com', resetToken)).resolves.toMatch(/\./)
    expectRefused(await exchangeResult('grace@example.com', resetToken))
  })

  it('spends the code for generateCustomerToken too, and the other way round', async () => {
    const traded = await server.api.issueOneTimeCode('ada@example.com')
    await tokenFor('ada@example.com', traded)
    const asPassword = await server.graphql(documents.generateToken, {
      email: 'ada@example.com',
      password: traded,
    })
    expect(asPassword.status).toBe(401)

    const signedIn = await server.api.issueOneTimeCode('ada@example.com')
    await signIn(server, 'ada@example.com', signedIn)
    expectRefused(await exchangeResult('ada@example.com', signedIn))
  })

  it('answers blank arguments with graphql-input errors', async () => {
    const noEmail = await exchangeResult('', 'a'.repeat(32))
    expect(noEmail.body.errors).toMatchObject([
      { message: 'Specify the "email" value.', extensions: { category: 'graphql-input' } },
    ])
    const noCode = await exchangeResult('ada@example.com', '')
    expect(noCode.body.errors).toMatchObject([
      { message: 'Specify the "otp" value.', extensions: { category: 'graphql-input' } },
    ])
  })

  it('neither checks nor feeds the sign-in lockout', async () => {
    for (let i = 0; i < 6; i++) await exchangeResult('ada@example.com', `${i}`.repeat(32))
    await expect(signIn(server, 'ada@example.com', 'analytical-engine')).resolves.toMatch(/\./)
  })
})
