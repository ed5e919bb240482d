import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../index.js'
import { storefrontClient } from '../test-support/graphql-over-http.js'
import {
  activate,
  activateByUrl,
  createCustomer,
  login,
  readCustomer,
  recover,
  reset,
  resetByUrl,
  update,
  type TokenPayload,
} from '../test-support/storefront-operations.js'

type Errors = TokenPayload['customerUserErrors']
interface AccountPayload extends TokenPayload {
  readonly customer: { id: string; email: string } | null
}

let emulator: Emulator
let send: ReturnType<typeof storefrontClient>

beforeEach(async () => {
  emulator = createEmulator({ startTime: '2026-05-01T10:00:00Z' })
  send = storefrontClient(await emulator.listen(), emulator)
})
afterEach(() => emulator.close())

async function signIn(email: string, password: string) {
  const result = await send<{ customerAccessTokenCreate: TokenPayload }>(login, {
    input: { email, password },
  })
  return result.data?.customerAccessTokenCreate.customerAccessToken?.accessToken ?? null
}

async function register(input: Record<string, unknown>) {
  const result = await send<{
    customerCreate: { customer: unknown; customerUserErrors: Errors; userErrors: unknown }
  }>(createCustomer, { input })
  expect(result.errors).toBeUndefined()
  return result.data?.customerCreate
}

describe('customerCreate', () => {
  it('creates an enabled customer who can then sign in', async () => {
    const payload = await register({
      email: 'new@example.com',
      password: 'hunter22',
      firstName: 'New',
      acceptsMarketing: true,
    })
    expect(payload).toMatchObject({
      customer: {
        email: 'new@example.com',
        firstName: 'New',
        displayName: 'New',
        acceptsMarketing: true,
      },
      customerUserErrors: [],
      userErrors: [],
    })
    expect(await signIn('new@example.com', 'hunter22')).toMatch(/^[0-9a-f]{32}$/)
  })

  it('answers each password rule with its code on input.password', async () => {
    const field = ['input', 'password']
    const cases: [string, Errors][] = [
      ['', [{ code: 'BLANK', field, message: "Password can't be blank" }]],
      [
        'abcd',
        [{ code: 'TOO_SHORT', field, message: 'Password is too short (minimum is 5 characters)' }],
      ],
      [
        'a'.repeat(41),
        [{ code: 'TOO_LONG', field, message: 'Password is too long (maximum is 40 characters)' }],
      ],
      [
        ' leading-space',
        [
          {
            code: 'PASSWORD_STARTS_OR_ENDS_WITH_WHITESPACE',
            field,
            message: 'Password cannot start or end with whitespace',
          },
        ],
      ],
      [
        'trailing-space ',
        [
          {
            code: 'PASSWORD_STARTS_OR_ENDS_WITH_WHITESPACE',
            field,
            message: 'Password cannot start or end with whitespace',
          },
        ],
      ],
    ]
    for (const [password, errors] of cases) {
      const payload = await register({ email: 'rules@example.com', password })
      expect(payload?.customer).toBeNull()
      expect(payload?.customerUserErrors).toEqual(errors)
    }
    expect(
      (await register({ email: 'rules@example.com', password: 'a'.repeat(40) }))
        ?.customerUserErrors,
    ).toEqual([])
  })

  it('refuses HTML tags and URLs in names', async () => {
    const payload = await register({
      email: 'x@example.com',
      password: 'hunter22',
      firstName: '<b>Bad</b>',
      lastName: 'see https://spam.example',
    })
    expect(payload?.customerUserErrors).toEqual([
      {
        code: 'CONTAINS_HTML_TAGS',
        field: ['input', 'firstName'],
        message: 'First name cannot contain HTML tags',
      },
      {
        code: 'CONTAINS_URL',
        field: ['input', 'lastName'],
        message: 'Last name cannot contain URL',
      },
    ])
    expect(payload?.userErrors).toEqual([
      { field: ['input', 'firstName'], message: 'First name cannot contain HTML tags' },
      { field: ['input', 'lastName'], message: 'Last name cannot contain URL' },
    ])
  })

  it('answers INVALID for a malformed email or phone and TAKEN for an existing email', async () => {
    expect(
      (await register({ email: 'not-an-email', password: 'hunter22' }))?.customerUserErrors,
    ).toEqual([{ code: 'INVALID', field: ['input', 'email'], message: 'Email is invalid' }])
    expect(
      (await register({ email: 'p@example.com', password: 'hunter22', phone: '0123' }))
        ?.customerUserErrors,
    ).toEqual([{ code: 'INVALID', field: ['input', 'phone'], message: 'Phone is invalid' }])
    expect(
      (await register({ email: 'ADA@example.com', password: 'hunter22' }))?.customerUserErrors,
    ).toEqual([
      { code: 'TAKEN', field: ['input', 'email'], message: 'Email has already been taken' },
    ])
  })

  it('re-sends the invite instead of creating a second account for an invited address', async () => {
    const before = emulator.outbox.mails.length
    const payload = await register({ email: 'invited@example.com', password: 'hunter22' })
    expect(payload?.customerUserErrors).toEqual([
      {
        code: 'CUSTOMER_DISABLED',
        field: null,
        message:
          'We have sent an email to invited@example.com, please click the link included to verify your email address.',
      },
    ])
    expect(emulator.outbox.mails).toHaveLength(before + 1)
    expect(emulator.outbox.latest('invited@example.com')?.kind).toBe('activate')
  })
})

describe('password recovery', () => {
  it('answers UNIDENTIFIED_CUSTOMER on email for an unknown address', async () => {
    const result = await send<{ customerRecover: { customerUserErrors: Errors } }>(recover, {
      email: 'nobody@example.com',
    })
    expect(result.data?.customerRecover.customerUserErrors).toEqual([
      { code: 'UNIDENTIFIED_CUSTOMER', field: ['email'], message: 'Could not find customer' },
    ])
  })

  it('mails a reset URL whose token customerReset accepts once, invalidating earlier tokens', async () => {
    const earlier = await signIn('ada@example.com', 'analytical-engine')
    const result = await send<{ customerRecover: { customerUserErrors: Errors } }>(recover, {
      email: 'ada@example.com',
    })
    expect(result.data?.customerRecover.customerUserErrors).toEqual([])
    const mail = emulator.outbox.latest('ada@example.com', 'recover')
    expect(mail).toMatchObject({
      api: 'shopify',
      to: 'ada@example.com',
      customerId: expect.stringMatching(/^gid:\/\/shopify\/Customer\/\d+$/),
    })
    const number = mail?.customerId.split('/').pop()
    expect(mail?.url).toBe(`https://emulator.myshopify.com/account/reset/${number}/${mail?.token}`)

    const variables = {
      id: mail?.customerId,
      input: { resetToken: mail?.token, password: 'new-password' },
    }
    const done = await send<{ customerReset: AccountPayload }>(reset, variables)
    expect(done.data?.customerReset).toMatchObject({
      customer: { email: 'ada@example.com' },
      customerUserErrors: [],
      userErrors: [],
    })
    expect(done.data?.customerReset.customerAccessToken?.accessToken).toMatch(/^[0-9a-f]{32}$/)
    expect(
      (await send<{ customer: null }>(readCustomer, { token: earlier })).data?.customer,
    ).toBeNull()
    expect(await signIn('ada@example.com', 'analytical-engine')).toBeNull()
    expect(await signIn('ada@example.com', 'new-password')).not.toBeNull()

    const again = await send<{ customerReset: AccountPayload }>(reset, variables)
    expect(again.data?.customerReset).toMatchObject({
      customer: null,
      customerAccessToken: null,
      customerUserErrors: [
        { code: 'TOKEN_INVALID', field: ['input'], message: 'Invalid reset token' },
      ],
    })
  })

  it('checks the password rules before using a reset token', async () => {
    await send(recover, { email: 'ada@example.com' })
    const mail = emulator.outbox.latest('ada@example.com', 'recover')
    const result = await send<{ customerReset: AccountPayload }>(reset, {
      id: mail?.customerId,
      input: { resetToken: mail?.token, password: 'abc' },
    })
    expect(result.data?.customerReset.customerUserErrors).toEqual([
      {
        code: 'TOO_SHORT',
        field: ['input', 'password'],
        message: 'Password is too short (minimum is 5 characters)',
      },
    ])
  })

  it('resets by URL, and answers a top-level NOT_FOUND for a URL of no customer', async () => {
    await send(recover, { email: 'grace@example.com' })
    const mail = emulator.outbox.latest('grace@example.com', 'recover')
    const done = await send<{ customerResetByUrl: AccountPayload }>(resetByUrl, {
      resetUrl: mail?.url,
      password: 'new-password',
    })
    expect(done.data?.customerResetByUrl).toMatchObject({
      customer: { email: 'grace@example.com' },
      customerUserErrors: [],
    })
    expect(done.data?.customerResetByUrl.customerAccessToken).not.toBeNull()

    const bad = await send<{ customerResetByUrl: null }>(resetByUrl, {
      resetUrl: 'https://emulator.myshopify.com/account/reset/999999/nope',
      password: 'new-password',
    })
    expect(bad.data).toEqual({ customerResetByUrl: null })
    expect(bad.errors).toEqual([
      expect.objectContaining({
        message: 'Unidentified customer',
        extensions: { code: 'NOT_FOUND' },
        path: ['customerResetByUrl'],
      }),
    ])
  })
})

describe('account activation', () => {
  it('mails seeded invited customers an activation URL at creation', () => {
    const mail = emulator.outbox.latest('invited@example.com', 'activate')
    const number = mail?.customerId.split('/').pop()
    expect(mail).toMatchObject({ api: 'shopify', token: expect.stringMatching(/^[0-9a-f]{32}$/) })
    expect(mail?.url).toBe(
      `https://emulator.myshopify.com/account/activate/${number}/${mail?.token}`,
    )
  })

  it('activates with the mailed token, signs in, then answers ALREADY_ENABLED', async () => {
    const mail = emulator.outbox.latest('invited@example.com', 'activate')
    const wrong = await send<{ customerActivate: AccountPayload }>(activate, {
      id: mail?.customerId,
      input: { activationToken: 'wrong', password: 'chosen-pass' },
    })
    expect(wrong.data?.customerActivate).toEqual({
      customer: null,
      customerAccessToken: null,
      customerUserErrors: [
        { code: 'TOKEN_INVALID', field: ['input'], message: 'Invalid activation token' },
      ],
      userErrors: [{ field: null, message: 'Invalid activation token' }],
    })
    const variables = {
      id: mail?.customerId,
      input: { activationToken: mail?.token, password: 'chosen-pass' },
    }
    const done = await send<{ customerActivate: AccountPayload }>(activate, variables)
    expect(done.data?.customerActivate).toMatchObject({
      customer: { email: 'invited@example.com' },
      customerUserErrors: [],
      userErrors: [],
    })
    expect(done.data?.customerActivate.customerAccessToken?.accessToken).toMatch(/^[0-9a-f]{32}$/)
    expect(await signIn('invited@example.com', 'chosen-pass')).not.toBeNull()

    const again = await send<{ customerActivate: AccountPayload }>(activate, variables)
    expect(again.data?.customerActivate.customerUserErrors).toEqual([
      { code: 'ALREADY_ENABLED', field: null, message: 'Customer already enabled' },
    ])
  })

  it('activates by URL and refuses a URL of no customer with a top-level NOT_FOUND', async () => {
    const mail = emulator.outbox.latest('invited@example.com', 'activate')
    const done = await send<{ customerActivateByUrl: AccountPayload }>(activateByUrl, {
      activationUrl: mail?.url,
      password: 'chosen-pass',
    })
    expect(done.data?.customerActivateByUrl).toMatchObject({
      customer: { email: 'invited@example.com' },
      customerUserErrors: [],
    })
    const bad = await send<{ customerActivateByUrl: null }>(activateByUrl, {
      activationUrl: 'https://emulator.myshopify.com/nowhere',
      password: 'chosen-pass',
    })
    expect(bad.data).toEqual({ customerActivateByUrl: null })
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' })
  })
})

describe('customerUpdate', () => {
  it('updates the profile without touching tokens', async () => {
    const token = await signIn('grace@example.com', 'compiler-1952')
    emulator.clock.advance(60_000)
    const result = await send<{
      customerUpdate: AccountPayload & { customer: { firstName: string; updatedAt: string } }
    }>(update, { token, customer: { firstName: 'Amazing Grace' } })
    expect(result.data?.customerUpdate).toMatchObject({
      customer: { firstName: 'Amazing Grace', updatedAt: '2026-05-01T10:01:00Z' },
      customerAccessToken: null,
      customerUserErrors: [],
    })
    expect(
      (await send<{ customer: { firstName: string } }>(readCustomer, { token })).data?.customer
        .firstName,
    ).toBe('Amazing Grace')
  })

  it('invalidates every earlier token on a password change and returns a new one', async () => {
    const first = await signIn('grace@example.com', 'compiler-1952')
    const second = await signIn('grace@example.com', 'compiler-1952')
    const result = await send<{ customerUpdate: AccountPayload }>(update, {
      token: first,
      customer: { password: 'cobol-1959' },
    })
    const fresh = result.data?.customerUpdate.customerAccessToken?.accessToken
    expect(fresh).toMatch(/^[0-9a-f]{32}$/)
    for (const old of [first, second])
      expect(
        (await send<{ customer: null }>(readCustomer, { token: old })).data?.customer,
      ).toBeNull()
    expect(
      (await send<{ customer: { email: string } }>(readCustomer, { token: fresh })).data?.customer
        .email,
    ).toBe('grace@example.com')
    expect(await signIn('grace@example.com', 'cobol-1959')).not.toBeNull()
  })

  it('answers field errors on the customer input path', async () => {
    const token = await signIn('grace@example.com', 'compiler-1952')
    const result = await send<{ customerUpdate: AccountPayload }>(update, {
      token,
      customer: { password: 'x', lastName: '<i>Hopper</i>', email: 'ada@example.com' },
    })
    expect(result.data?.customerUpdate.customerUserErrors).toEqual([
      {
        code: 'TOO_SHORT',
        field: ['customer', 'password'],
        message: 'Password is too short (minimum is 5 characters)',
      },
      {
        code: 'CONTAINS_HTML_TAGS',
        field: ['customer', 'lastName'],
        message: 'Last name cannot contain HTML tags',
      },
    ])
    const taken = await send<{ customerUpdate: AccountPayload }>(update, {
      token,
      customer: { email: 'ada@example.com' },
    })
    expect(taken.data?.customerUpdate.customerUserErrors).toEqual([
      { code: 'TAKEN', field: ['customer', 'email'], message: 'Email has already been taken' },
    ])
  })

  it('answers a top-level ACCESS_DENIED for an invalid customer access token', async () => {
    const result = await send<{ customerUpdate: null }>(update, {
      token: 'nope',
      customer: { firstName: 'X' },
    })
    expect(result.data).toEqual({ customerUpdate: null })
    expect(result.errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED')
  })
})
