import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client'
import { print, validate } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adobeCommerceSchema } from '../../../src/testing/adobe-commerce/adobe-commerce-schema.js'
import { createEmulator, type Emulator } from '../../../src/testing/index.js'
import {
  CREATE_CART,
  GET_CUSTOMER,
  GET_STORE_CONFIG_DATA,
  MERGE_CARTS,
  SIGN_IN,
  pwaStudioSources,
} from './sign-in-documents.js'

let emulator: Emulator
let graphqlUrl: string
beforeAll(async () => {
  emulator = createEmulator({ startTime: '2026-03-01T12:00:00Z' })
  graphqlUrl = `${await emulator.listen()}${emulator.adobeCommercePath}`
})
afterAll(() => emulator.close())

/** PWA Studio's Apollo client as Venia builds it: an HTTP link, a normalized cache. */
function venia() {
  return new ApolloClient({ link: new HttpLink({ uri: graphqlUrl }), cache: new InMemoryCache() })
}

/** Venia's authLink: the token as a Bearer header on every operation once signed in. */
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

describe(`PWA Studio's sign-in (${pwaStudioSources.signIn.repo}@${pwaStudioSources.signIn.commit.slice(0, 7)}) through @apollo/client`, () => {
  it('validates every document against the emulator’s schema', () => {
    for (const document of [GET_STORE_CONFIG_DATA, SIGN_IN, CREATE_CART, MERGE_CARTS, GET_CUSTOMER])
      expect(validate(adobeCommerceSchema(), document).map(String), print(document)).toEqual([])
  })

  it('runs green: store config, token, empty cart, merge carts, customer', async () => {
    const client = venia()

    const storeConfig = await client.query({ query: GET_STORE_CONFIG_DATA })
    expect(storeConfig.data).toMatchObject({
      storeConfig: {
        store_code: 'default',
        code: 'default',
        store_name: 'Default Store View',
      },
    })

    // The guest's cart (Venia's createCart with the same mutation, before sign-in), with a mug
    // added by the storefront's product page.
    const guest = await client.mutate({ mutation: CREATE_CART })
    const sourceCartId = (guest.data as { cartId: string }).cartId
    const added = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($id: String!) { addProductsToCart(cartId: $id, cartItems: [{ sku: "enamel-mug", quantity: 2 }]) { cart { total_quantity } } }',
        variables: { id: sourceCartId },
      }),
    })
    expect(added.status).toBe(200)

    // useSignIn's handleSubmit, in its order.
    const signIn = await client.mutate({
      mutation: SIGN_IN,
      variables: { email: 'ada@example.com', password: 'analytical-engine' },
      fetchPolicy: 'no-cache',
    })
    const token = (signIn.data as { generateCustomerToken: { token: string } })
      .generateCustomerToken.token
    await client.clearStore()

    const customerCart = await client.mutate({ mutation: CREATE_CART, context: bearer(token) })
    const destinationCartId = (customerCart.data as { cartId: string }).cartId
    expect(destinationCartId).not.toBe(sourceCartId)

    const merged = await client.mutate({
      mutation: MERGE_CARTS,
      variables: { sourceCartId, destinationCartId },
      context: bearer(token),
    })
    expect(merged.data).toMatchObject({
      mergeCarts: {
        id: destinationCartId,
        total_quantity: 2,
        items: [{ product: { stock_status: 'IN_STOCK' } }],
        available_payment_methods: [{ code: 'checkmo' }],
      },
    })

    const customer = await client.query({ query: GET_CUSTOMER, context: bearer(token) })
    expect(customer.data).toMatchObject({
      customer: { email: 'ada@example.com', firstname: 'Ada', lastname: 'Lovelace' },
    })
    expect(emulator.adobeCommerce.carts().find((cart) => cart.id === sourceCartId)?.active).toBe(
      false,
    )
  })
})
