import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BackendContext } from '../core/backend.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { createEmulator, type Emulator } from '../testing/index.js'
import { defined } from '../testing/test-support/defined.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'
import { adobeCommerce, type AdobeCommerceBackend } from './adobe-commerce/adobe-commerce.js'
import {
  shopifyStorefront,
  type ShopifyStorefrontBackend,
} from './shopify-storefront/shopify-storefront.js'

// changePassword on both backends, against the emulator over HTTP.

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
const newPassword = 'Difference-Engine-2'

let emulator: Emulator
let ctx: BackendContext

beforeEach(() => {
  emulator = createEmulator()
})

afterEach(async () => {
  await emulator.close()
})

const failure = (call: Promise<unknown>) => rejectionOf(call, CustomerAuthError)

describe('shopifyStorefront().changePassword', () => {
  let backend: ShopifyStorefrontBackend
  beforeEach(async () => {
    backend = shopifyStorefront({
      endpoint: `${await emulator.listen()}${emulator.storefrontPath}`,
      publicAccessToken: emulator.storefrontAccessToken,
      now: () => emulator.clock.now(),
    })
    ctx = { client: backend.createClient() }
  })

  it('proves the current password, then changes it: a rotated token, the old ones dead', async () => {
    const session = await backend.login(ada, ctx)
    const result = await backend.changePassword(
      session.accessToken,
      { currentPassword: ada.password, newPassword },
      ctx,
    )
    expect(result.customer.email).toBe(ada.email)
    const rotated = defined(result.token)
    expect(rotated.accessToken).not.toBe(session.accessToken)
    expect(await backend.fetchCustomer(session.accessToken, ctx)).toBeNull()
    expect((await backend.fetchCustomer(rotated.accessToken, ctx))?.email).toBe(ada.email)
    // The proof's token died with the others: only the rotated one is alive.
    const active = emulator.shopify.customerAccessTokens().filter((t) => t.status === 'active')
    expect(active.map((t) => t.accessToken)).toEqual([rotated.accessToken])
    await expect(backend.login({ email: ada.email, password: newPassword }, ctx)).resolves.toEqual(
      expect.objectContaining({ accessToken: expect.any(String) }),
    )
  })

  it('refuses a wrong current password as INVALID_CREDENTIALS on currentPassword, changing nothing', async () => {
    const session = await backend.login(ada, ctx)
    const error = await failure(
      backend.changePassword(session.accessToken, { currentPassword: 'not-it', newPassword }, ctx),
    )
    expect(error.code).toBe('INVALID_CREDENTIALS')
    expect(error.fieldErrors['currentPassword']).toHaveLength(1)
    expect(emulator.requests.count({ field: 'customerUpdate' })).toBe(0)
    expect((await backend.fetchCustomer(session.accessToken, ctx))?.email).toBe(ada.email)
  })

  it("reports a new password Shopify refuses as VALIDATION on newPassword, and deletes the proof's token", async () => {
    const session = await backend.login(ada, ctx)
    const error = await failure(
      backend.changePassword(
        session.accessToken,
        { currentPassword: ada.password, newPassword: 'abc' },
        ctx,
      ),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['newPassword']?.[0]?.code).toBe('TOO_SHORT')
    expect(error.fieldErrors['password']).toBeUndefined()
    await expect.poll(() => emulator.requests.count({ field: 'customerAccessTokenDelete' })).toBe(1)
    const active = emulator.shopify.customerAccessTokens().filter((t) => t.status === 'active')
    expect(active.map((t) => t.accessToken)).toEqual([session.accessToken])
  })

  it('answers a dead session token with TOKEN_INVALID before any sign-in', async () => {
    const session = await backend.login(ada, ctx)
    await backend.logout(session.accessToken, ctx)
    const error = await failure(
      backend.changePassword(
        session.accessToken,
        { currentPassword: ada.password, newPassword },
        ctx,
      ),
    )
    expect(error.code).toBe('TOKEN_INVALID')
    expect(emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(1)
  })
})

describe('adobeCommerce().changePassword', () => {
  let backend: AdobeCommerceBackend
  beforeEach(async () => {
    backend = adobeCommerce({
      endpoint: `${await emulator.listen()}${emulator.adobeCommercePath}`,
      now: () => emulator.clock.now(),
    })
    ctx = { client: backend.createClient() }
  })

  it('changes the password through changeCustomerPassword; the token stays', async () => {
    const session = await backend.login(ada, ctx)
    const result = await backend.changePassword(
      session.accessToken,
      { currentPassword: ada.password, newPassword },
      ctx,
    )
    expect(result).toEqual({ customer: expect.objectContaining({ email: ada.email }), token: null })
    expect((await backend.fetchCustomer(session.accessToken, ctx))?.email).toBe(ada.email)
    await expect(backend.login({ email: ada.email, password: newPassword }, ctx)).resolves.toEqual(
      expect.objectContaining({ accessToken: expect.any(String) }),
    )
  })

  it('maps a wrong current password (HTTP 401 on the field) to INVALID_CREDENTIALS, not TOKEN_INVALID', async () => {
    const session = await backend.login(ada, ctx)
    const error = await failure(
      backend.changePassword(session.accessToken, { currentPassword: 'not-it', newPassword }, ctx),
    )
    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 })
    expect(error.fieldErrors['currentPassword']).toHaveLength(1)
    expect((await backend.fetchCustomer(session.accessToken, ctx))?.email).toBe(ada.email)
  })

  it("maps Magento's password rules to VALIDATION on newPassword", async () => {
    const session = await backend.login(ada, ctx)
    const error = await failure(
      backend.changePassword(
        session.accessToken,
        { currentPassword: ada.password, newPassword: 'short' },
        ctx,
      ),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['newPassword']).toHaveLength(1)
  })

  it('maps a revoked token (refused before the resolver) to TOKEN_INVALID', async () => {
    const session = await backend.login(ada, ctx)
    await backend.logout(session.accessToken, ctx)
    const error = await failure(
      backend.changePassword(
        session.accessToken,
        { currentPassword: ada.password, newPassword },
        ctx,
      ),
    )
    expect(error).toMatchObject({ code: 'TOKEN_INVALID', status: 401 })
  })

  it('never carries either password in the error', async () => {
    const session = await backend.login(ada, ctx)
    const error = await failure(
      backend.changePassword(
        session.accessToken,
        { currentPassword: 'Wrong-Secret-9', newPassword: 'New-Secret-9!' },
        ctx,
      ),
    )
    const text = JSON.stringify({ ...error, message: error.message })
    expect(text).not.toContain('Wrong-Secret-9')
    expect(text).not.toContain('New-Secret-9!')
  })
})
