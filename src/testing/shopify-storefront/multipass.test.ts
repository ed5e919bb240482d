import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateMultipassToken } from '../../multipass/multipass-token.js'
import { createEmulator, type Emulator } from '../index.js'
import { storefrontClient } from '../test-support/graphql-over-http.js'
import {
  multipass,
  readCustomer,
  type TokenPayload,
} from '../test-support/storefront-operations.js'

const minute = 60 * 1000
const start = new Date('2026-05-01T10:00:00Z')
let emulator: Emulator
let send: ReturnType<typeof storefrontClient>

beforeEach(async () => {
  emulator = createEmulator({ startTime: start })
  send = storefrontClient(await emulator.listen(), emulator)
})
afterEach(() => emulator.close())

async function redeem(multipassToken: string, headers?: Record<string, string>) {
  const result = await send<{ customerAccessTokenCreateWithMultipass: TokenPayload }>(
    multipass,
    { multipassToken },
    headers,
  )
  expect(result.errors).toBeUndefined()
  return result.data?.customerAccessTokenCreateWithMultipass
}

/** A private-token request that names the buyer's IP, as a storefront server would. */
const fromBuyer = (ip: string): Record<string, string> => ({
  'Shopify-Storefront-Private-Token': emulator.privateStorefrontAccessToken,
  'Shopify-Storefront-Buyer-IP': ip,
})

const invalid = {
  customerAccessToken: null,
  customerUserErrors: [
    {
      code: 'INVALID_MULTIPASS_REQUEST',
      field: ['multipassToken'],
      message: 'Invalid Multipass request',
    },
  ],
}

describe('customerAccessTokenCreateWithMultipass', () => {
  it('signs in an existing customer with a 42-day token', async () => {
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'grace@example.com' },
      { now: start },
    )
    const payload = await redeem(token)
    expect(payload).toEqual({
      customerAccessToken: { accessToken: expect.any(String), expiresAt: '2026-06-12T10:00:00Z' },
      customerUserErrors: [],
    })
    const read = await send<{ customer: { email: string } }>(readCustomer, {
      token: payload?.customerAccessToken?.accessToken,
    })
    expect(read.data?.customer.email).toBe('grace@example.com')
  })

  it('creates a missing customer from the payload', async () => {
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      {
        email: 'new.sso@example.com',
        first_name: 'Sso',
        last_name: 'User',
        tag_string: 'vip, sso',
      },
      { now: start },
    )
    expect((await redeem(token))?.customerAccessToken).not.toBeNull()
    expect(
      emulator.shopify.customers().find((c) => c.email === 'new.sso@example.com'),
    ).toMatchObject({
      firstName: 'Sso',
      lastName: 'User',
      state: 'enabled',
      tags: ['vip', 'sso'],
      hasPassword: false,
    })
  })

  it('re-enables a disabled customer', async () => {
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'disabled@example.com' },
      { now: start },
    )
    expect((await redeem(token))?.customerAccessToken).not.toBeNull()
    expect(
      emulator.shopify.customers().find((c) => c.email === 'disabled@example.com')?.state,
    ).toBe('enabled')
  })

  it('accepts a token up to 15 minutes old and refuses an older one', async () => {
    const fresh = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com' },
      { now: start },
    )
    const stale = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com' },
      { now: start },
    )
    emulator.clock.advance(15 * minute)
    expect((await redeem(fresh))?.customerAccessToken).not.toBeNull()
    emulator.clock.advance(1000)
    expect(await redeem(stale)).toEqual(invalid)
  })

  it('refuses a token dated more than 15 minutes ahead of the emulator clock', async () => {
    const future = new Date(start.getTime() + 16 * minute)
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com' },
      { now: future },
    )
    expect(await redeem(token)).toEqual(invalid)
  })

  it('refuses a token used before, padded or not', async () => {
    const padded = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com' },
      { now: start, padding: true },
    )
    expect(padded.endsWith('=')).toBe(true) // the payload length makes multipassify-style padding show
    const unpadded = padded.replace(/=+$/, '')
    expect((await redeem(unpadded))?.customerAccessToken).not.toBeNull()
    expect(await redeem(padded)).toEqual(invalid)
    expect(await redeem(unpadded)).toEqual(invalid)
  })

  it('refuses a reuse spelled with different unused trailing bits', async () => {
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com' },
      { now: start, padding: false },
    )
    expect(token.length % 4).not.toBe(0) // the last character carries unused bits
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const last = alphabet.indexOf(token.slice(-1))
    // A canonical encoder leaves unused bits zero; setting the lowest one keeps the same bytes.
    const respelled = token.slice(0, -1) + alphabet.charAt(last + 1)
    expect((await redeem(token))?.customerAccessToken).not.toBeNull()
    expect(await redeem(respelled)).toEqual(invalid)
  })

  it('accepts padded and unpadded tokens', async () => {
    const withPadding = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com' },
      { now: start, padding: true },
    )
    const withoutPadding = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com' },
      { now: start, padding: false },
    )
    expect((await redeem(withPadding))?.customerAccessToken).not.toBeNull()
    expect((await redeem(withoutPadding))?.customerAccessToken).not.toBeNull()
  })

  it('refuses a tampered token, a token signed with another secret and garbage', async () => {
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com' },
      { now: start, padding: false },
    )
    const middle = Math.floor(token.length / 2)
    const flipped = token[middle] === 'A' ? 'B' : 'A'
    const tampered = token.slice(0, middle) + flipped + token.slice(middle + 1)
    const foreign = await generateMultipassToken(
      'another-secret',
      { email: 'ada@example.com' },
      { now: start },
    )
    for (const bad of [tampered, foreign, 'not a token', '', 'AAAA'])
      expect(await redeem(bad)).toEqual(invalid)
    expect(emulator.shopify.customerAccessTokens()).toHaveLength(0)
  })

  it('signs in from the remote_ip the token names', async () => {
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com', remote_ip: '203.0.113.7' },
      { now: start },
    )
    expect((await redeem(token, fromBuyer('203.0.113.7')))?.customerAccessToken).not.toBeNull()
  })

  it('refuses a token from another IP than its remote_ip, which stays usable from that IP', async () => {
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'ada@example.com', remote_ip: '203.0.113.7' },
      { now: start },
    )
    expect(await redeem(token, fromBuyer('203.0.113.8'))).toEqual(invalid)
    expect(await redeem(token)).toEqual(invalid) // this test's own connection, 127.0.0.1
    expect(emulator.shopify.customerAccessTokens()).toHaveLength(0)
    expect((await redeem(token, fromBuyer('203.0.113.7')))?.customerAccessToken).not.toBeNull()
  })

  it('keeps the identifier on the customer it creates', async () => {
    const token = await generateMultipassToken(
      emulator.multipassSecret,
      { email: 'sso.user@example.com', identifier: 'crm-4711' },
      { now: start },
    )
    expect((await redeem(token))?.customerAccessToken).not.toBeNull()
    expect(
      emulator.shopify.customers().find((c) => c.email === 'sso.user@example.com'),
    ).toMatchObject({ multipassIdentifier: 'crm-4711', state: 'enabled' })
  })

  it('maps one email to one account whatever the identifier, keeping the latest identifier', async () => {
    const accounts = emulator.shopify.customers().length
    const signIn = async (identifier: string) => {
      const token = await generateMultipassToken(
        emulator.multipassSecret,
        { email: 'grace@example.com', identifier },
        { now: start },
      )
      const payload = await redeem(token)
      const read = await send<{ customer: { id: string } }>(readCustomer, {
        token: payload?.customerAccessToken?.accessToken,
      })
      return read.data?.customer.id
    }
    const first = await signIn('crm-1')
    expect(await signIn('crm-2')).toBe(first)
    expect(emulator.shopify.customers()).toHaveLength(accounts)
    expect(emulator.shopify.customers().find((c) => c.email === 'grace@example.com')).toMatchObject(
      { id: first, multipassIdentifier: 'crm-2' },
    )
  })

  it('verifies with the configured secret', async () => {
    await emulator.close()
    emulator = createEmulator({ startTime: start, multipassSecret: 'custom-secret' })
    send = storefrontClient(await emulator.listen(), emulator)
    const token = await generateMultipassToken(
      'custom-secret',
      { email: 'ada@example.com' },
      { now: start },
    )
    expect((await redeem(token))?.customerAccessToken).not.toBeNull()
  })
})
