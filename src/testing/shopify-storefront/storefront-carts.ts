import { formatDateTime } from '../shopify-date-time.js'
import { randomHex } from '../random-token.js'
import type { CustomerRecord, ShopifyCustomerStore } from './shopify-customer-store.js'
import { customerValue } from './storefront-root.js'

/** A cart as tests may inspect it (`emulator.shopify.carts()`). */
export interface EmulatedShopifyCart {
  /** `gid://shopify/Cart/{token}?key={key}`, as the API hands it out. */
  readonly id: string
  /** The associated customer's `gid://shopify/Customer/{n}`, or null for an anonymous cart. */
  readonly customerId: string | null
  readonly email: string | null
  readonly lines: readonly { readonly merchandiseId: string; readonly quantity: number }[]
}

interface CartLineRecord {
  readonly id: string
  readonly merchandiseId: string
  quantity: number
}

interface CartRecord {
  readonly id: string
  readonly checkoutUrl: string
  readonly createdAt: number
  updatedAt: number
  customer: CustomerRecord | null
  email: string | null
  phone: string | null
  countryCode: string | null
  note: string | null
  readonly lines: CartLineRecord[]
}

interface CartUserErrorValue {
  readonly code: string
  readonly field: readonly string[] | null
  readonly message: string
}

interface BuyerIdentityInput {
  readonly customerAccessToken?: string | null
  readonly email?: string | null
  readonly phone?: string | null
  readonly countryCode?: string | null
}

interface CartInput {
  readonly buyerIdentity?: BuyerIdentityInput | null
  readonly lines?: readonly { readonly merchandiseId: string; readonly quantity?: number | null }[]
  readonly note?: string | null
}

/**
 * The fields of the cart subset the emulator answers, merged into the supported-fields table
 * (see unsupported-fields-rule.ts). Merchandise is only an id: the emulator has no catalog.
 */
export const storefrontCartFields: Readonly<Record<string, readonly string[]>> = {
  QueryRoot: ['cart'],
  Mutation: ['cartCreate', 'cartBuyerIdentityUpdate'],
  Cart: [
    'id',
    'checkoutUrl',
    'createdAt',
    'updatedAt',
    'note',
    'totalQuantity',
    'buyerIdentity',
    'lines',
  ],
  CartBuyerIdentity: ['customer', 'email', 'phone', 'countryCode'],
  BaseCartLineConnection: ['nodes', 'edges'],
  BaseCartLineEdge: ['node', 'cursor'],
  BaseCartLine: ['id', 'quantity', 'merchandise'],
  CartLine: ['id', 'quantity', 'merchandise'],
  ProductVariant: ['id'],
  CartUserError: ['code', 'field', 'message'],
  CartWarning: ['code', 'message', 'target'],
  CartCreatePayload: ['cart', 'userErrors', 'warnings'],
  CartBuyerIdentityUpdatePayload: ['cart', 'userErrors', 'warnings'],
}

/**
 * Shopify's answer to a customer access token it does not accept in a buyer identity, as a
 * storefront received it from the live API (Shopify/hydrogen#2495, 2024-09):
 * `{"message":"Customer is invalid","field":["buyerIdentity","customerAccessToken"],"code":"INVALID"}`.
 */
function invalidCustomer(field: readonly string[]): CartUserErrorValue {
  return { code: 'INVALID', field, message: 'Customer is invalid' }
}

/**
 * An unknown cart id. [unverified: the text storefronts log for cart mutations on a cart that is
 * gone; Shopify does not document it.]
 */
const cartMissing: CartUserErrorValue = {
  code: 'INVALID',
  field: ['cartId'],
  message: 'The specified cart does not exist.',
}

export interface StorefrontCartsOptions {
  readonly store: ShopifyCustomerStore
}

/**
 * `cartCreate`, `cart(id:)` and `cartBuyerIdentityUpdate` of the Storefront API: a cart with
 * lines (merchandise ids only) and a buyer identity. A customer access token associates the
 * customer, whose email then becomes the cart's; `customerAccessToken: null` removes the
 * association.
 */
export function createStorefrontCarts({ store }: StorefrontCartsOptions) {
  const carts = new Map<string, CartRecord>()
  let nextLine = 1

  /** The customer behind a live token, or undefined. */
  function customerFor(token: string): CustomerRecord | undefined {
    const record = store.liveToken(token)
    return record ? store.customerOf(record) : undefined
  }

  /** Applies a buyer identity, or returns the error that refuses it (nothing changes then). */
  function applyBuyerIdentity(
    cart: CartRecord,
    input: BuyerIdentityInput,
    field: readonly string[],
  ): CartUserErrorValue | null {
    let customer = cart.customer
    if (typeof input.customerAccessToken === 'string') {
      const found = customerFor(input.customerAccessToken)
      if (!found) return invalidCustomer([...field, 'customerAccessToken'])
      customer = found
    } else if (input.customerAccessToken === null) customer = null
    cart.customer = customer
    // The customer's email is the buyer's; an explicit email is kept for an anonymous buyer.
    if (customer) cart.email = customer.email
    else if (input.customerAccessToken === null) cart.email = null
    if (input.email !== undefined && !customer) cart.email = input.email
    if (input.phone !== undefined) cart.phone = input.phone
    if (input.countryCode !== undefined) cart.countryCode = input.countryCode
    cart.updatedAt = store.clock.now()
    return null
  }

  function cartValue(cart: CartRecord) {
    const lines = cart.lines.map((line) => ({
      __typename: 'CartLine',
      id: line.id,
      quantity: line.quantity,
      merchandise: { __typename: 'ProductVariant', id: line.merchandiseId },
    }))
    return {
      id: cart.id,
      checkoutUrl: cart.checkoutUrl,
      createdAt: formatDateTime(cart.createdAt),
      updatedAt: formatDateTime(cart.updatedAt),
      note: cart.note,
      totalQuantity: cart.lines.reduce((total, line) => total + line.quantity, 0),
      buyerIdentity: {
        customer: cart.customer ? customerValue(cart.customer) : null,
        email: cart.email,
        phone: cart.phone,
        countryCode: cart.countryCode,
      },
      lines: () => ({
        nodes: lines,
        edges: lines.map((node) => ({ node, cursor: btoa(node.id) })),
      }),
    }
  }

  const resolvers = {
    cart({ id }: { id: string }) {
      const cart = carts.get(id)
      return cart ? cartValue(cart) : null
    },

    cartCreate({ input }: { input?: CartInput | null }) {
      const token = randomHex(13)
      const key = randomHex()
      const now = store.clock.now()
      const cart: CartRecord = {
        id: `gid://shopify/Cart/${token}?key=${key}`,
        checkoutUrl: `https://${store.shopDomain}/cart/c/${token}?key=${key}`,
        createdAt: now,
        updatedAt: now,
        customer: null,
        email: null,
        phone: null,
        countryCode: null,
        note: input?.note ?? null,
        lines: (input?.lines ?? []).map((line) => ({
          id: `gid://shopify/CartLine/${nextLine++}?cart=${token}`,
          merchandiseId: line.merchandiseId,
          quantity: line.quantity ?? 1,
        })),
      }
      if (input?.buyerIdentity) {
        const error = applyBuyerIdentity(cart, input.buyerIdentity, ['input', 'buyerIdentity'])
        if (error) return { cart: null, userErrors: [error], warnings: [] }
      }
      carts.set(cart.id, cart)
      return { cart: cartValue(cart), userErrors: [], warnings: [] }
    },

    cartBuyerIdentityUpdate({
      cartId,
      buyerIdentity,
    }: {
      cartId: string
      buyerIdentity: BuyerIdentityInput
    }) {
      const cart = carts.get(cartId)
      if (!cart) return { cart: null, userErrors: [cartMissing], warnings: [] }
      const error = applyBuyerIdentity(cart, buyerIdentity, ['buyerIdentity'])
      if (error) return { cart: null, userErrors: [error], warnings: [] }
      return { cart: cartValue(cart), userErrors: [], warnings: [] }
    },
  }

  function snapshot(): EmulatedShopifyCart[] {
    return [...carts.values()].map((cart) => ({
      id: cart.id,
      customerId: cart.customer ? `gid://shopify/Customer/${cart.customer.number}` : null,
      email: cart.email,
      lines: cart.lines.map((line) => ({
        merchandiseId: line.merchandiseId,
        quantity: line.quantity,
      })),
    }))
  }

  return { resolvers, snapshot }
}
