import { createStorefrontClient } from '@shopify/hydrogen-react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator, type SeedCustomer } from '../index.js'
import {
  CREATE_ADDRESS_MUTATION,
  CUSTOMER_ACTIVATE_MUTATION,
  CUSTOMER_CREATE_MUTATION,
  CUSTOMER_QUERY,
  CUSTOMER_RECOVER_MUTATION,
  CUSTOMER_RESET_MUTATION,
  CUSTOMER_UPDATE_MUTATION,
  DELETE_ADDRESS_MUTATION,
  LOGIN_MUTATION,
  UPDATE_ADDRESS_MUTATION,
  UPDATE_DEFAULT_ADDRESS_MUTATION,
} from '../test-support/hydrogen-demo-store-documents.js'

/**
 * Hydrogen's demo store before the Customer Account API (Shopify/hydrogen at 66a48573,
 * templates/demo-store/app/routes/($locale).account*.tsx): its documents, unchanged, sent the way
 * its server sends them (hydrogen-react's URL and private-token headers over fetch, as
 * `@shopify/hydrogen`'s `storefront.query`/`mutate` do), in the order its routes send them.
 */
const ada: SeedCustomer = {
  email: 'ada@example.com',
  password: 'analytical-engine',
  firstName: 'Ada',
  lastName: 'Lovelace',
  addresses: [{ address1: '12 St James Square', city: 'London', zip: 'SW1Y 4JH', country: 'GB' }],
  orders: [
    {
      processedAt: '2026-03-02T10:00:00Z',
      totalPrice: '12.00',
      currencyCode: 'GBP',
      lineItems: [{ title: 'Notes on the Analytical Engine' }],
    },
    {
      processedAt: '2026-04-20T16:30:00Z',
      totalPrice: '85.50',
      currencyCode: 'GBP',
      fulfillmentStatus: 'FULFILLED',
      lineItems: [{ title: 'Punched cards', quantity: 3 }, { title: 'Brass gears' }],
    },
  ],
}
const invited: SeedCustomer = { email: 'ivy@example.com', firstName: 'Ivy', state: 'invited' }

interface UserError {
  code: string | null
  field: string[] | null
  message: string
}
interface Body<Data> {
  data?: Data
  errors?: { message: string }[]
}

let emulator: Emulator
let storefront: <Data>(query: string, variables: Record<string, unknown>) => Promise<Data>

beforeEach(async () => {
  emulator = createEmulator({ startTime: '2026-05-01T10:00:00Z', customers: [ada, invited] })
  const client = createStorefrontClient({
    storeDomain: await emulator.listen(),
    privateStorefrontToken: emulator.privateStorefrontAccessToken,
    storefrontApiVersion: '2026-04',
  })
  storefront = async <Data>(query: string, variables: Record<string, unknown>) => {
    const response = await fetch(client.getStorefrontApiUrl(), {
      method: 'POST',
      headers: client.getPrivateTokenHeaders({ buyerIp: '203.0.113.7' }),
      body: JSON.stringify({ query, variables }),
    })
    const body = (await response.json()) as Body<Data>
    expect(body.errors).toBeUndefined()
    if (!body.data) throw new Error('no data')
    return body.data
  }
})
afterEach(() => emulator.close())

const i18n = { country: 'GB', language: 'EN' }

async function login(email: string, password: string): Promise<string> {
  const data = await storefront<{
    customerAccessTokenCreate: {
      customerUserErrors: UserError[]
      customerAccessToken: { accessToken: string; expiresAt: string } | null
    }
  }>(LOGIN_MUTATION, { input: { email, password } })
  expect(data.customerAccessTokenCreate.customerUserErrors).toEqual([])
  const token = data.customerAccessTokenCreate.customerAccessToken?.accessToken
  if (!token) throw new Error('no token')
  return token
}

interface AccountAddress {
  id: string
  formatted: string[]
  firstName: string | null
  address1: string | null
  city: string | null
  country: string | null
}
interface AccountPage {
  customer: {
    firstName: string | null
    email: string | null
    defaultAddress: AccountAddress | null
    addresses: { edges: { node: AccountAddress }[] }
    orders: {
      edges: {
        node: {
          id: string
          orderNumber: number
          processedAt: string
          financialStatus: string | null
          fulfillmentStatus: string
          currentTotalPrice: { amount: string; currencyCode: string }
          lineItems: { edges: { node: { title: string; variant: null } }[] }
        }
      }[]
    }
  } | null
}

const accountPage = (customerAccessToken: string) =>
  storefront<AccountPage>(CUSTOMER_QUERY, { customerAccessToken, ...i18n })

describe("Hydrogen demo store's legacy account routes", () => {
  it('account page: addresses, default address and orders newest first', async () => {
    const page = await accountPage(await login('ada@example.com', 'analytical-engine'))
    expect(page.customer).toMatchObject({ firstName: 'Ada', email: 'ada@example.com' })
    expect(page.customer?.defaultAddress).toMatchObject({
      address1: '12 St James Square',
      formatted: ['12 St James Square', 'London SW1Y 4JH', 'United Kingdom'],
    })
    expect(page.customer?.addresses.edges.map(({ node }) => node)).toEqual([
      page.customer?.defaultAddress,
    ])
    const orders = page.customer?.orders.edges.map(({ node }) => node)
    expect(orders?.map((order) => order.orderNumber)).toEqual([1002, 1001])
    expect(orders?.[0]).toMatchObject({
      processedAt: '2026-04-20T16:30:00Z',
      financialStatus: 'PAID',
      fulfillmentStatus: 'FULFILLED',
      currentTotalPrice: { amount: '85.50', currencyCode: 'GBP' },
      lineItems: {
        edges: [
          { node: { title: 'Punched cards', variant: null } },
          { node: { title: 'Brass gears', variant: null } },
        ],
      },
    })
  })

  it('address route: create as default, update, delete', async () => {
    const customerAccessToken = await login('ada@example.com', 'analytical-engine')
    const created = await storefront<{
      customerAddressCreate: { customerAddress: { id: string } | null; customerUserErrors: [] }
    }>(CREATE_ADDRESS_MUTATION, {
      customerAccessToken,
      address: {
        firstName: 'Ada',
        address1: '1 Analytical Row',
        city: 'Ottawa',
        country: 'Canada',
      },
    })
    const newId = created.customerAddressCreate.customerAddress?.id
    expect(created.customerAddressCreate.customerUserErrors).toEqual([])
    const madeDefault = await storefront<{
      customerDefaultAddressUpdate: { customerUserErrors: UserError[] }
    }>(UPDATE_DEFAULT_ADDRESS_MUTATION, { customerAccessToken, addressId: newId })
    expect(madeDefault.customerDefaultAddressUpdate.customerUserErrors).toEqual([])
    expect((await accountPage(customerAccessToken)).customer?.defaultAddress?.id).toBe(newId)

    // The route takes the id from its URL and decodes it before sending it back.
    const routeParam = encodeURIComponent(newId ?? '')
    const updated = await storefront<{
      customerAddressUpdate: { customerUserErrors: UserError[] }
    }>(UPDATE_ADDRESS_MUTATION, {
      address: { city: 'Toronto' },
      customerAccessToken,
      id: decodeURIComponent(routeParam),
    })
    expect(updated.customerAddressUpdate.customerUserErrors).toEqual([])
    const deleted = await storefront<{
      customerAddressDelete: { customerUserErrors: UserError[]; deletedCustomerAddressId: string }
    }>(DELETE_ADDRESS_MUTATION, { customerAccessToken, id: newId })
    expect(deleted.customerAddressDelete).toEqual({
      customerUserErrors: [],
      deletedCustomerAddressId: newId,
    })
    const page = await accountPage(customerAccessToken)
    expect(page.customer?.addresses.edges.map(({ node }) => node.city)).toEqual(['London'])
  })

  it('register, then log in, edit the account and see an empty account page', async () => {
    const created = await storefront<{
      customerCreate: { customer: { id: string } | null; customerUserErrors: UserError[] }
    }>(CUSTOMER_CREATE_MUTATION, { input: { email: 'new@example.com', password: 'hunter22' } })
    expect(created.customerCreate.customerUserErrors).toEqual([])
    const customerAccessToken = await login('new@example.com', 'hunter22')
    const edited = await storefront<{ customerUpdate: { customerUserErrors: UserError[] } }>(
      CUSTOMER_UPDATE_MUTATION,
      { customerAccessToken, customer: { firstName: 'Newt' } },
    )
    expect(edited.customerUpdate.customerUserErrors).toEqual([])
    expect((await accountPage(customerAccessToken)).customer).toEqual({
      firstName: 'Newt',
      lastName: null,
      phone: null,
      email: 'new@example.com',
      defaultAddress: null,
      addresses: { edges: [] },
      orders: { edges: [] },
    })
  })

  it('recover, then reset with the id and token of the emailed link', async () => {
    const recovered = await storefront<{ customerRecover: { customerUserErrors: UserError[] } }>(
      CUSTOMER_RECOVER_MUTATION,
      { email: 'ada@example.com' },
    )
    expect(recovered.customerRecover.customerUserErrors).toEqual([])
    const mail = emulator.outbox.latest('ada@example.com', 'recover')
    // The reset route reads /account/reset/:id/:resetToken and builds the gid from the id.
    const [id, resetToken] = new URL(mail?.url ?? '').pathname.split('/').slice(-2)
    const reset = await storefront<{
      customerReset: { customerAccessToken: { accessToken: string } | null; customerUserErrors: [] }
    }>(CUSTOMER_RESET_MUTATION, {
      id: `gid://shopify/Customer/${id}`,
      input: { password: 'difference-engine', resetToken },
    })
    expect(reset.customerReset.customerUserErrors).toEqual([])
    expect(reset.customerReset.customerAccessToken?.accessToken).toBeTruthy()
    expect(await login('ada@example.com', 'difference-engine')).toBeTruthy()
  })

  it('activate an invited account with the id and token of the invite', async () => {
    const mail = emulator.outbox.latest('ivy@example.com', 'activate')
    const [id, activationToken] = new URL(mail?.url ?? '').pathname.split('/').slice(-2)
    const activated = await storefront<{
      customerActivate: {
        customerAccessToken: { accessToken: string } | null
        customerUserErrors: UserError[]
      }
    }>(CUSTOMER_ACTIVATE_MUTATION, {
      id: `gid://shopify/Customer/${id}`,
      input: { password: 'ivy-league', activationToken },
    })
    expect(activated.customerActivate.customerUserErrors).toEqual([])
    const token = activated.customerActivate.customerAccessToken?.accessToken ?? ''
    expect((await accountPage(token)).customer?.firstName).toBe('Ivy')
  })
})
