import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, emulatorDefaults, type Emulator, type EmulatorOptions } from '../index.js'
import { storefrontClient, type GraphQLResult } from '../test-support/graphql-over-http.js'
import { login, recover, type TokenPayload } from '../test-support/storefront-operations.js'

const minute = 60 * 1000
const start = '2026-05-01T10:00:00Z'
let emulator: Emulator
let send: ReturnType<typeof storefrontClient>

async function startEmulator(options: EmulatorOptions = {}): Promise<void> {
  emulator = createEmulator({ startTime: start, ...options })
  send = storefrontClient(await emulator.listen(), emulator)
}
afterEach(() => emulator.close())

type RecoverResult = GraphQLResult<{
  customerRecover: Pick<TokenPayload, 'customerUserErrors'> | null
}>

const publicToken = (): Record<string, string> => ({
  'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
})
const asBuyer = (ip: string): Record<string, string> => ({
  'Shopify-Storefront-Private-Token': emulator.privateStorefrontAccessToken,
  'Shopify-Storefront-Buyer-IP': ip,
})

function recoverFor(email: string, headers = publicToken()): Promise<RecoverResult> {
  return send(recover, { email }, headers)
}

const throttled = (result: RecoverResult): boolean => {
  expect(result.status).toBe(200)
  return result.data?.customerRecover === null
}

describe('the customerRecover throttle (per client IP)', () => {
  it("answers past the limit with Shopify's top-level error and a null payload, and mails nothing", async () => {
    await startEmulator({ recoverRequestLimit: 2 })
    expect((await recoverFor('ada@example.com')).data?.customerRecover).toEqual({
      customerUserErrors: [],
      userErrors: [],
    })
    // An unknown address counts too: the limit also slows down probing for accounts.
    expect(
      (await recoverFor('nobody@example.com')).data?.customerRecover?.customerUserErrors,
    ).toEqual([
      { code: 'UNIDENTIFIED_CUSTOMER', field: ['email'], message: 'Could not find customer' },
    ])
    const mails = emulator.outbox.mails.length

    const result = await recoverFor('ada@example.com')
    expect(result.status).toBe(200)
    expect(result.data).toEqual({ customerRecover: null })
    expect(result.errors).toEqual([
      {
        message: 'Resetting password limit exceeded. Please try again later.',
        locations: [{ line: 2, column: 3 }],
        path: ['customerRecover'],
      },
    ])
    expect(emulator.outbox.mails).toHaveLength(mails)
  })

  it('by default lets 5 requests per IP through in an hour', async () => {
    await startEmulator()
    expect(emulatorDefaults).toMatchObject({ recoverRequestLimit: 5, recoverWindowMs: 60 * minute })
    for (let i = 0; i < 5; i += 1)
      expect(throttled(await recoverFor('ada@example.com'))).toBe(false)
    expect(throttled(await recoverFor('ada@example.com'))).toBe(true)
    emulator.clock.advance(60 * minute)
    expect(throttled(await recoverFor('ada@example.com'))).toBe(false)
  })

  it('leaves other IPs alone', async () => {
    await startEmulator({ recoverRequestLimit: 1 })
    expect(throttled(await recoverFor('ada@example.com', asBuyer('203.0.113.7')))).toBe(false)
    expect(throttled(await recoverFor('ada@example.com', asBuyer('203.0.113.7')))).toBe(true)
    expect(throttled(await recoverFor('ada@example.com', asBuyer('203.0.113.8')))).toBe(false)
    // The connection's own address (a public-token request from this machine) has its own count.
    expect(throttled(await recoverFor('ada@example.com'))).toBe(false)
    expect(throttled(await recoverFor('ada@example.com'))).toBe(true)
  })

  it('cannot be escaped with a Buyer-IP header on a public token', async () => {
    await startEmulator({ recoverRequestLimit: 1 })
    expect(throttled(await recoverFor('ada@example.com'))).toBe(false)
    const spoofed = { ...publicToken(), 'Shopify-Storefront-Buyer-IP': '203.0.113.9' }
    expect(throttled(await recoverFor('ada@example.com', spoofed))).toBe(true)
  })

  it('lifts as earlier requests leave the window on the emulator clock', async () => {
    await startEmulator({ recoverRequestLimit: 2, recoverWindowMs: 10 * minute })
    expect(throttled(await recoverFor('ada@example.com'))).toBe(false) // t = 0
    emulator.clock.advance(4 * minute)
    expect(throttled(await recoverFor('grace@example.com'))).toBe(false) // t = 4
    expect(throttled(await recoverFor('ada@example.com'))).toBe(true)
    emulator.clock.advance(6 * minute - 1)
    expect(throttled(await recoverFor('ada@example.com'))).toBe(true) // the t = 0 one still counts
    emulator.clock.advance(1)
    expect(throttled(await recoverFor('ada@example.com'))).toBe(false) // t = 10: it left
    expect(throttled(await recoverFor('ada@example.com'))).toBe(true) // t = 4 and t = 10 count
    expect(emulator.outbox.mails.filter((mail) => mail.kind === 'recover')).toHaveLength(3)
  })

  it('leaves sign-in alone: a throttled IP still signs in', async () => {
    await startEmulator({ recoverRequestLimit: 1 })
    await recoverFor('grace@example.com')
    expect(throttled(await recoverFor('grace@example.com'))).toBe(true)
    const result = await send<{ customerAccessTokenCreate: TokenPayload }>(login, {
      input: { email: 'ada@example.com', password: 'analytical-engine' },
    })
    expect(result.data?.customerAccessTokenCreate.customerAccessToken).not.toBeNull()
  })
})
