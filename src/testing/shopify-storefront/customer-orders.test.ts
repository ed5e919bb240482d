import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator, type SeedCustomer } from '../index.js'
import { storefrontClient } from '../test-support/graphql-over-http.js'
import { login, type TokenPayload } from '../test-support/storefront-operations.js'

const ada: SeedCustomer = {
  email: 'ada@example.com',
  password: 'analytical-engine',
  orders: [
    { processedAt: '2026-04-01T00:00:00Z', totalPrice: '30.00', currencyCode: 'CAD' },
    { processedAt: '2026-02-01T00:00:00Z', totalPrice: '99.99', currencyCode: 'CAD' },
    { processedAt: '2026-03-01T00:00:00Z', totalPrice: '5.00', currencyCode: 'CAD' },
  ],
}
const grace: SeedCustomer = { email: 'grace@example.com', password: 'compiler-1952' }

const readOrders = `query Orders($token: String!, $sortKey: OrderSortKeys, $reverse: Boolean, $query: String) {
  customer(customerAccessToken: $token) {
    numberOfOrders
    orders(first: 10, sortKey: $sortKey, reverse: $reverse, query: $query) {
      totalCount
      nodes { id name orderNumber processedAt totalPrice { amount currencyCode } }
    }
  }
}`
interface OrdersData {
  customer: {
    numberOfOrders: string
    orders: {
      totalCount: string
      nodes: { id: string; name: string; orderNumber: number; processedAt: string }[]
    }
  } | null
}

let emulator: Emulator
let send: ReturnType<typeof storefrontClient>
let baseUrl: string

beforeEach(async () => {
  emulator = createEmulator({ startTime: '2026-05-01T10:00:00Z', customers: [ada, grace] })
  baseUrl = await emulator.listen()
  send = storefrontClient(baseUrl, emulator)
})
afterEach(() => emulator.close())

async function signIn(customer: SeedCustomer): Promise<string> {
  const result = await send<{ customerAccessTokenCreate: TokenPayload }>(login, {
    input: { email: customer.email, password: customer.password },
  })
  return result.data?.customerAccessTokenCreate.customerAccessToken?.accessToken ?? ''
}

describe('Customer.orders and numberOfOrders', () => {
  it('counts and lists the seeded orders, numbered from 1001 in seed order', async () => {
    const result = await send<OrdersData>(readOrders, { token: await signIn(ada) })
    expect(result.errors).toBeUndefined()
    expect(result.data?.customer?.numberOfOrders).toBe('3')
    expect(result.data?.customer?.orders.totalCount).toBe('3')
    expect(result.data?.customer?.orders.nodes[0]).toEqual({
      id: 'gid://shopify/Order/1001',
      name: '#1001',
      orderNumber: 1001,
      processedAt: '2026-04-01T00:00:00Z',
      totalPrice: { amount: '30.00', currencyCode: 'CAD' },
    })
  })

  it('sorts by PROCESSED_AT and TOTAL_PRICE, reversed on request', async () => {
    const token = await signIn(ada)
    const numbers = async (sortKey: string, reverse: boolean) =>
      (
        await send<OrdersData>(readOrders, { token, sortKey, reverse })
      ).data?.customer?.orders.nodes.map((order) => order.orderNumber)
    expect(await numbers('PROCESSED_AT', true)).toEqual([1001, 1003, 1002])
    expect(await numbers('TOTAL_PRICE', false)).toEqual([1003, 1001, 1002])
  })

  it('is empty by default', async () => {
    const result = await send<OrdersData>(readOrders, { token: await signIn(grace) })
    expect(result.data?.customer).toEqual({
      numberOfOrders: '0',
      orders: { totalCount: '0', nodes: [] },
    })
  })

  it('answers NOT_SUPPORTED_BY_EMULATOR for an order search query rather than ignoring it', async () => {
    const result = await send<OrdersData>(readOrders, {
      token: await signIn(ada),
      query: 'financial_status:paid',
    })
    expect(result.errors?.[0]).toMatchObject({
      path: ['customer', 'orders'],
      extensions: { code: 'NOT_SUPPORTED_BY_EMULATOR' },
    })
  })

  it('answers NOT_SUPPORTED_BY_EMULATOR for order fields it does not serve', async () => {
    const result = await fetch(baseUrl + emulator.storefrontPath, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
      },
      body: JSON.stringify({
        query:
          '{ customer(customerAccessToken: "x") { orders(first: 1) { nodes { statusUrl } } } }',
      }),
    })
    const body = (await result.json()) as { errors: { extensions: { code: string } }[] }
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['NOT_SUPPORTED_BY_EMULATOR'])
  })
})
