import { buildSchema, parse, validate } from 'graphql'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'
import { magentoValidationRules, unsupportedByEmulatorCode } from './magento-schema-gap-rule.js'

async function post(server: AdobeTestServer, query: string) {
  // Sent as is: these documents are valid against Magento, not against the served subset.
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  })
  return (await response.json()) as {
    data?: unknown
    errors?: { message: string; extensions?: { code?: string } }[]
  }
}

describe('the Adobe Commerce endpoint, for names it does not serve', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  it("answers NOT_SUPPORTED_BY_EMULATOR for core Magento's fields and types", async () => {
    const body = await post(
      server,
      `query { customer { firstname addressesV2 { total_count } } availableStores { store_code } }
       fragment Item on VirtualCartItem { uid }`,
    )
    expect(body.data).toBeUndefined()
    expect(body.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      [
        'Field "Customer.addressesV2" is not supported by the emulator: storefront-auth emulates the customer-account and cart subset of Adobe Commerce.',
        unsupportedByEmulatorCode,
      ],
      [
        'Field "Query.availableStores" is not supported by the emulator: storefront-auth emulates the customer-account and cart subset of Adobe Commerce.',
        unsupportedByEmulatorCode,
      ],
      [
        'Type "VirtualCartItem" is not supported by the emulator: storefront-auth emulates the customer-account and cart subset of Adobe Commerce.',
        unsupportedByEmulatorCode,
      ],
      // graphql-js's own rule: an unused fragment is an error against Magento too.
      ['Fragment "Item" is never used.', undefined],
    ])
  })

  it("answers NOT_SUPPORTED_BY_EMULATOR for core Magento's input fields written in the document", async () => {
    const body = await post(
      server,
      `mutation { createCustomerV2(input: {
        firstname: "K", lastname: "J", email: "k@example.com", custom_attributes: []
      }) { customer { email } } }`,
    )
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual([unsupportedByEmulatorCode])
    expect(body.errors?.[0]?.message).toMatch(
      /^Input field "CustomerCreateInput.custom_attributes"/,
    )
  })

  it('keeps graphql-js’s error for a name Magento does not have either (a typo)', async () => {
    const body = await post(server, 'query { customer { first_name } }')
    expect(body.errors).toMatchObject([
      {
        message:
          'Cannot query field "first_name" on type "Customer". Did you mean "firstname", "lastname", or "middlename"?',
      },
    ])
    expect(body.errors?.[0]?.extensions?.code).toBeUndefined()
  })
})

describe('magentoValidationRules', () => {
  it('computes what is served from the SDL: a field added to it is served, its unserved arguments answer NOT_SUPPORTED_BY_EMULATOR', () => {
    const grown = buildSchema(`
      type Query { customer: Customer }
      type Customer { firstname: String addressesV2: CustomerAddresses }
      type CustomerAddresses { total_count: Int }
    `)
    const errors = validate(
      grown,
      parse('{ customer { addressesV2(pageSize: 2) { total_count } } }'),
      magentoValidationRules,
    )
    expect(errors.map((error) => [error.message, error.extensions['code']])).toEqual([
      [
        'Argument "pageSize" of "Customer.addressesV2" is not supported by the emulator: storefront-auth emulates the customer-account and cart subset of Adobe Commerce.',
        unsupportedByEmulatorCode,
      ],
    ])
  })
})
