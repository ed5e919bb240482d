import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator, type SeedCustomer } from '../index.js'
import { storefrontClient } from '../test-support/graphql-over-http.js'
import {
  customerUserErrors,
  login,
  type TokenPayload,
} from '../test-support/storefront-operations.js'

const ada: SeedCustomer = {
  email: 'ada@example.com',
  password: 'analytical-engine',
  firstName: 'Ada',
  lastName: 'Lovelace',
  addresses: [
    {
      firstName: 'Ada',
      lastName: 'Lovelace',
      address1: '12 St James Square',
      city: 'London',
      zip: 'SW1Y 4JH',
      country: 'GB',
    },
    { address1: '1 Analytical Row', city: 'Ottawa', province: 'Ontario', country: 'Canada' },
  ],
}
const grace: SeedCustomer = { email: 'grace@example.com', password: 'compiler-1952' }

const addressFields = 'id address1 city province country countryCodeV2 zip formatted'
const readAddresses = `query Addresses($token: String!, $first: Int, $last: Int, $after: String, $before: String, $reverse: Boolean) {
  customer(customerAccessToken: $token) {
    defaultAddress { ${addressFields} }
    addresses(first: $first, last: $last, after: $after, before: $before, reverse: $reverse) {
      edges { cursor node { id } }
      nodes { ${addressFields} }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`
const createAddress = `mutation Create($token: String!, $address: MailingAddressInput!) {
  customerAddressCreate(customerAccessToken: $token, address: $address) {
    customerAddress { ${addressFields} } ${customerUserErrors} userErrors { field message }
  }
}`
const updateAddress = `mutation Update($token: String!, $id: ID!, $address: MailingAddressInput!) {
  customerAddressUpdate(customerAccessToken: $token, id: $id, address: $address) {
    customerAddress { ${addressFields} } ${customerUserErrors}
  }
}`
const deleteAddress = `mutation Delete($token: String!, $id: ID!) {
  customerAddressDelete(customerAccessToken: $token, id: $id) { deletedCustomerAddressId ${customerUserErrors} }
}`
const setDefault = `mutation Default($token: String!, $addressId: ID!) {
  customerDefaultAddressUpdate(customerAccessToken: $token, addressId: $addressId) {
    customer { defaultAddress { id } } ${customerUserErrors}
  }
}`

interface Address {
  id: string
  address1: string | null
  city: string | null
  province: string | null
  country: string | null
  countryCodeV2: string | null
  zip: string | null
  formatted: string[]
}
interface AddressesData {
  customer: {
    defaultAddress: Address | null
    addresses: {
      edges: { cursor: string; node: { id: string } }[]
      nodes: Address[]
      pageInfo: {
        hasNextPage: boolean
        hasPreviousPage: boolean
        startCursor: string | null
        endCursor: string | null
      }
    }
  } | null
}
type Errors = TokenPayload['customerUserErrors']

let emulator: Emulator
let send: ReturnType<typeof storefrontClient>

beforeEach(async () => {
  emulator = createEmulator({ startTime: '2026-05-01T10:00:00Z', customers: [ada, grace] })
  send = storefrontClient(await emulator.listen(), emulator)
})
afterEach(() => emulator.close())

async function signIn(customer: SeedCustomer): Promise<string> {
  const result = await send<{ customerAccessTokenCreate: TokenPayload }>(login, {
    input: { email: customer.email, password: customer.password },
  })
  const token = result.data?.customerAccessTokenCreate.customerAccessToken?.accessToken
  if (!token) throw new Error('sign-in failed')
  return token
}

async function addresses(token: string, page: Record<string, unknown> = { first: 10 }) {
  const result = await send<AddressesData>(readAddresses, { token, ...page })
  expect(result.errors).toBeUndefined()
  const customer = result.data?.customer
  if (!customer) throw new Error('no customer')
  return customer
}

describe('Customer.addresses and defaultAddress', () => {
  it('reads the seeded address book, the first address being the default', async () => {
    const customer = await addresses(await signIn(ada))
    expect(customer.addresses.nodes).toMatchObject([
      {
        address1: '12 St James Square',
        country: 'United Kingdom',
        countryCodeV2: 'GB',
        formatted: ['12 St James Square', 'London SW1Y 4JH', 'United Kingdom'],
      },
      { city: 'Ottawa', province: 'Ontario', country: 'Canada', countryCodeV2: 'CA' },
    ])
    expect(customer.defaultAddress).toEqual(customer.addresses.nodes[0])
    expect(customer.addresses.nodes[0]?.id).toMatch(
      /^gid:\/\/shopify\/MailingAddress\/\d+\?model_name=CustomerAddress$/,
    )
  })

  it('is empty by default', async () => {
    const customer = await addresses(await signIn(grace))
    expect(customer.defaultAddress).toBeNull()
    expect(customer.addresses).toEqual({
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    })
  })

  it('pages with first/after, last/before and reverse', async () => {
    const token = await signIn(ada)
    const firstPage = await addresses(token, { first: 1 })
    expect(firstPage.addresses.nodes.map((a) => a.city)).toEqual(['London'])
    expect(firstPage.addresses.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    })
    const next = await addresses(token, { first: 1, after: firstPage.addresses.pageInfo.endCursor })
    expect(next.addresses.nodes.map((a) => a.city)).toEqual(['Ottawa'])
    expect(next.addresses.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true })
    const before = await addresses(token, { last: 5, before: next.addresses.pageInfo.startCursor })
    expect(before.addresses.nodes.map((a) => a.city)).toEqual(['London'])
    const reversed = await addresses(token, { first: 2, reverse: true })
    expect(reversed.addresses.nodes.map((a) => a.city)).toEqual(['Ottawa', 'London'])
  })

  it('refuses a read without first or last, as Shopify does', async () => {
    const token = await signIn(ada)
    const result = await send<AddressesData>(readAddresses, { token })
    expect(result.errors?.[0]).toMatchObject({
      message: 'you must provide one of first or last',
      path: ['customer', 'addresses'],
    })
  })
})

describe('customerAddressCreate, customerAddressUpdate, customerAddressDelete', () => {
  it('creates an address that becomes the default when it is the first one', async () => {
    const token = await signIn(grace)
    const created = await send<{
      customerAddressCreate: { customerAddress: Address | null; customerUserErrors: Errors }
    }>(createAddress, {
      token,
      address: { address1: '1 Navy Way', city: 'Arlington', province: 'Virginia', country: 'US' },
    })
    expect(created.data?.customerAddressCreate).toMatchObject({
      customerAddress: { address1: '1 Navy Way', country: 'United States', countryCodeV2: 'US' },
      customerUserErrors: [],
    })
    const customer = await addresses(token)
    expect(customer.defaultAddress?.id).toBe(
      created.data?.customerAddressCreate.customerAddress?.id,
    )
  })

  it('answers userErrors for an unknown country and a name with HTML', async () => {
    const token = await signIn(grace)
    const result = await send<{
      customerAddressCreate: {
        customerAddress: null
        customerUserErrors: Errors
        userErrors: unknown[]
      }
    }>(createAddress, { token, address: { firstName: '<b>G</b>', country: 'Atlantis' } })
    expect(result.data?.customerAddressCreate).toEqual({
      customerAddress: null,
      customerUserErrors: [
        {
          code: 'CONTAINS_HTML_TAGS',
          field: ['address', 'firstName'],
          message: 'First name cannot contain HTML tags',
        },
        { code: 'INVALID', field: ['address', 'country'], message: 'Country is invalid' },
      ],
      userErrors: [
        { field: ['address', 'firstName'], message: 'First name cannot contain HTML tags' },
        { field: ['address', 'country'], message: 'Country is invalid' },
      ],
    })
    expect((await addresses(token)).addresses.nodes).toEqual([])
  })

  it('updates only the fields sent, and accepts the id URL-encoded', async () => {
    const token = await signIn(ada)
    const [london] = (await addresses(token)).addresses.nodes
    const result = await send<{
      customerAddressUpdate: { customerAddress: Address | null; customerUserErrors: Errors }
    }>(updateAddress, {
      token,
      id: encodeURIComponent(london?.id ?? ''),
      address: { address1: '10 Downing St', zip: null },
    })
    expect(result.data?.customerAddressUpdate).toMatchObject({
      customerAddress: { id: london?.id, address1: '10 Downing St', city: 'London', zip: null },
      customerUserErrors: [],
    })
  })

  it('deletes an address and makes the next one the default when the default goes', async () => {
    const token = await signIn(ada)
    const [london, ottawa] = (await addresses(token)).addresses.nodes
    const result = await send<{
      customerAddressDelete: { deletedCustomerAddressId: string | null; customerUserErrors: Errors }
    }>(deleteAddress, { token, id: london?.id })
    expect(result.data?.customerAddressDelete).toEqual({
      deletedCustomerAddressId: london?.id,
      customerUserErrors: [],
    })
    const customer = await addresses(token)
    expect(customer.addresses.nodes.map((a) => a.id)).toEqual([ottawa?.id])
    expect(customer.defaultAddress?.id).toBe(ottawa?.id)
  })

  it('answers NOT_FOUND for another customer’s address', async () => {
    const adaAddress = (await addresses(await signIn(ada))).addresses.nodes[0]?.id
    const token = await signIn(grace)
    const result = await send<{
      customerAddressDelete: { deletedCustomerAddressId: null; customerUserErrors: Errors }
    }>(deleteAddress, { token, id: adaAddress })
    expect(result.data?.customerAddressDelete).toEqual({
      deletedCustomerAddressId: null,
      customerUserErrors: [{ code: 'NOT_FOUND', field: ['id'], message: 'Address does not exist' }],
    })
  })

  it('refuses a token that is not live with ACCESS_DENIED, like the other customer mutations', async () => {
    const result = await send<{ customerAddressCreate: null }>(createAddress, {
      token: 'not-a-token',
      address: { city: 'Nowhere' },
    })
    expect(result.data?.customerAddressCreate).toBeNull()
    expect(result.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED')
  })
})

describe('customerDefaultAddressUpdate', () => {
  it('sets the default address and answers the customer', async () => {
    const token = await signIn(ada)
    const ottawa = (await addresses(token)).addresses.nodes[1]
    const result = await send<{
      customerDefaultAddressUpdate: {
        customer: { defaultAddress: { id: string } | null } | null
        customerUserErrors: Errors
      }
    }>(setDefault, { token, addressId: ottawa?.id })
    expect(result.data?.customerDefaultAddressUpdate).toEqual({
      customer: { defaultAddress: { id: ottawa?.id } },
      customerUserErrors: [],
    })
    expect((await addresses(token)).defaultAddress?.id).toBe(ottawa?.id)
  })

  it('answers NOT_FOUND on addressId for an unknown address', async () => {
    const token = await signIn(ada)
    const result = await send<{
      customerDefaultAddressUpdate: { customer: null; customerUserErrors: Errors }
    }>(setDefault, { token, addressId: 'gid://shopify/MailingAddress/999999' })
    expect(result.data?.customerDefaultAddressUpdate.customerUserErrors).toEqual([
      { code: 'NOT_FOUND', field: ['addressId'], message: 'Address does not exist' },
    ])
  })
})
