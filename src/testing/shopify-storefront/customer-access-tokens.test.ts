import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../index.js'
import { storefrontClient } from '../test-support/graphql-over-http.js'
import {
  login,
  logout,
  readCustomer,
  renew,
  type TokenPayload,
} from '../test-support/storefront-operations.js'

const day = 24 * 60 * 60 * 1000
const start = '2026-05-01T10:00:00Z'
let emulator: Emulator
let send: ReturnType<typeof storefrontClient>

beforeEach(async () => {
  emulator = createEmulator({ startTime: start })
  send = storefrontClient(await emulator.listen(), emulator)
})
afterEach(() => emulator.close())

async function signIn(email = 'ada@example.com', password = 'analytical-engine') {
  return send<{ customerAccessTokenCreate: TokenPayload | null }>(login, {
    input: { email, password },
  })
}

async function tokenFor(email?: string, password?: string): Promise<string> {
  const result = await signIn(email, password)
  const accessToken = result.data?.customerAccessTokenCreate?.customerAccessToken?.accessToken
  if (!accessToken) throw new Error(`sign-in failed: ${JSON.stringify(result)}`)
  return accessToken
}

describe('customerAccessTokenCreate', () => {
  it('issues a token that expires 42 days later', async () => {
    const result = await signIn()
    expect(result.status).toBe(200)
    expect(result.errors).toBeUndefined()
    expect(result.data?.customerAccessTokenCreate).toEqual({
      customerAccessToken: {
        accessToken: expect.stringMatching(/^[0-9a-f]{32}$/),
        expiresAt: '2026-06-12T10:00:00Z',
      },
      customerUserErrors: [],
      userErrors: [],
    })
  })

  it('issues tokens with a configured lifetime', async () => {
    await emulator.close()
    emulator = createEmulator({ startTime: start, customerAccessTokenLifetimeMs: 60 * 60 * 1000 })
    send = storefrontClient(await emulator.listen(), emulator)
    const result = await signIn()
    expect(result.data?.customerAccessTokenCreate?.customerAccessToken?.expiresAt).toBe(
      '2026-05-01T11:00:00Z',
    )
  })

  it('answers UNIDENTIFIED_CUSTOMER with a null field for a wrong password', async () => {
    const result = await signIn('ada@example.com', 'wrong-password')
    expect(result.data?.customerAccessTokenCreate).toEqual({
      customerAccessToken: null,
      customerUserErrors: [
        { code: 'UNIDENTIFIED_CUSTOMER', field: null, message: 'Unidentified customer' },
      ],
      userErrors: [{ field: null, message: 'Unidentified customer' }],
    })
  })

  it('answers UNIDENTIFIED_CUSTOMER, not CUSTOMER_DISABLED, for a disabled customer with the right password', async () => {
    const result = await signIn('disabled@example.com', 'disabled-pass')
    expect(result.data?.customerAccessTokenCreate?.customerUserErrors).toEqual([
      { code: 'UNIDENTIFIED_CUSTOMER', field: null, message: 'Unidentified customer' },
    ])
  })

  it('answers UNIDENTIFIED_CUSTOMER for an unknown email', async () => {
    const result = await signIn('nobody@example.com', 'whatever-it-is')
    expect(result.data?.customerAccessTokenCreate?.customerUserErrors[0]?.code).toBe(
      'UNIDENTIFIED_CUSTOMER',
    )
  })

  it('throttles with a top-level error after the attempt limit, until the lockout passes', async () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const failure = await signIn('ada@example.com', `wrong-${attempt}`)
      expect(failure.data?.customerAccessTokenCreate?.customerUserErrors[0]?.code).toBe(
        'UNIDENTIFIED_CUSTOMER',
      )
    }
    const throttled = await signIn() // even the right password is refused while locked
    expect(throttled.status).toBe(200)
    expect(throttled.data).toEqual({ customerAccessTokenCreate: null })
    expect(throttled.errors).toEqual([
      {
        message: 'Login attempt limit exceeded. Please try again later.',
        locations: [{ line: 2, column: 3 }],
        path: ['customerAccessTokenCreate'],
      },
    ])
    emulator.clock.advance(30 * 60 * 1000 - 1)
    expect((await signIn()).data?.customerAccessTokenCreate).toBeNull()
    emulator.clock.advance(1)
    expect((await signIn()).data?.customerAccessTokenCreate?.customerAccessToken).not.toBeNull()
  })

  it('honours a configured attempt limit and counts failures per email', async () => {
    await emulator.close()
    emulator = createEmulator({ loginAttemptLimit: 2, loginLockoutMs: 1000 })
    send = storefrontClient(await emulator.listen(), emulator)
    await signIn('ada@example.com', 'wrong-1')
    await signIn('ada@example.com', 'wrong-2')
    expect((await signIn()).errors?.[0]?.message).toBe(
      'Login attempt limit exceeded. Please try again later.',
    )
    expect((await signIn('grace@example.com', 'compiler-1952')).errors).toBeUndefined()
  })

  it('forgets earlier failures after a successful sign-in', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await signIn('ada@example.com', 'wrong')
    await tokenFor()
    for (let attempt = 0; attempt < 5; attempt++) await signIn('ada@example.com', 'wrong')
    expect((await signIn()).errors).toBeUndefined()
  })
})

describe('customerAccessTokenRenew', () => {
  it('extends a live token to a full lifetime from now, keeping the token', async () => {
    const accessToken = await tokenFor()
    emulator.clock.advance(30 * day)
    const result = await send<{ customerAccessTokenRenew: TokenPayload }>(renew, {
      token: accessToken,
    })
    expect(result.data?.customerAccessTokenRenew).toEqual({
      customerAccessToken: { accessToken, expiresAt: '2026-07-12T10:00:00Z' },
      userErrors: [],
    })
    emulator.clock.advance(20 * day) // past the original expiry, within the renewed one
    const read = await send<{ customer: { email: string } | null }>(readCustomer, {
      token: accessToken,
    })
    expect(read.data?.customer?.email).toBe('ada@example.com')
  })

  it('fails for an expired token', async () => {
    const accessToken = await tokenFor()
    emulator.clock.advance(42 * day)
    const result = await send<{ customerAccessTokenRenew: TokenPayload }>(renew, {
      token: accessToken,
    })
    expect(result.data?.customerAccessTokenRenew).toEqual({
      customerAccessToken: null,
      userErrors: [{ field: ['customerAccessToken'], message: 'Access token does not exist' }],
    })
  })

  it('fails for a deleted token', async () => {
    const accessToken = await tokenFor()
    await send(logout, { token: accessToken })
    const result = await send<{ customerAccessTokenRenew: TokenPayload }>(renew, {
      token: accessToken,
    })
    expect(result.data?.customerAccessTokenRenew?.customerAccessToken).toBeNull()
    expect(result.data?.customerAccessTokenRenew?.userErrors).toHaveLength(1)
  })
})

describe('customerAccessTokenDelete', () => {
  it('deletes once, then answers a top-level ACCESS_DENIED', async () => {
    const accessToken = await tokenFor()
    const first = await send<{ customerAccessTokenDelete: Record<string, unknown> }>(logout, {
      token: accessToken,
    })
    expect(first.data?.customerAccessTokenDelete).toEqual({
      deletedAccessToken: accessToken,
      deletedCustomerAccessTokenId: expect.stringMatching(
        /^gid:\/\/shopify\/CustomerAccessToken\/\d+$/,
      ),
      userErrors: [],
    })
    const second = await send<{ customerAccessTokenDelete: null }>(logout, { token: accessToken })
    expect(second.status).toBe(200)
    expect(second.data).toEqual({ customerAccessTokenDelete: null })
    expect(second.errors).toEqual([
      expect.objectContaining({
        message:
          'Access denied for customerAccessTokenDelete field. Required access: `unauthenticated_write_customers` access scope. Also: Requires valid customer access token.',
        path: ['customerAccessTokenDelete'],
        extensions: {
          code: 'ACCESS_DENIED',
          documentation: 'https://shopify.dev/api/usage/access-scopes',
          requiredAccess:
            '`unauthenticated_write_customers` access scope. Also: Requires valid customer access token.',
        },
      }),
    ])
    expect(emulator.shopify.customerAccessTokens().map((token) => token.status)).toEqual([
      'deleted',
    ])
  })
})

describe('customer(customerAccessToken:)', () => {
  it('returns the signed-in customer', async () => {
    const accessToken = await tokenFor()
    const result = await send<{ customer: unknown }>(readCustomer, { token: accessToken })
    expect(result.errors).toBeUndefined()
    expect(result.data?.customer).toEqual({
      id: expect.stringMatching(/^gid:\/\/shopify\/Customer\/\d+$/),
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      displayName: 'Ada Lovelace',
      phone: '+441632960001',
      acceptsMarketing: true,
      createdAt: '2026-05-01T10:00:00Z',
      updatedAt: '2026-05-01T10:00:00Z',
      numberOfOrders: '0',
      tags: [],
    })
  })

  it('falls back to the email as displayName when there is no name', async () => {
    const accessToken = await tokenFor('nameless@example.com', 'no-name-given')
    const result = await send<{ customer: { displayName: string } }>(readCustomer, {
      token: accessToken,
    })
    expect(result.data?.customer.displayName).toBe('nameless@example.com')
  })

  it('is null without an error for expired, deleted and unknown tokens', async () => {
    const expiring = await tokenFor()
    const deleted = await tokenFor()
    await send(logout, { token: deleted })
    emulator.clock.advance(42 * day)
    for (const token of [expiring, deleted, '0123456789abcdef0123456789abcdef']) {
      const result = await send<{ customer: null }>(readCustomer, { token })
      expect(result).toMatchObject({ status: 200, data: { customer: null }, errors: undefined })
    }
  })
})
