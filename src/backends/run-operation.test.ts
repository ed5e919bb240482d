import { Client, cacheExchange, fetchExchange } from '@urql/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCustomerAuth } from '../core/create-customer-auth.js'
import { createEmulator, sampleCustomers, type Emulator } from '../testing/index.js'
import { adobeCommerce } from './adobe-commerce/adobe-commerce.js'
import { CustomerQuery as AdobeCustomerQuery } from './adobe-commerce/customer-query.js'
import { CustomerQuery as ShopifyCustomerQuery } from './shopify-storefront/customer-query.js'
import { shopifyStorefront } from './shopify-storefront/shopify-storefront.js'

let emulator: Emulator
let url: string

beforeEach(async () => {
  emulator = createEmulator()
  url = await emulator.listen()
})

afterEach(async () => {
  await emulator.close()
})

const credentials = (email: string) => {
  const customer = sampleCustomers.find((candidate) => candidate.email === email)
  if (!customer?.password) throw new Error(`no sample customer ${email} with a password`)
  return { email, password: customer.password }
}

describe('one urql client shared by several customers', () => {
  it('gives each shopper their own customer when two Adobe sessions are read at once through one client (SSR)', async () => {
    const backend = adobeCommerce({ endpoint: url + emulator.adobeCommercePath })
    // One client per server process, as the README suggests for SSR.
    const client = backend.createClient()
    const ada = await backend.login(credentials('ada@example.com'), { client })
    const grace = await backend.login(credentials('grace@example.com'), { client })

    const [forAda, forGrace] = await Promise.all([
      backend.fetchCustomer(ada.accessToken, { client }),
      backend.fetchCustomer(grace.accessToken, { client }),
    ])

    expect(forAda?.email).toBe('ada@example.com')
    expect(forGrace?.email).toBe('grace@example.com')
  })

  it('shows the new customer, not the previous one, when another customer signs in while the account loads', async () => {
    const auth = createCustomerAuth({
      backend: adobeCommerce({ endpoint: url + emulator.adobeCommercePath }),
      storage: 'memory',
      crossTab: false,
    })
    auth.start()
    try {
      await auth.login(credentials('ada@example.com'))
      const slow = emulator.faults.add({ kind: 'hold', field: 'customer' })
      const forAda = auth.fetchCustomer().catch(() => null)
      await vi.waitFor(() => expect(slow.hits).toBe(1)) // Ada's customer query is on the wire
      await auth.login(credentials('grace@example.com')) // Grace signs in over Ada
      const forGrace = auth.fetchCustomer()
      slow.release()
      await forAda

      expect((await forGrace)?.email).toBe('grace@example.com')
      expect(auth.getSnapshot().status).toBe('authenticated')
    } finally {
      auth.stop()
    }
  })

  it('answers a Shopify read started after an update with the update, while an older read is still on the wire', async () => {
    const backend = shopifyStorefront({
      endpoint: url + emulator.storefrontPath,
      publicAccessToken: emulator.storefrontAccessToken,
    })
    const ctx = { client: backend.createClient() }
    const { accessToken } = await backend.login(credentials('ada@example.com'), ctx)
    const slow = emulator.faults.add({ kind: 'hold', field: 'customer' })
    const before = backend.fetchCustomer(accessToken, ctx)
    before.catch(() => {}) // awaited below; no unhandled rejection if the test fails first
    await vi.waitFor(() => expect(slow.hits).toBe(1))

    await backend.updateCustomer(accessToken, { firstName: 'Augusta' }, ctx)
    const after = backend.fetchCustomer(accessToken, ctx)
    // The newer read gets its own request and its answer while the older one is still held.
    await vi.waitFor(() =>
      expect(
        emulator.requests.entries.filter((entry) => entry.fields.includes('customer')),
      ).toHaveLength(1),
    )
    slow.release()

    expect((await after)?.firstName).toBe('Augusta')
    await expect(before).resolves.toMatchObject({ email: 'ada@example.com' })
  })
})

describe("an app's own urql client with urql's cacheExchange", () => {
  const appClient = (endpoint: string) =>
    new Client({ url: endpoint, exchanges: [cacheExchange, fetchExchange] })

  it('cannot read a Shopify customer back from the cache with the same query', async () => {
    const backend = shopifyStorefront({
      endpoint: url + emulator.storefrontPath,
      publicAccessToken: emulator.storefrontAccessToken,
    })
    const client = appClient(url + emulator.storefrontPath)
    const { accessToken } = await backend.login(credentials('ada@example.com'), { client })
    expect((await backend.fetchCustomer(accessToken, { client }))?.email).toBe('ada@example.com')

    expect(client.readQuery(ShopifyCustomerQuery, { customerAccessToken: accessToken })).toBeNull()
    await backend.logout(accessToken, { client })
    expect(client.readQuery(ShopifyCustomerQuery, { customerAccessToken: accessToken })).toBeNull()
  })

  it('cannot read an Adobe customer back from the cache, though the query has no variables', async () => {
    const backend = adobeCommerce({ endpoint: url + emulator.adobeCommercePath })
    const client = appClient(url + emulator.adobeCommercePath)
    const { accessToken } = await backend.login(credentials('ada@example.com'), { client })
    expect((await backend.fetchCustomer(accessToken, { client }))?.email).toBe('ada@example.com')

    expect(client.readQuery(AdobeCustomerQuery, {})).toBeNull()
    await backend.logout(accessToken, { client })
    expect(client.readQuery(AdobeCustomerQuery, {})).toBeNull()
  })
})
