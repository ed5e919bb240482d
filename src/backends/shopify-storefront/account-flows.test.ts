import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackendContext } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import { createEmulator, type Emulator } from '../../testing/index.js'
import { rejectionOf } from '../../testing/test-support/rejection-of.js'
import { shopifyStorefront, type ShopifyStorefrontBackend } from './shopify-storefront.js'

const lin = { email: 'lin@example.com', password: 'seven-bridges' }
const ada = { email: 'ada@example.com', password: 'analytical-engine' }

let emulator: Emulator
let backend: ShopifyStorefrontBackend
let ctx: BackendContext

beforeEach(async () => {
  emulator = createEmulator()
  const url = await emulator.listen()
  backend = shopifyStorefront({
    endpoint: url + emulator.storefrontPath,
    publicAccessToken: emulator.storefrontAccessToken,
  })
  ctx = { client: backend.createClient() }
})

afterEach(async () => {
  await emulator.close()
})

const failure = (call: Promise<unknown>) => rejectionOf(call, CustomerAuthError)
const signIns = () => emulator.requests.count({ field: 'customerAccessTokenCreate' })

describe('register when the sign-in after customerCreate fails', () => {
  it('tries the sign-in again at once when it fails once, and the shopper never sees it', async () => {
    emulator.faults.add({ kind: 'status', status: 503, field: 'customerAccessTokenCreate' })
    const token = await backend.register(lin, ctx)
    expect(token).toMatchObject({ accessToken: expect.any(String) })
    expect(signIns()).toBe(2)
  })

  it('signs the shopper in when they retry a sign-up whose sign-in step kept failing', async () => {
    const down = emulator.faults.add({
      kind: 'status',
      status: 503,
      field: 'customerAccessTokenCreate',
      times: Infinity,
    })
    expect(await failure(backend.register(lin, ctx))).toMatchObject({
      code: 'SERVER',
      retryable: true,
    })
    expect(signIns()).toBe(3) // bounded: the first attempt and two more
    down.remove()

    const token = await backend.register(lin, ctx)
    const customer = await backend.fetchCustomer(token?.accessToken ?? '', ctx)
    expect(customer?.email).toBe(lin.email)
    expect(emulator.shopify.customers().filter((c) => c.email === lin.email)).toHaveLength(1)
  })

  it('still reports a taken email as TAKEN when the password is someone else’s', async () => {
    const error = await failure(
      backend.register({ email: 'ada@example.com', password: 'not-adas-password' }, ctx),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['email']?.[0]?.code).toBe('TAKEN')
  })

  it('says "try again" rather than "taken" when the check sign-in itself fails for now', async () => {
    // Created, but every sign-in after it is dropped: the shopper is told to try again...
    const down = emulator.faults.add({
      kind: 'drop',
      field: 'customerAccessTokenCreate',
      times: Infinity,
    })
    expect(await failure(backend.register(lin, ctx))).toMatchObject({ code: 'NETWORK' })
    // ...and their retry, refused as taken, checks with a sign-in that fails for now too.
    expect(await failure(backend.register(lin, ctx))).toMatchObject({
      code: 'NETWORK',
      retryable: true,
    })
    down.remove()
    expect(await backend.register(lin, ctx)).toMatchObject({ accessToken: expect.any(String) })
  })

  it('sends no sign-in for a sign-up refused as taken that this shopper never half did', async () => {
    // Someone (Ada herself, or anyone who knows her address) signs up with it again and again.
    for (let attempt = 0; attempt < 6; attempt++)
      expect(
        await failure(backend.register({ email: ada.email, password: `not-hers-${attempt}` }, ctx)),
      ).toMatchObject({ code: 'VALIDATION' })
    expect(signIns()).toBe(0)
    // Her own sign-in attempts are untouched.
    await expect(backend.login(ada, ctx)).resolves.toMatchObject({
      accessToken: expect.any(String),
    })
  })

  it('signs the shopper in on their retry when the sign-in after the sign-up was throttled', async () => {
    // Created; the sign-in right after is throttled: the account exists without a session.
    emulator.faults.add({ kind: 'status', status: 429, field: 'customerAccessTokenCreate' })
    expect(await failure(backend.register(lin, ctx))).toMatchObject({ code: 'THROTTLED' })
    expect(await backend.register(lin, ctx)).toMatchObject({ accessToken: expect.any(String) })
  })

  it('keeps the retry possible when the shopper cancels its check sign-in', async () => {
    // Created; the sign-in right after is throttled: half done.
    emulator.faults.add({ kind: 'status', status: 429, field: 'customerAccessTokenCreate' })
    expect(await failure(backend.register(lin, ctx))).toMatchObject({ code: 'THROTTLED' })
    // The retry's check sign-in is cancelled (the dialog closed) while on the wire.
    const hold = emulator.faults.add({ kind: 'hold', field: 'customerAccessTokenCreate' })
    const controller = new AbortController()
    const cancelled = backend.register(lin, { ...ctx, signal: controller.signal })
    await vi.waitFor(() => expect(hold.hits).toBe(1))
    controller.abort()
    expect(await failure(cancelled)).toMatchObject({ code: 'ABORTED' })
    hold.release()
    // The next retry still checks, and signs the shopper in.
    expect(await backend.register(lin, ctx)).toMatchObject({ accessToken: expect.any(String) })
  })

  it('leaves no mark behind once a sign-up went through, so a later one with the address sends no sign-in', async () => {
    // The first try gets no answer (the account was not created): marked, maybe half done.
    emulator.faults.add({ kind: 'status', status: 503, field: 'customerCreate' })
    expect(await failure(backend.register(lin, ctx))).toMatchObject({ code: 'SERVER' })
    // The retry creates the account and signs in: complete.
    await expect(backend.register(lin, ctx)).resolves.toMatchObject({
      accessToken: expect.any(String),
    })
    const before = signIns()
    // Later someone signs up with Lin's address and another password: taken, nothing sent.
    expect(
      await failure(backend.register({ email: lin.email, password: 'not-lins-password' }, ctx)),
    ).toMatchObject({ code: 'VALIDATION' })
    expect(signIns()).toBe(before)
  })

  it('does not try again at once when the sign-in is throttled', async () => {
    emulator.faults.add({
      kind: 'status',
      status: 429,
      field: 'customerAccessTokenCreate',
      times: Infinity,
    })
    expect(await failure(backend.register(lin, ctx))).toMatchObject({ code: 'THROTTLED' })
    expect(signIns()).toBe(1)
  })
})
