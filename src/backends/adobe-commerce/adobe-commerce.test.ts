import { createServer, type Server } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BackendContext } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import { requestLoginAsCustomerCode } from '../../server/index.js'
import { createAdobeCommerceApi } from '../../testing/adobe-commerce/create-adobe-commerce-api.js'
import { createEmulatorClock } from '../../testing/emulator-clock.js'
import { createEmulator, sampleCustomers, type Emulator } from '../../testing/index.js'
import { toFetchRequest } from '../../testing/node-server.js'
import { defined } from '../../testing/test-support/defined.js'
import { rejectionOf } from '../../testing/test-support/rejection-of.js'
import { createOutbox } from '../../testing/outbox.js'
import { adobeCommerce, type AdobeCommerceBackend } from './adobe-commerce.js'
import { MAGENTO_UNCONFIRMED_ACCOUNT_MESSAGE } from './map-adobe-errors.js'

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
const minuteMs = 60 * 1000

let emulator: Emulator
let endpoint: string
let backend: AdobeCommerceBackend
let ctx: BackendContext

beforeEach(async () => {
  // The emulated shop issues 2-hour tokens; the backend's 1-hour fallback must not win over `exp`.
  emulator = createEmulator({ adobeTokenLifetimeMs: 120 * minuteMs })
  endpoint = `${await emulator.listen()}${emulator.adobeCommercePath}`
  backend = adobeCommerce({ endpoint, now: () => emulator.clock.now() })
  ctx = { client: backend.createClient() }
})

afterEach(async () => {
  await emulator.close()
})

const failure = (call: Promise<unknown>) => rejectionOf(call, CustomerAuthError)

describe('adobeCommerce()', () => {
  it('keys storage by endpoint host and store, and says it cannot renew', () => {
    const host = new URL(endpoint).host
    expect(backend.id).toBe(`adobe-commerce:${host}`)
    expect(adobeCommerce({ endpoint, store: 'default' }).id).toBe(`adobe-commerce:${host}/default`)
    expect(backend.capabilities).toEqual({
      renew: false,
      multipass: false,
      register: true,
      recoverPassword: true,
      resetPassword: true,
      activateAccount: false,
      updateCustomer: true,
      changePassword: true,
      confirmEmail: true,
    })
    expect('renew' in backend).toBe(false)
    expect('loginWithMultipass' in backend).toBe(false)
  })

  it("states Magento's default password rules, or the shop's own when configured", () => {
    expect(backend.passwordRules).toEqual({
      minLength: 8,
      maxLength: 256,
      requiredCharacterClasses: 3,
      refusesEdgeWhitespace: true,
    })
    expect(
      adobeCommerce({ endpoint, passwordRules: { minLength: 12, requiredCharacterClasses: 2 } })
        .passwordRules,
    ).toMatchObject({ minLength: 12, requiredCharacterClasses: 2 })
    expect(() =>
      adobeCommerce({ endpoint, passwordRules: { requiredCharacterClasses: 5 } }),
    ).toThrow(/requiredCharacterClasses/)
    expect(() => adobeCommerce({ endpoint, passwordRules: { minLength: 0 } })).toThrow(/minLength/)
  })

  it('sends the Store header, and reports an unknown store view as a configuration error', async () => {
    const known = adobeCommerce({ endpoint, store: 'default' })
    await expect(known.login(ada, ctx)).resolves.toBeDefined()
    const unknown = adobeCommerce({ endpoint, store: 'no-such-store' })
    const error = await failure(unknown.login(ada, ctx))
    expect(error).toMatchObject({ code: 'CONFIGURATION', source: 'adobe-commerce' })
  })
})

describe('login', () => {
  it("counts the JWT's lifetime (exp − iat) from the request; issuedAt is the answer's time", async () => {
    const sentAt = emulator.clock.now()
    const token = await backend.login(ada, ctx)
    const issued = defined(emulator.adobeCommerce.tokens().find((t) => t.jwt === token.accessToken))
    expect((issued.exp - issued.iat) * 1000).toBe(120 * minuteMs)
    expect(token.issuedAt).toBe(emulator.clock.now())
    expect(token.expiresAt).toBe(sentAt + 120 * minuteMs)
  })

  it.each([
    ['two hours ahead of', 2],
    ['two hours behind', -2],
  ])('gives a device whose clock runs %s the shop the full token lifetime', async (_, hours) => {
    const skewed = adobeCommerce({
      endpoint,
      now: () => emulator.clock.now() + hours * 60 * minuteMs,
    })
    const sentAt = emulator.clock.now() + hours * 60 * minuteMs
    const token = await skewed.login(ada, { client: skewed.createClient() })
    // Taken as a local time, `exp` would be already past (ahead) or two hours late (behind).
    expect(token.expiresAt).toBe(sentAt + 120 * minuteMs)
  })

  it('maps a wrong password to INVALID_CREDENTIALS (HTTP 401, graphql-authentication)', async () => {
    const error = await failure(backend.login({ ...ada, password: 'wrong' }, ctx))
    expect(error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      source: 'adobe-commerce',
      status: 401,
      retryable: false,
    })
    expect(error.graphQLErrors[0]?.extensions).toEqual({ category: 'graphql-authentication' })
  })

  it('reports a locked account as INVALID_CREDENTIALS, as Magento gives it the generic answer', async () => {
    for (let attempt = 0; attempt < 6; attempt++)
      await failure(backend.login({ ...ada, password: 'wrong' }, ctx))
    const locked = await failure(backend.login(ada, ctx))
    expect(locked.code).toBe('INVALID_CREDENTIALS')
    emulator.clock.advance(31 * minuteMs)
    await expect(backend.login(ada, ctx)).resolves.toBeDefined()
  })

  it('maps an unconfirmed account to ACCOUNT_NOT_CONFIRMED', async () => {
    const error = await failure(
      backend.login({ email: 'unconfirmed@example.com', password: 'confirm-me-first' }, ctx),
    )
    expect(error).toMatchObject({ code: 'ACCOUNT_NOT_CONFIRMED', status: 401, retryable: false })
    expect(error.message).toBe(MAGENTO_UNCONFIRMED_ACCOUNT_MESSAGE)
  })

  it('signs in with an admin-issued one-time code in place of the password, once', async () => {
    const code = await emulator.adobeCommerce.issueOneTimeCode(ada.email)
    const token = await backend.login({ email: ada.email, password: code }, ctx)
    expect((await backend.fetchCustomer(token.accessToken, ctx))?.email).toBe(ada.email)
    const reused = await failure(backend.login({ email: ada.email, password: code }, ctx))
    expect(reused.code).toBe('INVALID_CREDENTIALS')
  })
})

describe('login with a one-time code (exchangeOtpForCustomerToken)', () => {
  it('trades the code for a session of that customer, through exchangeOtpForCustomerToken', async () => {
    const code = await emulator.adobeCommerce.issueOneTimeCode(ada.email)
    const sentAt = emulator.clock.now()
    const token = await backend.login({ email: ada.email, oneTimeCode: code }, ctx)
    expect(token.expiresAt).toBe(sentAt + 120 * minuteMs)
    expect((await backend.fetchCustomer(token.accessToken, ctx))?.email).toBe(ada.email)
    expect(emulator.requests.count({ field: 'exchangeOtpForCustomerToken' })).toBe(1)
    expect(emulator.requests.count({ field: 'generateCustomerToken' })).toBe(0)
  })

  it('refuses a code used once already as INVALID_CREDENTIALS', async () => {
    const code = await emulator.adobeCommerce.issueOneTimeCode(ada.email)
    await backend.login({ email: ada.email, oneTimeCode: code }, ctx)
    const reused = await failure(backend.login({ email: ada.email, oneTimeCode: code }, ctx))
    expect(reused).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      source: 'adobe-commerce',
      status: 401,
      retryable: false,
    })
  })

  it('refuses the code with another customer’s email', async () => {
    const code = await emulator.adobeCommerce.issueOneTimeCode(ada.email)
    const error = await failure(
      backend.login({ email: 'grace@example.com', oneTimeCode: code }, ctx),
    )
    expect(error.code).toBe('INVALID_CREDENTIALS')
  })

  it('refuses a code once its 30 seconds are over', async () => {
    const code = await emulator.adobeCommerce.issueOneTimeCode(ada.email)
    emulator.clock.advance(30_000)
    const error = await failure(backend.login({ email: ada.email, oneTimeCode: code }, ctx))
    expect(error.code).toBe('INVALID_CREDENTIALS')
  })

  it('does not take the password as a code', async () => {
    const error = await failure(backend.login({ email: ada.email, oneTimeCode: ada.password }, ctx))
    expect(error.code).toBe('INVALID_CREDENTIALS')
  })

  it('refuses a password and a code together without a request', async () => {
    const both = { email: ada.email, password: ada.password, oneTimeCode: 'a'.repeat(32) }
    const error = await failure(backend.login(both as never, ctx))
    expect(error).toMatchObject({ code: 'VALIDATION', source: 'client' })
    expect(emulator.requests.count({ endpoint: 'adobe-commerce' })).toBe(0)
  })

  it('signs in from a code the server helper requested over REST', async () => {
    const customer = defined(emulator.adobeCommerce.customers().find((c) => c.email === ada.email))
    const code = await requestLoginAsCustomerCode({
      baseUrl: new URL(endpoint).origin,
      adminToken: emulator.adobeAdminToken,
      customerId: customer.id,
    })
    const token = await backend.login({ email: ada.email, oneTimeCode: code }, ctx)
    expect((await backend.fetchCustomer(token.accessToken, ctx))?.email).toBe(ada.email)
  })
})

describe('logout and fetchCustomer', () => {
  it('returns the customer in the library’s shape', async () => {
    const token = await backend.login(ada, ctx)
    const customer = await backend.fetchCustomer(token.accessToken, ctx)
    expect(customer).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      displayName: 'Ada Lovelace',
      phone: null,
      acceptsMarketing: true,
    })
    expect(customer?.raw).toMatchObject({ firstname: 'Ada', is_subscribed: true })
  })

  it('falls back to the email as display name', async () => {
    const token = await backend.login(
      { email: 'nameless@example.com', password: 'no-name-given' },
      ctx,
    )
    expect((await backend.fetchCustomer(token.accessToken, ctx))?.displayName).toBe(
      'nameless@example.com',
    )
  })

  it('revokes the token (Bearer) on logout; the customer query then says the session is over', async () => {
    const token = await backend.login(ada, ctx)
    await backend.logout(token.accessToken, ctx)
    expect(emulator.adobeCommerce.tokens().find((t) => t.jwt === token.accessToken)?.revoked).toBe(
      true,
    )
    expect(await backend.fetchCustomer(token.accessToken, ctx)).toBeNull()
    // Revoking a revoked token has nothing left to do.
    await expect(backend.logout(token.accessToken, ctx)).resolves.toBeUndefined()
  })

  it('returns null for an expired token', async () => {
    const token = await backend.login(ada, ctx)
    emulator.clock.advance(121 * minuteMs)
    expect(await backend.fetchCustomer(token.accessToken, ctx)).toBeNull()
  })
})

describe('register', () => {
  const newcomer = {
    email: 'newcomer@example.com',
    password: 'Newcomer-Pass-1',
    firstName: 'New',
    lastName: 'Comer',
    acceptsMarketing: true,
  }

  it('creates the account, then signs in', async () => {
    const token = defined(await backend.register(newcomer, ctx))
    const customer = await backend.fetchCustomer(token.accessToken, ctx)
    expect(customer).toMatchObject({
      email: newcomer.email,
      displayName: 'New Comer',
      acceptsMarketing: true,
    })
    expect(emulator.requests.count({ field: 'createCustomerV2' })).toBe(1)
    expect(emulator.requests.count({ field: 'generateCustomerToken' })).toBe(1)
  })

  it('reports a taken email as VALIDATION with email TAKEN, told apart by isEmailAvailable', async () => {
    const error = await failure(backend.register({ ...newcomer, email: ada.email }, ctx))
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['email']?.[0]?.code).toBe('TAKEN')
    expect(emulator.requests.count({ field: 'isEmailAvailable' })).toBe(1)
  })

  it('reports a refused password as VALIDATION without blaming the email', async () => {
    const error = await failure(backend.register({ ...newcomer, password: 'short' }, ctx))
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['email']).toBeUndefined()
  })

  it('asks for first and last name before sending anything (Magento requires them)', async () => {
    const error = await failure(
      backend.register({ email: newcomer.email, password: newcomer.password }, ctx),
    )
    expect(error).toMatchObject({ code: 'VALIDATION', source: 'client' })
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['firstName', 'lastName'])
    expect(emulator.requests.count({ endpoint: 'adobe-commerce' })).toBe(0)
  })
})

describe('register on a shop that confirms new accounts by email', () => {
  let server: Server | undefined
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve))
  })

  it('returns null: the account exists but has no session until confirmed', async () => {
    // createEmulator has no switch for Magento's "require email confirmation" setting, so this
    // serves the emulator's Adobe Commerce API with it on, over HTTP on an ephemeral port.
    const outbox = createOutbox()
    const api = createAdobeCommerceApi({
      clock: createEmulatorClock(),
      customers: sampleCustomers,
      outbox,
      tokenLifetimeMs: 60 * minuteMs,
      loginAttemptLimit: 6,
      lockoutMs: 30 * minuteMs,
      oneTimeCodeLifetimeMs: 30_000,
      adminToken: 'admin',
      requireConfirmation: true,
    })
    server = createServer((req, res) => {
      void toFetchRequest(req)
        .then((request) => api.handleGraphQL(request))
        .then(async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers))
          res.end(Buffer.from(await response.arrayBuffer()))
        })
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    const confirming = adobeCommerce({ endpoint: `http://127.0.0.1:${address.port}/graphql` })
    const result = await confirming.register(
      {
        email: 'pending@example.com',
        password: 'Pending-Pass-1',
        firstName: 'Pen',
        lastName: 'Ding',
      },
      { client: confirming.createClient() },
    )
    expect(result).toBeNull()
    expect(outbox.latest('pending@example.com', 'activate')).toBeDefined()
  })
})

describe('password recovery and reset', () => {
  it('requests the reset mail', async () => {
    await backend.recoverPassword(ada.email, ctx)
    expect(emulator.outbox.latest(ada.email, 'reset-password')?.token).toEqual(expect.any(String))
  })

  it('reports a refused email as VALIDATION on the email field', async () => {
    const error = await failure(backend.recoverPassword('not-an-email', ctx))
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['email']).toHaveLength(1)
  })

  it('resets with the token from the mail, then signs in with the new password', async () => {
    await backend.recoverPassword(ada.email, ctx)
    const mail = defined(emulator.outbox.latest(ada.email, 'reset-password'))
    const token = await backend.resetPassword(
      { email: ada.email, resetToken: mail.token, password: 'Brand-New-Pass-1' },
      ctx,
    )
    expect((await backend.fetchCustomer(token.accessToken, ctx))?.email).toBe(ada.email)
    expect(emulator.requests.count({ field: 'resetPassword' })).toBe(1)
    await expect(
      backend.login({ ...ada, password: 'Brand-New-Pass-1' }, ctx),
    ).resolves.toBeDefined()
  })

  it('reports a wrong reset token as VALIDATION (Magento has one answer for every failure)', async () => {
    await backend.recoverPassword(ada.email, ctx)
    const error = await failure(
      backend.resetPassword(
        { email: ada.email, resetToken: 'wrong', password: 'Brand-New-Pass-1' },
        ctx,
      ),
    )
    expect(error).toMatchObject({ code: 'VALIDATION', source: 'adobe-commerce' })
  })

  it('reports Shopify’s reset forms as UNSUPPORTED without a request', async () => {
    const error = await failure(
      backend.resetPassword(
        { resetUrl: 'https://x.example/reset', password: 'Brand-New-Pass-1' },
        ctx,
      ),
    )
    expect(error.code).toBe('UNSUPPORTED')
    expect(emulator.requests.count({ endpoint: 'adobe-commerce' })).toBe(0)
  })
})

describe('updateCustomer', () => {
  it('updates names and newsletter subscription; the token stays', async () => {
    const token = await backend.login(ada, ctx)
    const result = await backend.updateCustomer(
      token.accessToken,
      { firstName: 'Augusta', acceptsMarketing: false },
      ctx,
    )
    expect(result.token).toBeNull()
    expect(result.customer).toMatchObject({
      firstName: 'Augusta',
      lastName: 'Lovelace', // fields not given are left alone, not cleared
      acceptsMarketing: false,
    })
  })

  it('reports a password or email change as UNSUPPORTED without a request', async () => {
    const token = await backend.login(ada, ctx)
    const before = emulator.requests.count({ endpoint: 'adobe-commerce' })
    const error = await failure(
      backend.updateCustomer(token.accessToken, { password: 'Another-Pass-1' }, ctx),
    )
    expect(error.code).toBe('UNSUPPORTED')
    expect(emulator.requests.count({ endpoint: 'adobe-commerce' })).toBe(before)
  })

  it('maps a revoked token to TOKEN_INVALID', async () => {
    const token = await backend.login(ada, ctx)
    await backend.logout(token.accessToken, ctx)
    const error = await failure(backend.updateCustomer(token.accessToken, { firstName: 'X' }, ctx))
    expect(error).toMatchObject({ code: 'TOKEN_INVALID', status: 401 })
  })
})

describe('transport failures', () => {
  it('maps a 503 to SERVER, retryable', async () => {
    emulator.faults.add({ kind: 'status', status: 503, field: 'generateCustomerToken' })
    const error = await failure(backend.login(ada, ctx))
    expect(error).toMatchObject({
      code: 'SERVER',
      retryable: true,
      status: 503,
      source: 'adobe-commerce',
    })
  })

  it('maps a dropped connection to NETWORK, retryable', async () => {
    emulator.faults.add({ kind: 'drop', field: 'generateCustomerToken' })
    const error = await failure(backend.login(ada, ctx))
    expect(error).toMatchObject({ code: 'NETWORK', retryable: true, source: 'network' })
  })

  it('maps a malformed body to SERVER, retryable', async () => {
    const token = await backend.login(ada, ctx)
    emulator.faults.add({ kind: 'malformed', field: 'customer' })
    const error = await failure(backend.fetchCustomer(token.accessToken, ctx))
    expect(error).toMatchObject({ code: 'SERVER', retryable: true })
  })
})
