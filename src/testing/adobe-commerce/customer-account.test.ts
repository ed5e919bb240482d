import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  bearer,
  documents,
  signIn,
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'

const newCustomer = {
  firstname: 'Katherine',
  lastname: 'Johnson',
  email: 'katherine@example.com',
  password: 'Trajectory-1961',
}

describe('customer accounts', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  function inputError(result: Awaited<ReturnType<AdobeTestServer['graphql']>>, message: string) {
    expect(result.status).toBe(200)
    expect(result.body.errors).toMatchObject([
      { message, extensions: { category: 'graphql-input' } },
    ])
  }

  describe('createCustomerV2', () => {
    it('creates a customer who can sign in at once and keeps no password in the clear', async () => {
      const result = await server.graphql(documents.create, {
        input: { ...newCustomer, is_subscribed: true, allow_remote_shopping_assistance: true },
      })
      expect(result.body).toEqual({
        data: {
          createCustomerV2: {
            customer: {
              email: 'katherine@example.com',
              firstname: 'Katherine',
              lastname: 'Johnson',
              is_subscribed: true,
              allow_remote_shopping_assistance: true,
              confirmation_status: 'ACCOUNT_CONFIRMATION_NOT_REQUIRED',
            },
          },
        },
      })
      await expect(signIn(server, newCustomer.email, newCustomer.password)).resolves.toMatch(/\./)
      const record = server.api.customers().find((customer) => customer.email === newCustomer.email)
      expect(record).toMatchObject({ hasPassword: true, confirmation: 'not-required' })
      expect(JSON.stringify(server.api.customers())).not.toContain(newCustomer.password)
    })

    it('refuses an address already in use, whatever its case', async () => {
      const result = await server.graphql(documents.create, {
        input: { ...newCustomer, email: 'ADA@example.com' },
      })
      inputError(
        result,
        'A customer with the same email address already exists in an associated website.',
      )
      expect(result.body.data).toEqual({ createCustomerV2: null })
    })

    it('refuses a malformed address', async () => {
      const result = await server.graphql(documents.create, {
        input: { ...newCustomer, email: 'katherine' },
      })
      inputError(result, '"katherine" is not a valid email address.')
    })

    it('refuses blank names', async () => {
      const result = await server.graphql(documents.create, {
        input: { ...newCustomer, firstname: ' ', lastname: '' },
      })
      inputError(result, 'Required parameters are missing: First Name, Last Name')
    })

    it.each([
      [
        'too short',
        'Ab-1',
        'The password needs at least 8 characters. Create a new password and try again.',
      ],
      [
        'with too few character classes',
        'trajectory',
        'Minimum of different classes of characters in password is 3. Classes of characters: Lower Case, Upper Case, Digits, Special Characters.',
      ],
      [
        'with surrounding spaces',
        ' Trajectory-1961 ',
        "The password can't begin or end with a space. Verify the password and try again.",
      ],
    ])('refuses a password %s with Magento’s message', async (_case, password, message) => {
      const result = await server.graphql(documents.create, { input: { ...newCustomer, password } })
      inputError(result, message)
      expect(server.api.customers().some((customer) => customer.email === newCustomer.email)).toBe(
        false,
      )
    })

    it('creates an unconfirmed account and mails a confirmation key when confirmation is required', async () => {
      await server.close()
      server = await startAdobeTestServer({ requireConfirmation: true })
      await server.graphql(documents.create, { input: newCustomer })
      const refused = await server.graphql(documents.generateToken, {
        email: newCustomer.email,
        password: newCustomer.password,
      })
      expect(refused.status).toBe(401)
      expect(refused.body.errors?.[0]?.message).toBe(
        "This account isn't confirmed. Verify and try again.",
      )

      const mail = server.outbox.latest(newCustomer.email, 'activate')
      expect(mail).toMatchObject({
        api: 'adobe-commerce',
        token: expect.stringMatching(/^[0-9a-f]{32}$/),
      })
      const wrongKey = await server.graphql(documents.confirmEmail, {
        email: newCustomer.email,
        key: 'f'.repeat(32),
      })
      inputError(wrongKey, 'The confirmation token is invalid. Verify the token and try again.')

      const confirmed = await server.graphql(documents.confirmEmail, {
        email: newCustomer.email,
        key: mail?.token,
      })
      expect(confirmed.body).toEqual({
        data: {
          confirmEmail: {
            customer: { email: newCustomer.email, confirmation_status: 'ACCOUNT_CONFIRMED' },
          },
        },
      })
      await expect(signIn(server, newCustomer.email, newCustomer.password)).resolves.toMatch(/\./)
      const again = await server.graphql(documents.confirmEmail, {
        email: newCustomer.email,
        key: mail?.token,
      })
      inputError(again, 'The account is already active.')
    })
  })

  describe('resendConfirmationEmail', () => {
    it('mails a seeded unconfirmed customer a key that confirms the account', async () => {
      const resent = await server.graphql(documents.resendConfirmation, {
        email: 'unconfirmed@example.com',
      })
      expect(resent.body).toEqual({ data: { resendConfirmationEmail: true } })
      const key = server.outbox.latest('unconfirmed@example.com', 'activate')?.token
      const confirmed = await server.graphql(documents.confirmEmail, {
        email: 'unconfirmed@example.com',
        key,
      })
      expect(confirmed.status).toBe(200)
      await expect(signIn(server, 'unconfirmed@example.com', 'confirm-me-first')).resolves.toMatch(
        /\./,
      )
    })

    it('refuses confirmed, unknown and malformed addresses', async () => {
      inputError(
        await server.graphql(documents.resendConfirmation, { email: 'ada@example.com' }),
        "Confirmation isn't needed.",
      )
      inputError(
        await server.graphql(documents.resendConfirmation, { email: 'nobody@example.com' }),
        'There is no user registered with that email address.',
      )
      inputError(
        await server.graphql(documents.resendConfirmation, { email: 'nope' }),
        'Email address is not valid',
      )
      expect(server.outbox.mails).toEqual([])
    })
  })

  describe('isEmailAvailable', () => {
    it('reports taken and free addresses', async () => {
      const taken = await server.graphql(documents.isEmailAvailable, { email: 'grace@example.com' })
      expect(taken.body).toEqual({ data: { isEmailAvailable: { is_email_available: false } } })
      const free = await server.graphql(documents.isEmailAvailable, { email: 'new@example.com' })
      expect(free.body).toEqual({ data: { isEmailAvailable: { is_email_available: true } } })
    })

    it('refuses an empty or malformed address', async () => {
      inputError(
        await server.graphql(documents.isEmailAvailable, { email: '' }),
        'Email must be specified',
      )
      inputError(
        await server.graphql(documents.isEmailAvailable, { email: 'nope' }),
        'Email is invalid',
      )
    })
  })

  describe('updateCustomerV2', () => {
    it('updates the signed-in customer and leaves unspecified fields alone', async () => {
      const jwt = await signIn(server, 'grace@example.com', 'compiler-1952')
      const result = await server.graphql(
        documents.update,
        { input: { firstname: 'Rear Admiral Grace', allow_remote_shopping_assistance: true } },
        bearer(jwt),
      )
      expect(result.body).toEqual({
        data: {
          updateCustomerV2: {
            customer: {
              firstname: 'Rear Admiral Grace',
              lastname: 'Hopper',
              allow_remote_shopping_assistance: true,
            },
          },
        },
      })
    })

    it('needs a signed-in customer', async () => {
      const result = await server.graphql(documents.update, { input: { firstname: 'Nobody' } })
      expect(result.status).toBe(403)
      expect(result.body.errors?.[0]?.extensions?.category).toBe('graphql-authorization')
    })

    it('refuses an empty input and a blank name', async () => {
      const jwt = await signIn(server, 'grace@example.com', 'compiler-1952')
      inputError(
        await server.graphql(documents.update, { input: {} }, bearer(jwt)),
        '"input" value should be specified',
      )
      inputError(
        await server.graphql(documents.update, { input: { lastname: '' } }, bearer(jwt)),
        'Required parameters are missing: Last Name',
      )
    })
  })

  describe('requestPasswordResetEmail and resetPassword errors', () => {
    it('refuses an empty, malformed or unknown address', async () => {
      inputError(
        await server.graphql(documents.requestReset, { email: '' }),
        'You must specify an email address.',
      )
      inputError(
        await server.graphql(documents.requestReset, { email: 'nope' }),
        'The email address has an invalid format.',
      )
      inputError(
        await server.graphql(documents.requestReset, { email: 'nobody@example.com' }),
        "Cannot reset the customer's password",
      )
      expect(server.outbox.mails).toEqual([])
    })

    it('refuses missing arguments, a wrong token and a weak password without changing the password', async () => {
      await server.graphql(documents.requestReset, { email: 'grace@example.com' })
      const token = server.outbox.latest('grace@example.com', 'reset-password')?.token ?? ''
      const reset = (variables: Record<string, string>) =>
        server.graphql(documents.resetPassword, {
          email: 'grace@example.com',
          token,
          password: 'Compiler-1959',
          ...variables,
        })
      inputError(await reset({ token: '' }), 'resetPasswordToken must be specified')
      inputError(await reset({ password: '' }), 'newPassword must be specified')
      inputError(await reset({ token: '0'.repeat(32) }), "Cannot set the customer's password")
      inputError(await reset({ password: 'short' }), "Cannot set the customer's password")
      inputError(await reset({ email: 'nobody@example.com' }), "Cannot set the customer's password")
      await expect(signIn(server, 'grace@example.com', 'compiler-1952')).resolves.toMatch(/\./)
    })
  })
})
