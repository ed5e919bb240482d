import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStorefrontAccessToken } from './create-storefront-access-token.js'
import { nodeOnlyMessage } from './node-only-message.js'
import { requestLoginAsCustomerCode } from './request-login-as-customer-code.js'
import { generateMultipassToken } from './server-multipass.js'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the server helpers where a DOM exists', () => {
  // A bundler that honours `"sideEffects"` may import these modules without the entry's guard.
  it('refuses to run each helper, even when the entry module was skipped', async () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    await expect(generateMultipassToken('secret', { email: 'a@b.co' })).rejects.toThrow(
      nodeOnlyMessage,
    )
    await expect(
      createStorefrontAccessToken({
        shop: 'my-shop.myshopify.com',
        adminAccessToken: 'shpat_x',
        title: 't',
      }),
    ).rejects.toThrow(nodeOnlyMessage)
    await expect(
      requestLoginAsCustomerCode({
        baseUrl: 'https://shop.example.com',
        adminToken: 'x',
        customerId: 1,
      }),
    ).rejects.toThrow(nodeOnlyMessage)
  })
})
