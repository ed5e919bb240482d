import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import {
  adobeCommerceCart,
  shopifyCart,
  useCartOnSignIn,
  useCustomerAuth,
  useLogin,
  useLogout,
  type CartFailure,
  type CartLink,
  type CartStep,
} from '../../src/index.js'
import { ada, setUpEmulator, type BackendName } from './support/emulator-fixture.js'
import { renderAuthHook } from './support/render-auth.js'
import { until } from './support/until.js'

const fixture = setUpEmulator()

function cartLink(name: BackendName): CartLink {
  const { emulator, url } = fixture
  return name === 'shopify'
    ? shopifyCart({
        endpoint: `${url}${emulator.storefrontPath}`,
        publicAccessToken: emulator.storefrontAccessToken,
        apiVersion: emulator.apiVersion,
      })
    : adobeCommerceCart({ endpoint: `${url}${emulator.adobeCommercePath}` })
}

/** POSTs a document to one of the emulator's endpoints, as a storefront's own client would. */
async function post<Data>(
  name: BackendName,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const { emulator, url } = fixture
  const response = await fetch(
    `${url}${name === 'shopify' ? emulator.storefrontPath : emulator.adobeCommercePath}`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(name === 'shopify' && {
          'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
        }),
      },
      body: JSON.stringify({ query, variables }),
    },
  )
  const body = (await response.json()) as { data: Data }
  return body.data
}

/** A guest cart with something in it, made the way a storefront makes one. */
async function filledGuestCart(name: BackendName): Promise<string> {
  if (name === 'shopify') {
    const data = await post<{ cartCreate: { cart: { id: string } } }>(
      'shopify',
      `mutation($input: CartInput) { cartCreate(input: $input) { cart { id } } }`,
      { input: { lines: [{ merchandiseId: 'gid://shopify/ProductVariant/7', quantity: 2 }] } },
    )
    return data.cartCreate.cart.id
  }
  const created = await post<{ createGuestCart: { cart: { id: string } } }>(
    'adobe',
    'mutation { createGuestCart { cart { id } } }',
  )
  const id = created.createGuestCart.cart.id
  await post(
    'adobe',
    'mutation($id: String!, $items: [CartItemInput!]!) { addProductsToCart(cartId: $id, cartItems: $items) { cart { id } } }',
    {
      id,
      items: [{ sku: 'enamel-mug', quantity: 2 }],
    },
  )
  return id
}

/** A storefront's cart state with the cart option, as an app composes it. */
function renderStorefront(name: BackendName, link: CartLink, initialCartId: string | null) {
  const changes: [string, CartStep][] = []
  const failures: CartFailure[] = []
  const rendered = renderAuthHook(
    () => {
      const [cartId, setCartId] = useState(initialCartId)
      const cart = useCartOnSignIn(link, {
        cartId,
        onCartChange: (id, step) => {
          changes.push([id, step])
          setCartId(id)
        },
        onError: (failure) => failures.push(failure),
      })
      return { cartId, cart, auth: useCustomerAuth(), login: useLogin(), logout: useLogout() }
    },
    { backend: fixture.backend(name) },
  )
  return { ...rendered, changes, failures }
}

function adaOn(name: BackendName) {
  return name === 'shopify'
    ? { id: fixture.emulator.shopify.customers().find((c) => c.email === ada.email)?.id }
    : { id: fixture.emulator.adobeCommerce.customers().find((c) => c.email === ada.email)?.id }
}

describe.each<BackendName>(['shopify', 'adobe'])('the cart option on %s', (name) => {
  it('a guest cart follows the shopper on sign-in', async () => {
    const guestCartId = await filledGuestCart(name)
    const { result, changes, failures } = renderStorefront(name, cartLink(name), guestCartId)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => changes.length > 0, 'the cart to follow the sign-in')

    expect(failures).toEqual([])
    expect(changes).toHaveLength(1)
    const [cartId, step] = changes[0] ?? []
    expect(step).toBe('sign-in')
    expect(result.current.cartId).toBe(cartId)
    expect(result.current.cart).toEqual({ pending: null, failure: null })
    if (name === 'shopify') {
      // The same cart, now the customer's, with its lines.
      expect(cartId).toBe(guestCartId)
      expect(fixture.emulator.shopify.carts().find((cart) => cart.id === cartId)).toMatchObject({
        customerId: adaOn(name).id,
        email: ada.email,
        lines: [{ merchandiseId: 'gid://shopify/ProductVariant/7', quantity: 2 }],
      })
    } else {
      // The customer's own cart, holding the guest's items; the guest cart is spent.
      const carts = fixture.emulator.adobeCommerce.carts()
      const customerCart = carts.find((cart) => cart.id === cartId)
      expect(customerCart).toMatchObject({ customerId: adaOn(name).id, active: true })
      expect(customerCart?.items).toContainEqual({
        sku: 'enamel-mug',
        quantity: expect.any(Number),
      })
      expect(carts.find((cart) => cart.id === guestCartId)?.active).toBe(false)
    }
  })

  it('gives a fresh, empty guest cart on sign-out', async () => {
    const { result, changes } = renderStorefront(name, cartLink(name), null)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => changes.length === 1, 'the sign-in cart step')
    const signedInCart = changes[0]?.[0]
    await act(() => result.current.logout.mutateAsync())
    await until(() => changes.length === 2, 'the sign-out cart step')

    const [guestCartId, step] = changes[1] ?? []
    expect(step).toBe('sign-out')
    expect(guestCartId).not.toBe(signedInCart)
    expect(result.current.cartId).toBe(guestCartId)
    if (name === 'shopify')
      expect(
        fixture.emulator.shopify.carts().find((cart) => cart.id === guestCartId),
      ).toMatchObject({
        customerId: null,
        email: null,
        lines: [],
      })
    else
      expect(
        fixture.emulator.adobeCommerce.carts().find((cart) => cart.id === guestCartId),
      ).toEqual({
        id: guestCartId,
        customerId: null,
        active: true,
        items: [],
      })
  })

  it('does not hold up the sign-in when the cart step fails, and says why with a code', async () => {
    // Adobe: a guest cart Magento no longer knows. Shopify makes a new cart for that (next
    // test), so there the API itself fails the step.
    const guestCartId = name === 'shopify' ? null : 'f'.repeat(32)
    if (name === 'shopify')
      fixture.emulator.faults.add({ kind: 'status', status: 503, field: 'cartCreate', times: 1 })
    const { result, changes, failures } = renderStorefront(name, cartLink(name), guestCartId)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    expect(result.current.auth.status).toBe('authenticated')
    await until(() => failures.length > 0, 'the cart failure')

    expect(failures).toHaveLength(1)
    expect(failures[0]?.step).toBe('sign-in')
    expect(failures[0]?.error).toMatchObject({
      name: 'CustomerAuthError',
      code: name === 'shopify' ? 'SERVER' : 'NOT_FOUND',
    })
    expect(result.current.cart.failure).toBe(failures[0])
    expect(result.current.auth.status).toBe('authenticated')
    if (name === 'shopify') expect(changes).toEqual([])
    // Adobe: the customer's own cart still replaces the guest id Magento would refuse now.
    else expect(changes.map(([, step]) => step)).toEqual(['sign-in'])
  })

  if (name === 'shopify')
    it('gives the customer a new cart when the guest cart is gone (expired or checked out)', async () => {
      const gone = 'gid://shopify/Cart/gone?key=0'
      const { result, changes, failures } = renderStorefront(name, cartLink(name), gone)
      await act(() => result.current.login.mutateAsync({ ...ada }))
      await until(() => changes.length > 0, 'the new cart')
      const [cartId, step] = changes[0] ?? []
      expect(step).toBe('sign-in')
      expect(cartId).not.toBe(gone)
      expect(failures).toEqual([])
      expect(fixture.emulator.shopify.carts().find((cart) => cart.id === cartId)).toMatchObject({
        email: 'ada@example.com',
      })
    })

  it('drops a sign-in step overtaken by a sign-out: the app ends with the guest cart', async () => {
    const held = fixture.emulator.faults.add({
      kind: 'hold',
      field: name === 'shopify' ? 'cartCreate' : 'customerCart',
      times: 1,
    })
    const { result, changes } = renderStorefront(name, cartLink(name), null)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => held.hits === 1, 'the sign-in cart step to reach the API')
    expect(result.current.cart.pending).toBe('sign-in')
    await act(() => result.current.logout.mutateAsync())
    await until(() => changes.length === 1, 'the sign-out cart step')
    held.release()
    // The overtaken step's answer, had it been kept, would arrive within these turns.
    for (let turn = 0; turn < 20; turn++) await act(() => new Promise((r) => setImmediate(r)))

    expect(changes.map(([, step]) => step)).toEqual(['sign-out'])
    expect(result.current.cartId).toBe(changes[0]?.[0])
    expect(result.current.cart).toEqual({ pending: null, failure: null })
  })

  it('reports an unreachable API as NETWORK, the session untouched', async () => {
    fixture.emulator.faults.add({
      kind: 'drop',
      field: name === 'shopify' ? 'cartBuyerIdentityUpdate' : 'customerCart',
    })
    const guestCartId = await filledGuestCart(name)
    const { result, failures } = renderStorefront(name, cartLink(name), guestCartId)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => failures.length > 0, 'the cart failure')
    expect(failures[0]?.error).toMatchObject({ code: 'NETWORK', retryable: true })
    expect(result.current.auth.status).toBe('authenticated')
    expect(result.current.cartId).toBe(guestCartId)
  })

  it('reports a refused customer token as TOKEN_INVALID without ending the session', async () => {
    const link = cartLink(name)
    const outcome = await link.signIn({ guestCartId: null, accessToken: 'not-a-token' })
    expect(outcome.cartId).toBeNull()
    expect(outcome.error).toMatchObject({ code: 'TOKEN_INVALID' })
    expect(JSON.stringify(outcome.error)).not.toContain('not-a-token')
  })
})
