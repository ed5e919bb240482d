import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BackendContext } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import { createEmulator, type Emulator } from '../../testing/index.js'
import { defined } from '../../testing/test-support/defined.js'
import { rejectionOf } from '../../testing/test-support/rejection-of.js'
import { startAdobeTestServer } from '../../testing/test-support/adobe-commerce-test-server.js'
import { adobeCommerce, type AdobeCommerceBackend } from './adobe-commerce.js'

const lin = {
  email: 'lin@example.com',
  password: 'Seven-Bridges-1736',
  firstName: 'Lin',
  lastName: 'Euler',
}

let emulator: Emulator
let backend: AdobeCommerceBackend
let ctx: BackendContext

beforeEach(async () => {
  emulator = createEmulator()
  const url = await emulator.listen()
  backend = adobeCommerce({ endpoint: url + emulator.adobeCommercePath })
  ctx = { client: backend.createClient() }
})

afterEach(async () => {
  await emulator.close()
})

const failure = (call: Promise<unknown>) => rejectionOf(call, CustomerAuthError)
const signIns = () => emulator.requests.count({ field: 'generateCustomerToken' })
const signInDown = () =>
  emulator.faults.add({ kind: 'drop', field: 'generateCustomerToken', times: Infinity })

async function emailOf(token: { accessToken: string } | null) {
  return (await backend.fetchCustomer(defined(token).accessToken, ctx))?.email
}

describe('register when the sign-in after createCustomerV2 fails', () => {
  it('tries the sign-in again at once when it fails once, and the shopper never sees it', async () => {
    emulator.faults.add({ kind: 'status', status: 503, field: 'generateCustomerToken' })
    expect(await emailOf(await backend.register(lin, ctx))).toBe(lin.email)
    expect(signIns()).toBe(2)
  })

  it('signs the shopper in when they retry a sign-up whose sign-in step kept failing', async () => {
    const down = signInDown()
    expect(await failure(backend.register(lin, ctx))).toMatchObject({
      code: 'NETWORK',
      retryable: true,
    })
    expect(signIns()).toBe(3) // bounded: the first attempt and two more
    down.remove()

    expect(await emailOf(await backend.register(lin, ctx))).toBe(lin.email)
    expect(emulator.adobeCommerce.customers().filter((c) => c.email === lin.email)).toHaveLength(1)
  })

  it('still reports a taken email as TAKEN when the password is someone else’s', async () => {
    const error = await failure(
      backend.register({ ...lin, email: 'ada@example.com', password: 'Not-Adas-Password-1' }, ctx),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['email']?.[0]?.code).toBe('TAKEN')
  })
})

describe('register on a shop that confirms new accounts, retried', () => {
  it('answers null again (created, awaiting confirmation) for the same shopper', async () => {
    // createEmulator has no switch for Magento's "require email confirmation": serve the
    // emulator's Adobe API with it on, over HTTP.
    const shop = await startAdobeTestServer({ requireConfirmation: true })
    try {
      const confirming = adobeCommerce({ endpoint: `${shop.baseUrl}/graphql` })
      const here = { client: confirming.createClient() }
      await expect(confirming.register(lin, here)).resolves.toBeNull()
      await expect(confirming.register(lin, here)).resolves.toBeNull()
      const other = await failure(
        confirming.register({ ...lin, password: 'Other-Password-99' }, here),
      )
      expect(other.fieldErrors['email']?.[0]?.code).toBe('TAKEN')
    } finally {
      await shop.close()
    }
  })
})

describe('resetPassword when the sign-in after the reset fails', () => {
  async function resetTokenFor(email: string): Promise<string> {
    await backend.recoverPassword(email, ctx)
    return defined(emulator.outbox.latest(email, 'reset-password')).token
  }

  it('signs the shopper in when they retry a reset whose sign-in step kept failing', async () => {
    const input = {
      email: 'ada@example.com',
      resetToken: await resetTokenFor('ada@example.com'),
      password: 'New-Secret-2026!',
    }
    const down = signInDown()
    expect(await failure(backend.resetPassword(input, ctx))).toMatchObject({
      code: 'NETWORK',
      retryable: true,
    })
    expect(signIns()).toBe(3)
    down.remove()

    expect(await emailOf(await backend.resetPassword(input, ctx))).toBe('ada@example.com')
  })

  it('sends no sign-in for new passwords the shop refuses, so they never lock the account', async () => {
    const email = 'ada@example.com'
    const resetToken = await resetTokenFor(email)
    // The shopper tries passwords the shop's rules refuse: each is VALIDATION, as before...
    for (const weak of ['short1', 'alllowercase', 'ALLUPPER1', 'nodigits!', 'abc', '12345678'])
      expect(
        await failure(backend.resetPassword({ email, resetToken, password: weak }, ctx)),
      ).toMatchObject({ code: 'VALIDATION' })
    // ...and none of them was sent to the sign-in endpoint.
    expect(emulator.requests.count({ field: 'generateCustomerToken' })).toBe(0)
    // A password the rules accept then resets and signs in.
    await expect(
      backend.resetPassword({ email, resetToken, password: 'Strong-Enough-2026' }, ctx),
    ).resolves.toMatchObject({ accessToken: expect.any(String) })
  })

  it('keeps a reset left half done from paying for a sign-in after someone else’s sign-up', async () => {
    const email = 'ada@example.com'
    const resetToken = await resetTokenFor(email)
    // Ada's reset gets no answer: marked, maybe half done.
    emulator.faults.add({ kind: 'drop', field: 'resetPassword' })
    expect(
      await failure(
        backend.resetPassword({ email, resetToken, password: 'Strong-Enough-2026' }, ctx),
      ),
    ).toMatchObject({ code: 'NETWORK' })
    // Someone signs up with Ada's address: taken, and no sign-in is owed to that.
    const before = emulator.requests.count({ field: 'generateCustomerToken' })
    expect(
      await failure(backend.register({ ...lin, email, password: 'Someone-Else-1' }, ctx)),
    ).toMatchObject({ code: 'VALIDATION' })
    expect(emulator.requests.count({ field: 'generateCustomerToken' })).toBe(before)
  })

  it('still refuses a spent reset token given with another password', async () => {
    const resetToken = await resetTokenFor('ada@example.com')
    await backend.resetPassword(
      { email: 'ada@example.com', resetToken, password: 'New-1-Pass!' },
      ctx,
    )
    const error = await failure(
      backend.resetPassword(
        { email: 'ada@example.com', resetToken, password: 'Guess-2-Pass!' },
        ctx,
      ),
    )
    expect(error).toMatchObject({ code: 'VALIDATION', source: 'adobe-commerce' })
  })
})

describe('account confirmation', () => {
  const una = { email: 'unconfirmed@example.com', password: 'confirm-me-first' }
  const confirmationKey = () => defined(emulator.outbox.latest(una.email, 'activate')).token

  it('mails the link again, and the key from it confirms the account so sign-in works', async () => {
    expect((await failure(backend.login(una, ctx))).code).toBe('ACCOUNT_NOT_CONFIRMED')
    await backend.resendConfirmationEmail(una.email, ctx)
    await backend.confirmEmail({ email: una.email, confirmationKey: confirmationKey() }, ctx)
    await expect(backend.login(una, ctx)).resolves.toMatchObject({
      accessToken: expect.any(String),
    })
  })

  it('refuses a wrong or already used key as TOKEN_INVALID: the link is no good', async () => {
    await backend.resendConfirmationEmail(una.email, ctx)
    const key = confirmationKey()
    const wrong = await failure(
      backend.confirmEmail({ email: una.email, confirmationKey: 'x' }, ctx),
    )
    expect(wrong.code).toBe('TOKEN_INVALID')
    await backend.confirmEmail({ email: una.email, confirmationKey: key }, ctx)
    const again = await failure(
      backend.confirmEmail({ email: una.email, confirmationKey: key }, ctx),
    )
    expect(again.code).toBe('TOKEN_INVALID')
  })

  it('refuses a resend for an address without an account awaiting confirmation, on email', async () => {
    const refused = await failure(backend.resendConfirmationEmail('ada@example.com', ctx))
    expect(refused.code).toBe('VALIDATION')
    expect(refused.fieldErrors['email']?.length).toBe(1)
  })
})
