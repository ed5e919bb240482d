import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  documents,
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'

const cartFields = /* GraphQL */ `
  fragment CartFields on Cart {
    id
    email
    total_quantity
    is_virtual
    items {
      uid
      quantity
      product {
        sku
        stock_status
      }
    }
  }
`

const ops = {
  guestCart: /* GraphQL */ `
    mutation GuestCart {
      createGuestCart {
        cart {
          ...CartFields
        }
      }
    }
    ${cartFields}
  `,
  emptyCart: /* GraphQL */ `
    mutation EmptyCart {
      createEmptyCart
    }
  `,
  customerCart: /* GraphQL */ `
    query CustomerCart {
      customerCart {
        ...CartFields
      }
    }
    ${cartFields}
  `,
  cart: /* GraphQL */ `
    query Cart($id: String!) {
      cart(cart_id: $id) {
        ...CartFields
      }
    }
    ${cartFields}
  `,
  add: /* GraphQL */ `
    mutation Add($id: String!, $items: [CartItemInput!]!) {
      addProductsToCart(cartId: $id, cartItems: $items) {
        cart {
          total_quantity
        }
        user_errors {
          code
          message
        }
      }
    }
  `,
  merge: /* GraphQL */ `
    mutation Merge($source: String!, $destination: String) {
      mergeCarts(source_cart_id: $source, destination_cart_id: $destination) {
        ...CartFields
      }
    }
    ${cartFields}
  `,
  storeConfig: /* GraphQL */ `
    query StoreConfig {
      storeConfig {
        store_code
        store_name
        minimum_password_length
        required_character_classes_number
        create_account_confirmation
      }
    }
  `,
}

interface CartValue {
  id: string
  email: string | null
  total_quantity: number
  items: { quantity: number; product: { sku: string } }[]
}

describe('Adobe Commerce carts in the emulator (QuoteGraphQl semantics)', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  async function signIn(email = 'ada@example.com', password = 'analytical-engine') {
    const { body } = await server.graphql(documents.generateToken, { email, password })
    const token = (body.data as { generateCustomerToken: { token: string } }).generateCustomerToken
      .token
    return { authorization: `Bearer ${token}` }
  }

  async function guestCartWith(items: { sku: string; quantity: number }[]): Promise<string> {
    const { body } = await server.graphql(ops.guestCart)
    const id = (body.data as { createGuestCart: { cart: CartValue } }).createGuestCart.cart.id
    await server.graphql(ops.add, { id, items })
    return id
  }

  it('answers the store configuration with the password rules it enforces', async () => {
    const { body } = await server.graphql(ops.storeConfig)
    expect(body.data).toEqual({
      storeConfig: {
        store_code: 'default',
        store_name: 'Default Store View',
        minimum_password_length: '8',
        required_character_classes_number: '3',
        create_account_confirmation: false,
      },
    })
  })

  it('creates 32-character guest cart ids that anyone holding them can read', async () => {
    const emptyCart = await server.graphql(ops.emptyCart)
    const id = (emptyCart.body.data as { createEmptyCart: string }).createEmptyCart
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    const guest = await server.graphql(ops.cart, { id })
    expect(guest.body.data).toEqual({
      cart: { id, email: null, total_quantity: 0, is_virtual: false, items: [] },
    })
  })

  it('gives a customer one active cart: customerCart and createEmptyCart agree', async () => {
    const auth = await signIn()
    const first = await server.graphql(ops.customerCart, {}, auth)
    const cart = (first.body.data as { customerCart: CartValue }).customerCart
    expect(cart.email).toBe('ada@example.com')
    const emptyCart = await server.graphql(ops.emptyCart, {}, auth)
    expect(emptyCart.body.data).toEqual({ createEmptyCart: cart.id })
  })

  it('merges the guest cart into the customer cart, adding quantities, and deactivates it', async () => {
    const auth = await signIn()
    const customerCart = (
      (await server.graphql(ops.customerCart, {}, auth)).body.data as { customerCart: CartValue }
    ).customerCart
    await server.graphql(
      ops.add,
      { id: customerCart.id, items: [{ sku: 'enamel-mug', quantity: 1 }] },
      auth,
    )
    const guestId = await guestCartWith([
      { sku: 'enamel-mug', quantity: 2 },
      { sku: 'cotton-tee', quantity: 1 },
    ])

    const merged = await server.graphql(
      ops.merge,
      { source: guestId, destination: customerCart.id },
      auth,
    )
    const cart = (merged.body.data as { mergeCarts: CartValue }).mergeCarts
    expect(cart.id).toBe(customerCart.id)
    expect(cart.total_quantity).toBe(4)
    expect(cart.items.map((item) => [item.product.sku, item.quantity])).toEqual([
      ['enamel-mug', 3],
      ['cotton-tee', 1],
    ])

    const guestAfter = await server.graphql(ops.cart, { id: guestId })
    expect(guestAfter.body.errors).toEqual([
      expect.objectContaining({
        message: "The cart isn't active.",
        extensions: { category: 'graphql-no-such-entity' },
      }),
    ])
    expect(server.api.carts().find((entry) => entry.id === guestId)?.active).toBe(false)
  })

  it('merges into the customer’s active cart when destination_cart_id is left out', async () => {
    const auth = await signIn()
    const guestId = await guestCartWith([{ sku: 'gift-card', quantity: 1 }])
    const merged = await server.graphql(ops.merge, { source: guestId }, auth)
    const cart = (merged.body.data as { mergeCarts: CartValue }).mergeCarts
    const customerCart = await server.graphql(ops.customerCart, {}, auth)
    expect((customerCart.body.data as { customerCart: CartValue }).customerCart.id).toBe(cart.id)
    expect(cart.total_quantity).toBe(1)
  })

  it('refuses carts by Magento’s categories', async () => {
    const auth = await signIn()
    const customerCartId = (
      (await server.graphql(ops.customerCart, {}, auth)).body.data as { customerCart: CartValue }
    ).customerCart.id
    const guestId = await guestCartWith([])

    const asGuest = await server.graphql(ops.cart, { id: customerCartId })
    expect(asGuest.status).toBe(403)
    expect(asGuest.body.errors?.[0]).toMatchObject({
      message: `The current user cannot perform operations on cart "${customerCartId}"`,
      extensions: { category: 'graphql-authorization' },
    })

    const grace = await signIn('grace@example.com', 'compiler-1952')
    expect(
      (await server.graphql(ops.cart, { id: customerCartId }, grace)).body.errors?.[0],
    ).toMatchObject({
      extensions: { category: 'graphql-authorization' },
    })

    // Magento's GetCartForUser: a guest cart is a guest's; a signed-in customer is refused it.
    expect((await server.graphql(ops.cart, { id: guestId }, auth)).body.errors?.[0]).toMatchObject({
      message: `The current user cannot perform operations on cart "${guestId}"`,
      extensions: { category: 'graphql-authorization' },
    })

    const unknown = await server.graphql(ops.cart, { id: 'f'.repeat(32) })
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: `Could not find a cart with ID "${'f'.repeat(32)}"`,
      extensions: { category: 'graphql-no-such-entity' },
    })

    const customerCartAsGuest = await server.graphql(ops.customerCart)
    expect(customerCartAsGuest.body.errors?.[0]).toMatchObject({
      message: 'The request is allowed for logged in customer',
      extensions: { category: 'graphql-authorization' },
    })

    const mergeAsGuest = await server.graphql(ops.merge, { source: guestId })
    expect(mergeAsGuest.body.errors?.[0]).toMatchObject({
      message: "The current customer isn't authorized.",
      extensions: { category: 'graphql-authorization' },
    })

    const mergeEmptySource = await server.graphql(ops.merge, { source: '' }, auth)
    expect(mergeEmptySource.body.errors?.[0]).toMatchObject({
      message: 'Required parameter "source_cart_id" is missing',
      extensions: { category: 'graphql-input' },
    })

    const guestCartWhileSignedIn = await server.graphql(ops.guestCart, {}, auth)
    expect(guestCartWhileSignedIn.body.errors?.[0]).toMatchObject({
      message: 'Use `Query.customerCart` for logged in customer.',
      extensions: { category: 'graphql-already-exists' },
    })
  })

  it('takes a client-made cart id of 32 characters once, as ValidateMaskedQuoteId does', async () => {
    const chosen = 'a'.repeat(32)
    const query = 'mutation($id: String) { createEmptyCart(input: { cart_id: $id }) }'
    expect((await server.graphql(query, { id: chosen })).body.data).toEqual({
      createEmptyCart: chosen,
    })
    expect((await server.graphql(query, { id: chosen })).body.errors?.[0]).toMatchObject({
      message: `Cart with ID "${chosen}" already exists.`,
      extensions: { category: 'graphql-already-exists' },
    })
    expect((await server.graphql(query, { id: 'short' })).body.errors?.[0]).toMatchObject({
      message: 'Cart ID length should to be 32 symbols.',
      extensions: { category: 'graphql-input' },
    })
  })

  it('reports an unknown SKU as a user error and adds nothing', async () => {
    const { body } = await server.graphql(ops.guestCart)
    const id = (body.data as { createGuestCart: { cart: CartValue } }).createGuestCart.cart.id
    const added = await server.graphql(ops.add, {
      id,
      items: [{ sku: 'no-such-sku', quantity: 1 }],
    })
    expect(added.body.data).toEqual({
      addProductsToCart: {
        cart: { total_quantity: 0 },
        user_errors: [
          { code: 'PRODUCT_NOT_FOUND', message: 'Could not find a product with SKU "no-such-sku"' },
        ],
      },
    })
  })
})
