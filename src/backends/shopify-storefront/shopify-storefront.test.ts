import { Client, cacheExchange, fetchExchange } from '@urql/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackendContext } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import { generateMultipassToken } from '../../multipass/multipass-token.js'
import { createEmulator, type Emulator } from '../../testing/index.js'
import { defined } from '../../testing/test-support/defined.js'
import { rejectionOf } from '../../testing/test-support/rejection-of.js'
import { shopifyStorefront, type ShopifyStorefrontBackend } from './shopify-storefront.js'

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
const dayMs = 24 * 60 * 60 * 1000

let emulator: Emulator
let endpoint: string
let backend: ShopifyStorefrontBackend
let ctx: BackendContext

beforeEach(async () => {
  emulator = createEmulator({ startTime: '2026-07-15T22:57:56Z' })
  endpoint = `${await emulator.listen()}${emulator.storefrontPath}`
  backend = shopifyStorefront({
    endpoint,
    publicAccessToken: emulator.storefrontAccessToken,
    now: () => emulator.clock.now(),
  })
  ctx = { client: backend.createClient() }
})

afterEach(async () => {
  await emulator.close()
})

const failure = (call: Promise<unknown>) => rejectionOf(call, CustomerAuthError)

describe('shopifyStorefront()', () => {
  it('keys storage by the endpoint host, or by the shop domain', () => {
    expect(backend.id).toBe(`shopify:${new URL(endpoint).host}`)
    expect(
      shopifyStorefront({ storeDomain: 'https://my-shop.myshopify.com/', publicAccessToken: 't' })
        .id,
    ).toBe('shopify:my-shop.myshopify.com')
    expect(backend.capabilities).toEqual({
      renew: true,
      multipass: true,
      register: true,
      recoverPassword: true,
      resetPassword: true,
      activateAccount: true,
      updateCustomer: true,
      changePassword: true,
      confirmEmail: false,
    })
  })

  it("states the Storefront API's password rules: 5 to 40 characters, no edge white space", () => {
    expect(
      shopifyStorefront({ storeDomain: 'my-shop.myshopify.com', publicAccessToken: 'public' })
        .passwordRules,
    ).toEqual({ minLength: 5, maxLength: 40, refusesEdgeWhitespace: true })
  })

  it('refuses a private storefront token in a browser', () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    try {
      let error: unknown
      try {
        shopifyStorefront({ endpoint, privateAccessToken: emulator.privateStorefrontAccessToken })
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(CustomerAuthError)
      expect(error).toMatchObject({ code: 'CONFIGURATION', source: 'client', retryable: false })
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('signs in with a private storefront token on a server', async () => {
    const server = shopifyStorefront({
      endpoint,
      privateAccessToken: emulator.privateStorefrontAccessToken,
      buyerIp: '203.0.113.7',
    })
    const token = await server.login(ada, { client: server.createClient() })
    expect(token.accessToken).toEqual(expect.any(String))
  })

  it('reports a storefront token the shop does not know as a configuration error', async () => {
    const wrong = shopifyStorefront({ endpoint, publicAccessToken: 'not-a-token' })
    const error = await failure(wrong.login(ada, ctx))
    expect(error).toMatchObject({ code: 'CONFIGURATION', source: 'shopify', status: 401 })
  })
})

describe('login', () => {
  it('refuses an Adobe-style one-time code as UNSUPPORTED without a request', async () => {
    const error = await failure(
      backend.login({ email: ada.email, oneTimeCode: 'a'.repeat(32) }, ctx),
    )
    expect(error).toMatchObject({ code: 'UNSUPPORTED', source: 'client', retryable: false })
    expect(emulator.requests.count({ endpoint: 'storefront' })).toBe(0)
  })

  it('returns the token with expiresAt from the API and issuedAt from the response time', async () => {
    const token = await backend.login(ada, ctx)
    expect(token.issuedAt).toBe(emulator.clock.now())
    expect(token.expiresAt).toBe(Date.parse('2026-08-26T22:57:56Z')) // 42 days later
    expect(emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(1)
  })

  it('maps a wrong password to INVALID_CREDENTIALS with the API’s user error', async () => {
    const error = await failure(backend.login({ ...ada, password: 'wrong' }, ctx))
    expect(error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      source: 'shopify',
      retryable: false,
    })
    expect(error.userErrors).toEqual([
      { code: 'UNIDENTIFIED_CUSTOMER', field: null, message: 'Unidentified customer' },
    ])
    expect(error.message).not.toContain('wrong')
  })

  it('maps a disabled customer to INVALID_CREDENTIALS, as Shopify does not tell them apart', async () => {
    const error = await failure(
      backend.login({ email: 'disabled@example.com', password: 'disabled-pass' }, ctx),
    )
    expect(error.code).toBe('INVALID_CREDENTIALS')
  })

  it('reports THROTTLED (retryable) once repeated failures hit the login limit', async () => {
    for (let attempt = 0; attempt < 6; attempt++)
      expect((await failure(backend.login({ ...ada, password: 'nope' }, ctx))).code).toBe(
        'INVALID_CREDENTIALS',
      )
    const error = await failure(backend.login(ada, ctx))
    expect(error).toMatchObject({ code: 'THROTTLED', retryable: true, source: 'shopify' })
    expect(error.graphQLErrors[0]?.path).toEqual(['customerAccessTokenCreate'])
  })
})

describe('renew and logout', () => {
  it('renews a live token', async () => {
    const token = await backend.login(ada, ctx)
    emulator.clock.advance(10 * dayMs)
    const renewed = await backend.renew(token.accessToken, ctx)
    expect(renewed.accessToken).toBe(token.accessToken)
    expect(renewed.issuedAt).toBe(emulator.clock.now())
    expect(renewed.expiresAt).toBeGreaterThan(token.expiresAt)
  })

  it('refuses to renew an expired token with TOKEN_INVALID', async () => {
    const token = await backend.login(ada, ctx)
    emulator.clock.advance(43 * dayMs)
    const error = await failure(backend.renew(token.accessToken, ctx))
    expect(error).toMatchObject({ code: 'TOKEN_INVALID', retryable: false })
  })

  it('deletes the token on logout, after which the customer query says the session is over', async () => {
    const token = await backend.login(ada, ctx)
    await backend.logout(token.accessToken, ctx)
    expect(
      emulator.shopify.customerAccessTokens().find((t) => t.accessToken === token.accessToken)
        ?.status,
    ).toBe('deleted')
    expect(await backend.fetchCustomer(token.accessToken, ctx)).toBeNull()
  })

  it('treats logging out an already deleted token (ACCESS_DENIED) as done', async () => {
    const token = await backend.login(ada, ctx)
    await backend.logout(token.accessToken, ctx)
    await expect(backend.logout(token.accessToken, ctx)).resolves.toBeUndefined()
    expect(emulator.requests.count({ field: 'customerAccessTokenDelete' })).toBe(2)
  })
})

describe('fetchCustomer', () => {
  it('returns the customer in the library’s shape, with the raw object', async () => {
    const token = await backend.login(ada, ctx)
    const customer = await backend.fetchCustomer(token.accessToken, ctx)
    expect(customer).toMatchObject({
      id: expect.stringMatching(/^gid:\/\/shopify\/Customer\//),
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      displayName: 'Ada Lovelace',
      phone: '+441632960001',
      acceptsMarketing: true,
    })
    expect(customer?.raw).toMatchObject({ email: 'ada@example.com', createdAt: expect.any(String) })
  })

  it('returns null for an expired token', async () => {
    const token = await backend.login(ada, ctx)
    emulator.clock.advance(43 * dayMs)
    expect(await backend.fetchCustomer(token.accessToken, ctx)).toBeNull()
  })

  it('sends the token in a POST body even through an app’s client that prefers GET', async () => {
    const seen: { method: string; url: string }[] = []
    const recordingFetch: typeof fetch = (input, init) => {
      seen.push({ method: init?.method ?? 'GET', url: String(input) })
      return fetch(input, init)
    }
    const appClient = new Client({
      url: 'http://127.0.0.1:9/app-graphql', // the app's own API; the backend overrides the URL
      exchanges: [cacheExchange, fetchExchange],
      fetch: recordingFetch,
    })
    const token = await backend.login(ada, { client: appClient })
    expect((await backend.fetchCustomer(token.accessToken, { client: appClient }))?.email).toBe(
      ada.email,
    )
    // A second read is not served from the app's cache: it reaches the API again.
    await backend.fetchCustomer(token.accessToken, { client: appClient })
    expect(seen).toHaveLength(3)
    for (const request of seen) {
      expect(request.method).toBe('POST')
      expect(request.url).toBe(endpoint)
      expect(request.url).not.toContain(token.accessToken)
    }
  })
})

describe('loginWithMultipass', () => {
  const multipassToken = (email: string) =>
    generateMultipassToken(
      emulator.multipassSecret,
      { email, first_name: 'Mia' },
      { now: new Date(emulator.clock.now()) },
    )

  it('signs in (creating the customer) with a valid Multipass token', async () => {
    const token = await backend.loginWithMultipass(await multipassToken('mia@example.com'), ctx)
    expect(token.expiresAt).toBe(emulator.clock.now() + 42 * dayMs)
    expect((await backend.fetchCustomer(token.accessToken, ctx))?.firstName).toBe('Mia')
  })

  it('refuses a reused Multipass token with MULTIPASS_INVALID', async () => {
    const multipass = await multipassToken('mia@example.com')
    await backend.loginWithMultipass(multipass, ctx)
    const error = await failure(backend.loginWithMultipass(multipass, ctx))
    expect(error).toMatchObject({ code: 'MULTIPASS_INVALID', retryable: false })
    expect(error.fieldErrors['multipassToken']?.[0]?.code).toBe('INVALID_MULTIPASS_REQUEST')
  })

  it('refuses a token signed with another secret, or older than 15 minutes', async () => {
    const forged = await generateMultipassToken('another-secret', { email: 'mia@example.com' })
    expect((await failure(backend.loginWithMultipass(forged, ctx))).code).toBe('MULTIPASS_INVALID')
    const stale = await multipassToken('mia@example.com')
    emulator.clock.advance(16 * 60 * 1000)
    expect((await failure(backend.loginWithMultipass(stale, ctx))).code).toBe('MULTIPASS_INVALID')
  })
})

describe('register', () => {
  it('creates the account and signs in', async () => {
    const token = await backend.register(
      {
        email: 'new@example.com',
        password: 'a-long-password',
        firstName: 'New',
        lastName: 'Person',
      },
      ctx,
    )
    expect(token).not.toBeNull()
    const customer = await backend.fetchCustomer(defined(token).accessToken, ctx)
    expect(customer).toMatchObject({ email: 'new@example.com', displayName: 'New Person' })
    expect(emulator.requests.count({ field: 'customerCreate' })).toBe(1)
    expect(emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(1)
  })

  it('reports a taken email as VALIDATION with an email field error', async () => {
    const error = await failure(backend.register({ ...ada, password: 'another-password' }, ctx))
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['email']?.[0]?.code).toBe('TAKEN')
  })

  it('reports every refused field, keyed by the input name', async () => {
    const error = await failure(
      backend.register({ email: 'not-an-email', password: 'x', firstName: '<b>Bold</b>' }, ctx),
    )
    expect(error.code).toBe('VALIDATION')
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['email', 'firstName', 'password'])
    expect(error.fieldErrors['email']?.[0]?.code).toBe('INVALID')
    expect(error.fieldErrors['password']?.[0]?.code).toBe('TOO_SHORT')
    expect(error.fieldErrors['firstName']?.[0]?.code).toBe('CONTAINS_HTML_TAGS')
  })

  it('returns null for the address of an account that was never activated (the invite is sent again)', async () => {
    const result = await backend.register(
      { email: 'invited@example.com', password: 'a-long-password' },
      ctx,
    )
    expect(result).toBeNull()
    expect(emulator.outbox.latest('invited@example.com', 'activate')).toBeDefined()
  })
})

describe('password recovery and reset', () => {
  it('sends the recovery mail for a known email', async () => {
    await backend.recoverPassword(ada.email, ctx)
    expect(emulator.outbox.latest(ada.email, 'recover')?.url).toEqual(expect.any(String))
  })

  it('reports an unknown email as NOT_FOUND', async () => {
    const error = await failure(backend.recoverPassword('nobody@example.com', ctx))
    expect(error).toMatchObject({ code: 'NOT_FOUND', source: 'shopify' })
  })

  it('reports THROTTLED (retryable) once this shopper hits the recovery limit', async () => {
    // Shopify throttles customerRecover per IP (the emulator: 5 an hour by default).
    for (let request = 0; request < 5; request++) await backend.recoverPassword(ada.email, ctx)
    const error = await failure(backend.recoverPassword(ada.email, ctx))
    expect(error).toMatchObject({ code: 'THROTTLED', retryable: true, source: 'shopify' })
    expect(error.graphQLErrors[0]?.path).toEqual(['customerRecover'])
  })

  it('resets by the URL from the mail, returns a session, and the new password signs in', async () => {
    await backend.recoverPassword(ada.email, ctx)
    const mail = defined(emulator.outbox.latest(ada.email, 'recover'))
    const token = await backend.resetPassword(
      { resetUrl: defined(mail.url), password: 'new-password-1' },
      ctx,
    )
    expect((await backend.fetchCustomer(token.accessToken, ctx))?.email).toBe(ada.email)
    await expect(backend.login({ ...ada, password: 'new-password-1' }, ctx)).resolves.toBeDefined()
  })

  it('resets by customer id and reset token', async () => {
    await backend.recoverPassword(ada.email, ctx)
    const mail = defined(emulator.outbox.latest(ada.email, 'recover'))
    const token = await backend.resetPassword(
      { customerId: mail.customerId, resetToken: mail.token, password: 'new-password-2' },
      ctx,
    )
    expect(token.accessToken).toEqual(expect.any(String))
  })

  it('maps a bad reset token or reset URL to TOKEN_INVALID', async () => {
    await backend.recoverPassword(ada.email, ctx)
    const mail = defined(emulator.outbox.latest(ada.email, 'recover'))
    const badToken = await failure(
      backend.resetPassword(
        { customerId: mail.customerId, resetToken: 'wrong', password: 'new-password-3' },
        ctx,
      ),
    )
    expect(badToken.code).toBe('TOKEN_INVALID')
    const badUrl = await failure(
      backend.resetPassword(
        {
          resetUrl: `https://${emulator.shopDomain}/account/reset/999999/abc`,
          password: 'new-password-3',
        },
        ctx,
      ),
    )
    expect(badUrl.code).toBe('TOKEN_INVALID')
  })

  it('reports an email-and-token reset (Adobe’s form) as UNSUPPORTED without a request', async () => {
    const error = await failure(
      backend.resetPassword({ email: ada.email, resetToken: 't', password: 'new-password-4' }, ctx),
    )
    expect(error.code).toBe('UNSUPPORTED')
    expect(emulator.requests.count({ endpoint: 'storefront' })).toBe(0)
  })
})

describe('activateAccount', () => {
  async function activationMail() {
    await backend.recoverPassword('invited@example.com', ctx) // an invited account gets its invite again
    return defined(emulator.outbox.latest('invited@example.com', 'activate'))
  }

  it('activates by the URL from the invite and returns a session', async () => {
    const mail = await activationMail()
    const token = await backend.activateAccount(
      { activationUrl: defined(mail.url), password: 'chosen-password' },
      ctx,
    )
    expect((await backend.fetchCustomer(token.accessToken, ctx))?.firstName).toBe('Ivy')
  })

  it('activates by customer id and activation token; a second activation is TOKEN_INVALID', async () => {
    const mail = await activationMail()
    const input = {
      customerId: mail.customerId,
      activationToken: mail.token,
      password: 'chosen-password',
    }
    await backend.activateAccount(input, ctx)
    const again = await failure(backend.activateAccount(input, ctx))
    expect(again.code).toBe('TOKEN_INVALID')
    expect(again.userErrors[0]?.code).toBe('ALREADY_ENABLED')
  })

  it('maps a wrong activation token to TOKEN_INVALID', async () => {
    const mail = await activationMail()
    const error = await failure(
      backend.activateAccount(
        { customerId: mail.customerId, activationToken: 'wrong', password: 'chosen-password' },
        ctx,
      ),
    )
    expect(error.code).toBe('TOKEN_INVALID')
  })
})

describe('updateCustomer', () => {
  it('updates the profile and keeps the token', async () => {
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
      phone: '+441632960001',
      acceptsMarketing: false,
    })
  })

  it('returns the rotated token on a password change; the old one no longer works', async () => {
    const token = await backend.login(ada, ctx)
    const result = await backend.updateCustomer(
      token.accessToken,
      { password: 'rotated-password' },
      ctx,
    )
    expect(result.token?.accessToken).toEqual(expect.any(String))
    expect(result.token?.accessToken).not.toBe(token.accessToken)
    expect(await backend.fetchCustomer(token.accessToken, ctx)).toBeNull()
    expect((await backend.fetchCustomer(defined(result.token).accessToken, ctx))?.email).toBe(
      ada.email,
    )
  })

  it('reports refused fields as VALIDATION keyed by input name', async () => {
    const token = await backend.login(ada, ctx)
    const error = await failure(
      backend.updateCustomer(token.accessToken, { email: 'grace@example.com' }, ctx),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['email']?.[0]?.code).toBe('TAKEN')
  })

  it('maps a dead session token to TOKEN_INVALID', async () => {
    const token = await backend.login(ada, ctx)
    await backend.logout(token.accessToken, ctx)
    const error = await failure(backend.updateCustomer(token.accessToken, { firstName: 'X' }, ctx))
    expect(error.code).toBe('TOKEN_INVALID')
  })
})

describe('transport failures', () => {
  it('maps a 503 to SERVER, retryable, with the status', async () => {
    emulator.faults.add({ kind: 'status', status: 503, field: 'customerAccessTokenCreate' })
    const error = await failure(backend.login(ada, ctx))
    expect(error).toMatchObject({ code: 'SERVER', retryable: true, status: 503, source: 'shopify' })
  })

  it('maps a dropped connection to NETWORK, retryable', async () => {
    const token = await backend.login(ada, ctx)
    emulator.faults.add({ kind: 'drop', field: 'customerAccessTokenRenew' })
    const error = await failure(backend.renew(token.accessToken, ctx))
    expect(error).toMatchObject({ code: 'NETWORK', retryable: true, source: 'network' })
  })

  it('maps a malformed body to SERVER, retryable', async () => {
    const token = await backend.login(ada, ctx)
    emulator.faults.add({ kind: 'malformed', field: 'customer' })
    const error = await failure(backend.fetchCustomer(token.accessToken, ctx))
    expect(error).toMatchObject({ code: 'SERVER', retryable: true, status: 200 })
  })

  it('rejects with ABORTED when the caller aborts an in-flight request', async () => {
    const hold = emulator.faults.add({ kind: 'hold', field: 'customerAccessTokenCreate' })
    const controller = new AbortController()
    const pending = backend.login(ada, { ...ctx, signal: controller.signal })
    await vi.waitFor(() => expect(hold.hits).toBe(1))
    controller.abort()
    const error = await failure(pending)
    expect(error).toMatchObject({ code: 'ABORTED', retryable: false })
    hold.release()
  })

  it('rejects at once when the signal is already aborted, without a request', async () => {
    const controller = new AbortController()
    controller.abort()
    const error = await failure(backend.login(ada, { ...ctx, signal: controller.signal }))
    expect(error.code).toBe('ABORTED')
    expect(emulator.requests.count({ endpoint: 'storefront' })).toBe(0)
  })
})
