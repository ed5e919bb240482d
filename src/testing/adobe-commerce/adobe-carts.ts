import { adobeError, type AdobeErrorCategory } from './adobe-commerce-errors.js'
import { adobeCatalog, magentoUid, type AdobeCatalogProduct } from './adobe-catalog.js'
import { randomHex } from '../random-token.js'

/** A cart as tests may inspect it (`emulator.adobeCommerce.carts()`). */
export interface AdobeCommerceCart {
  /** The masked id the API hands out (32 characters). */
  readonly id: string
  /** The owner, or null for a guest cart. */
  readonly customerId: number | null
  /** False once merged into a customer's cart (Magento's `is_active`). */
  readonly active: boolean
  readonly items: readonly { readonly sku: string; readonly quantity: number }[]
}

interface CartItemRecord {
  readonly id: number
  readonly product: AdobeCatalogProduct
  quantity: number
}

interface CartRecord {
  readonly maskedId: string
  readonly customerId: number | null
  active: boolean
  readonly items: CartItemRecord[]
}

export interface AdobeCartOptions {
  /** The signed-in customer's email, for `Cart.email`. */
  readonly customerEmail: (customerId: number) => string | null
}

/** What a cart resolver knows of the request: who is signed in (null for a guest). */
export type AdobeCartContext = { readonly customerId: number | null }

type Args = Record<string, unknown>

/**
 * Texts and categories of QuoteGraphQl (magento/magento2 and mage-os/mageos-magento2):
 * `Model/Cart/GetCartForUser.php`, `Model/Resolver/{Cart,CustomerCart,CreateGuestCart,MergeCarts,
 * AddProductsToCart}.php` and `Model/Cart/ValidateMaskedQuoteId.php`.
 */
const cartMessages = {
  cartIdMissing: 'Required parameter "cart_id" is missing',
  cartIdMissingCamel: 'Required parameter "cartId" is missing',
  notFound: (id: string) => `Could not find a cart with ID "${id}"`,
  inactive: "The cart isn't active.",
  notYours: (id: string) => `The current user cannot perform operations on cart "${id}"`,
  customersOnly: 'The request is allowed for logged in customer',
  useCustomerCart: 'Use `Query.customerCart` for logged in customer.',
  notAuthorized: "The current customer isn't authorized.",
  sourceMissing: 'Required parameter "source_cart_id" is missing',
  destinationEmpty: 'The parameter "destination_cart_id" cannot be empty',
  // Magento's own wording, "should to be", kept as sent.
  idLength: 'Cart ID length should to be 32 symbols.',
  idTaken: (id: string) => `Cart with ID "${id}" already exists.`,
  productNotFound: (sku: string) => `Could not find a product with SKU "${sku}"`,
  quantityNotPositive: 'The product quantity should be greater than 0',
} as const

/** Magento's masked quote ids are 32 characters (`QuoteIdMask`, an md5-length random hash). */
const maskedIdLength = 32

function fail(message: string, category: AdobeErrorCategory): never {
  throw adobeError(message, category)
}

/**
 * The cart operations of Magento's QuoteGraphQl that a storefront sends around sign-in:
 * `createEmptyCart`, `createGuestCart`, `customerCart`, `cart`, `mergeCarts` and
 * `addProductsToCart`, with Magento's rule that a guest cart is open to anyone holding its id
 * and a customer's cart only to that customer's token.
 */
export function createAdobeCarts({ customerEmail }: AdobeCartOptions) {
  const carts = new Map<string, CartRecord>()
  let nextItemId = 1

  function newCart(customerId: number | null, maskedId?: string): CartRecord {
    if (maskedId !== undefined) {
      if (maskedId.length !== maskedIdLength) fail(cartMessages.idLength, 'graphql-input')
      if (carts.has(maskedId)) fail(cartMessages.idTaken(maskedId), 'graphql-already-exists')
    }
    const cart: CartRecord = {
      maskedId: maskedId ?? randomHex(maskedIdLength / 2),
      customerId,
      active: true,
      items: [],
    }
    carts.set(cart.maskedId, cart)
    return cart
  }

  /** `CustomerCartResolver`: the customer's active cart, created when there is none. */
  function activeCartOf(customerId: number): CartRecord {
    for (const cart of carts.values())
      if (cart.customerId === customerId && cart.active) return cart
    return newCart(customerId)
  }

  /** `GetCartForUser`: unknown, inactive, then owned by someone else, in that order. */
  function cartForUser(maskedId: string, customerId: number | null): CartRecord {
    const cart = carts.get(maskedId)
    if (!cart) fail(cartMessages.notFound(maskedId), 'graphql-no-such-entity')
    if (!cart.active) fail(cartMessages.inactive, 'graphql-no-such-entity')
    if (cart.customerId !== customerId)
      fail(cartMessages.notYours(maskedId), 'graphql-authorization')
    return cart
  }

  function addItem(cart: CartRecord, product: AdobeCatalogProduct, quantity: number): void {
    // Quote::addProduct / Quote::merge: the same simple product adds to its line's quantity.
    const line = cart.items.find((item) => item.product.id === product.id)
    if (line) line.quantity += quantity
    else cart.items.push({ id: nextItemId++, product, quantity })
  }

  function cartValue(cart: CartRecord) {
    const hasItems = cart.items.length > 0
    return {
      id: cart.maskedId,
      email: cart.customerId === null ? null : customerEmail(cart.customerId),
      items: cart.items.map((item) => ({
        __typename: 'SimpleCartItem',
        id: String(item.id),
        uid: magentoUid(item.id),
        quantity: item.quantity,
        product: {
          __typename: 'SimpleProduct',
          id: item.product.id,
          uid: magentoUid(item.product.id),
          sku: item.product.sku,
          name: item.product.name,
          stock_status: 'IN_STOCK',
        },
      })),
      total_quantity: cart.items.reduce((total, item) => total + item.quantity, 0),
      // Quote::isVirtual: an empty cart is not virtual.
      is_virtual: hasItems && cart.items.every((item) => item.product.virtual),
      // Emulator's choice: no prices, so the one offline method of a default install that needs
      // nothing configured, once there is something to pay for.
      available_payment_methods: hasItems
        ? [{ code: 'checkmo', title: 'Check / Money order' }]
        : [],
    }
  }

  const resolvers = {
    cart(args: Args, { customerId }: AdobeCartContext) {
      const id = typeof args['cart_id'] === 'string' ? args['cart_id'] : ''
      if (id === '') fail(cartMessages.cartIdMissing, 'graphql-input')
      return cartValue(cartForUser(id, customerId))
    },

    customerCart(_args: Args, { customerId }: AdobeCartContext) {
      if (customerId === null) fail(cartMessages.customersOnly, 'graphql-authorization')
      return cartValue(activeCartOf(customerId))
    },

    createEmptyCart(args: Args, { customerId }: AdobeCartContext) {
      const input = args['input'] as { cart_id?: string | null } | null | undefined
      const predefined = input?.cart_id ?? undefined
      if (customerId === null) return newCart(null, predefined).maskedId
      // CreateEmptyCartForCustomer: the customer's active cart when there is one.
      return activeCartOf(customerId).maskedId
    },

    createGuestCart(args: Args, { customerId }: AdobeCartContext) {
      if (customerId !== null) fail(cartMessages.useCustomerCart, 'graphql-already-exists')
      const input = args['input'] as { cart_uid?: string | null } | null | undefined
      return { cart: cartValue(newCart(null, input?.cart_uid ?? undefined)) }
    },

    mergeCarts(args: Args, { customerId }: AdobeCartContext) {
      const source = typeof args['source_cart_id'] === 'string' ? args['source_cart_id'] : ''
      if (source === '') fail(cartMessages.sourceMissing, 'graphql-input')
      const destinationArg = args['destination_cart_id']
      if (destinationArg !== undefined && destinationArg !== null && destinationArg === '')
        fail(cartMessages.destinationEmpty, 'graphql-input')
      if (customerId === null) fail(cartMessages.notAuthorized, 'graphql-authorization')
      const destinationId =
        typeof destinationArg === 'string' ? destinationArg : activeCartOf(customerId).maskedId
      const destination = cartForUser(destinationId, customerId)
      const guest = cartForUser(source, null)
      for (const item of guest.items) addItem(destination, item.product, item.quantity)
      guest.active = false
      return cartValue(destination)
    },

    addProductsToCart(args: Args, { customerId }: AdobeCartContext) {
      const id = typeof args['cartId'] === 'string' ? args['cartId'] : ''
      if (id === '') fail(cartMessages.cartIdMissingCamel, 'graphql-input')
      const cart = cartForUser(id, customerId)
      const userErrors: { __typename: string; message: string; code: string }[] = []
      for (const { sku, quantity } of args['cartItems'] as { sku: string; quantity: number }[]) {
        const product = adobeCatalog.find((candidate) => candidate.sku === sku)
        if (!product) {
          userErrors.push({
            __typename: 'CartUserInputError',
            message: cartMessages.productNotFound(sku),
            code: 'PRODUCT_NOT_FOUND',
          })
          continue
        }
        if (!(quantity > 0)) {
          userErrors.push({
            __typename: 'CartUserInputError',
            message: cartMessages.quantityNotPositive,
            code: 'INVALID_PARAMETER_VALUE',
          })
          continue
        }
        addItem(cart, product, quantity)
      }
      return { cart: cartValue(cart), user_errors: userErrors }
    },
  }

  function snapshot(): AdobeCommerceCart[] {
    return [...carts.values()].map((cart) => ({
      id: cart.maskedId,
      customerId: cart.customerId,
      active: cart.active,
      items: cart.items.map((item) => ({ sku: item.product.sku, quantity: item.quantity })),
    }))
  }

  return { resolvers, snapshot }
}
