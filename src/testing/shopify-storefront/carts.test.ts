import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../index.js'
import { storefrontClient } from '../test-support/graphql-over-http.js'
import { login, type TokenPayload } from '../test-support/storefront-operations.js'
import { unsupportedByEmulatorCode } from './unsupported-fields-rule.js'

let emulator: Emulator
let baseUrl: string
let send: ReturnType<typeof storefrontClient>

beforeEach(async () => {
  emulator = createEmulator({ startTime: '2026-03-01T12:00:00Z' })
  baseUrl = await emulator.listen()
  send = storefrontClient(baseUrl, emulator)
})
afterEach(() => emulator.close())

const cartFields = `
  id checkoutUrl totalQuantity
  buyerIdentity { email customer { id email } }
  lines(first: 10) { nodes { quantity merchandise { ... on ProductVariant { id } } } }
`
const cartCreate = `mutation CartCreate($input: CartInput) {
  cartCreate(input: $input) { cart { ${cartFields} } userErrors { code field message } }
}`
const readCart = `query Cart($id: ID!) { cart(id: $id) { ${cartFields} } }`
const buyerUpdate = `mutation Buyer($cartId: ID!, $buyerIdentity: CartBuyerIdentityInput!) {
  cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $buyerIdentity) {
    cart { ${cartFields} } userErrors { code field message }
  }
}`

interface CartValue {
  id: string
  checkoutUrl: string
  totalQuantity: number
  buyerIdentity: { email: string | null; customer: { id: string; email: string } | null }
  lines: { nodes: { quantity: number; merchandise: { id: string } }[] }
}
interface CartPayload {
  cart: CartValue | null
  userErrors: { code: string; field: string[] | null; message: string }[]
}

async function signIn(email = 'ada@example.com', password = 'analytical-engine') {
  const result = await send<{ customerAccessTokenCreate: TokenPayload }>(login, {
    input: { email, password },
  })
  return result.data?.customerAccessTokenCreate.customerAccessToken?.accessToken ?? ''
}

async function newCart(): Promise<CartValue> {
  const created = await send<{ cartCreate: CartPayload }>(cartCreate, {
    input: { lines: [{ merchandiseId: 'gid://shopify/ProductVariant/1', quantity: 2 }] },
  })
  const cart = created.data?.cartCreate.cart
  if (!cart) throw new Error('cartCreate gave no cart')
  return cart
}

describe('Storefront carts in the emulator', () => {
  it('creates an anonymous cart with its lines, readable by id', async () => {
    const cart = await newCart()
    expect(cart.id).toMatch(/^gid:\/\/shopify\/Cart\/[0-9a-f]+\?key=[0-9a-f]{32}$/)
    expect(cart.checkoutUrl).toMatch(/^https:\/\/[^/]+\/cart\/c\//)
    expect(cart.totalQuantity).toBe(2)
    expect(cart.buyerIdentity).toEqual({ email: null, customer: null })
    const read = await send<{ cart: CartValue | null }>(readCart, { id: cart.id })
    expect(read.data?.cart).toEqual(cart)
    const unknown = await send<{ cart: CartValue | null }>(readCart, {
      id: 'gid://shopify/Cart/nope?key=0',
    })
    expect(unknown.data).toEqual({ cart: null })
  })

  it('associates the customer of a customer access token: buyer and email follow the customer', async () => {
    const cart = await newCart()
    const token = await signIn()
    const updated = await send<{ cartBuyerIdentityUpdate: CartPayload }>(buyerUpdate, {
      cartId: cart.id,
      buyerIdentity: { customerAccessToken: token },
    })
    const ada = emulator.shopify.customers().find((c) => c.email === 'ada@example.com')
    expect(updated.data?.cartBuyerIdentityUpdate.userErrors).toEqual([])
    expect(updated.data?.cartBuyerIdentityUpdate.cart?.buyerIdentity).toEqual({
      email: 'ada@example.com',
      customer: { id: ada?.id, email: 'ada@example.com' },
    })
    expect(updated.data?.cartBuyerIdentityUpdate.cart?.lines.nodes).toEqual(cart.lines.nodes)
    expect(emulator.shopify.carts()).toEqual([
      expect.objectContaining({ id: cart.id, customerId: ada?.id, email: 'ada@example.com' }),
    ])

    const removed = await send<{ cartBuyerIdentityUpdate: CartPayload }>(buyerUpdate, {
      cartId: cart.id,
      buyerIdentity: { customerAccessToken: null },
    })
    expect(removed.data?.cartBuyerIdentityUpdate.cart?.buyerIdentity).toEqual({
      email: null,
      customer: null,
    })
  })

  it('refuses a token it does not accept with Shopify’s INVALID user error and leaves the cart', async () => {
    const cart = await newCart()
    const token = await signIn()
    await send(
      `mutation Out($t: String!) { customerAccessTokenDelete(customerAccessToken: $t) { deletedAccessToken } }`,
      { t: token },
    )
    for (const customerAccessToken of ['not-a-token', token]) {
      const refused = await send<{ cartBuyerIdentityUpdate: CartPayload }>(buyerUpdate, {
        cartId: cart.id,
        buyerIdentity: { customerAccessToken },
      })
      expect(refused.data?.cartBuyerIdentityUpdate).toEqual({
        cart: null,
        userErrors: [
          {
            code: 'INVALID',
            field: ['buyerIdentity', 'customerAccessToken'],
            message: 'Customer is invalid',
          },
        ],
      })
    }
    expect(emulator.shopify.carts()[0]?.customerId).toBeNull()
  })

  it('answers an unknown cart id with a user error on cartBuyerIdentityUpdate', async () => {
    const result = await send<{ cartBuyerIdentityUpdate: CartPayload }>(buyerUpdate, {
      cartId: 'gid://shopify/Cart/gone?key=0',
      buyerIdentity: { email: 'x@example.com' },
    })
    expect(result.data?.cartBuyerIdentityUpdate.cart).toBeNull()
    expect(result.data?.cartBuyerIdentityUpdate.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['cartId'],
    })
  })

  it('answers cart fields it does not serve with NOT_SUPPORTED_BY_EMULATOR', async () => {
    const response = await fetch(baseUrl + emulator.storefrontPath, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
      },
      body: JSON.stringify({
        query: 'query { cart(id: "x") { id cost { totalAmount { amount } } } }',
      }),
    })
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] }
    expect(body.errors.map((error) => error.extensions.code)).toEqual([unsupportedByEmulatorCode])
  })
})
