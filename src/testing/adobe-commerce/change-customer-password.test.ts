import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  bearer,
  documents,
  signIn,
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'
import { ACCOUNT_LOCK_FAILURES, ACCOUNT_LOCK_MS } from './change-customer-password.js'

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
const newPassword = 'Difference-Engine-2'

const changePassword = /* GraphQL */ `
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changeCustomerPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      email
      firstname
    }
  }
`

describe('changeCustomerPassword', () => {
  let server: AdobeTestServer
  let token: string
  beforeEach(async () => {
    server = await startAdobeTestServer()
    token = await signIn(server, ada.email, ada.password)
  })
  afterEach(() => server.close())

  const change = (currentPassword: string, next: string, headers = bearer(token)) =>
    server.graphql(changePassword, { currentPassword, newPassword: next }, headers)

  it('changes the password: the new one signs in, the old one no longer does, the token stays valid', async () => {
    const result = await change(ada.password, newPassword)
    expect(result.status).toBe(200)
    expect(result.body).toEqual({
      data: { changeCustomerPassword: { email: ada.email, firstname: 'Ada' } },
    })
    await expect(signIn(server, ada.email, newPassword)).resolves.toMatch(/\./)
    const old = await server.graphql(documents.generateToken, ada)
    expect(old.body.errors?.[0]?.extensions?.category).toBe('graphql-authentication')
    const customer = await server.graphql(documents.customer, {}, bearer(token))
    expect(customer.body.data?.['customer']).toMatchObject({ email: ada.email })
  })

  it('refuses a guest as Magento does: not authorized (HTTP 403)', async () => {
    const result = await change(ada.password, newPassword, {})
    expect(result.status).toBe(403)
    expect(result.body.errors).toMatchObject([
      {
        message: "The current customer isn't authorized.",
        extensions: { category: 'graphql-authorization' },
        path: ['changeCustomerPassword'],
      },
    ])
  })

  it('refuses blank arguments with graphql-input', async () => {
    const blankCurrent = await change('  ', newPassword)
    expect(blankCurrent.status).toBe(200)
    expect(blankCurrent.body.errors).toMatchObject([
      {
        message: 'Specify the "currentPassword" value.',
        extensions: { category: 'graphql-input' },
      },
    ])
    const blankNew = await change(ada.password, '')
    expect(blankNew.body.errors?.[0]?.message).toBe('Specify the "newPassword" value.')
  })

  it('answers a wrong current password with graphql-authentication on the field (HTTP 401), the session untouched', async () => {
    const result = await change('not-my-password', newPassword)
    expect(result.status).toBe(401)
    expect(result.body).toMatchObject({
      data: { changeCustomerPassword: null },
      errors: [
        {
          message: 'Invalid login or password.',
          extensions: { category: 'graphql-authentication' },
          path: ['changeCustomerPassword'],
        },
      ],
    })
    await expect(signIn(server, ada.email, ada.password)).resolves.toMatch(/\./)
  })

  it("refuses a new password that breaks Magento's rules, with its message", async () => {
    const short = await change(ada.password, 'Ab1!')
    expect(short.body.errors).toMatchObject([
      {
        message: 'The password needs at least 8 characters. Create a new password and try again.',
        extensions: { category: 'graphql-input' },
      },
    ])
    const twoClasses = await change(ada.password, 'lowercase-only')
    expect(twoClasses.body.errors?.[0]?.message).toMatch(
      /^Minimum of different classes of characters in password is 3\./,
    )
    const email = await change(ada.password, 'ADA@example.com')
    expect(email.body.errors?.[0]?.message).toBe(
      "The password can't be the same as the email address. Create a new password and try again.",
    )
    await expect(signIn(server, ada.email, ada.password)).resolves.toMatch(/\./)
  })

  it('accepts the current password as the new one: Magento has no such rule', async () => {
    await signIn(server, ada.email, ada.password)
    const strong = 'Analytical-Engine-1843'
    expect((await change(ada.password, strong)).body.errors).toBeUndefined()
    expect((await change(strong, strong)).body.data).toEqual({
      changeCustomerPassword: { email: ada.email, firstname: 'Ada' },
    })
  })

  it('spends a pending reset link', async () => {
    await server.graphql(documents.requestReset, { email: ada.email })
    const mail = server.outbox.latest(ada.email, 'reset-password')
    await change(ada.password, newPassword)
    const reset = await server.graphql(documents.resetPassword, {
      email: ada.email,
      token: mail?.token,
      password: 'Another-Password-3',
    })
    expect(reset.body.errors?.[0]?.message).toBe("Cannot set the customer's password")
  })

  it('locks the account after Magento’s 10 failures, shared with sign-in, for 10 minutes', async () => {
    for (let failure = 1; failure < ACCOUNT_LOCK_FAILURES; failure++)
      expect((await change('wrong', newPassword)).body.errors?.[0]?.message).toBe(
        'Invalid login or password.',
      )
    const locking = await change('wrong', newPassword)
    expect(locking.status).toBe(401)
    expect(locking.body.errors?.[0]?.message).toBe('The account is locked.')
    // Sign-in meets the lock even with the right password, with its generic message.
    const signInLocked = await server.graphql(documents.generateToken, ada)
    expect(signInLocked.body.errors).toMatchObject([
      {
        message:
          'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
        extensions: { category: 'graphql-authentication' },
      },
    ])
    expect(server.api.customers().find((c) => c.email === ada.email)?.lockedUntil).toBe(
      server.clock.now() + ACCOUNT_LOCK_MS,
    )
    server.clock.advance(ACCOUNT_LOCK_MS)
    await expect(signIn(server, ada.email, ada.password)).resolves.toMatch(/\./)
  })

  it('lets the right current password through while the account is locked, as Authentication::authenticate does', async () => {
    for (let failure = 0; failure < ACCOUNT_LOCK_FAILURES; failure++) await change('wrong', 'x')
    const result = await change(ada.password, newPassword)
    expect(result.body.errors).toBeUndefined()
  })
})
