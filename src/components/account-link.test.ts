import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { adobeCommerce } from '../backends/adobe-commerce/adobe-commerce.js'
import { shopifyStorefront } from '../backends/shopify-storefront/shopify-storefront.js'
import { createEmulator, type Emulator } from '../testing/index.js'
import { defined } from '../testing/test-support/defined.js'
import {
  addressWithoutLink,
  accountLinkApi,
  combineLinks,
  isUsableLink,
  needsEmail,
  readAccountLink,
  toActivateInput,
  toResetInput,
} from './account-link.js'

describe('readAccountLink', () => {
  it("reads Shopify's reset and activation paths, on the shop's domain or the storefront's", () => {
    expect(readAccountLink('reset', 'https://shop.myshopify.com/account/reset/7/abc-123')).toEqual({
      customerId: '7',
      token: 'abc-123',
    })
    expect(
      readAccountLink('activate', 'https://www.example.com/account/activate/42/t0k%2Fen/'),
    ).toEqual({ customerId: '42', token: 't0k/en' })
    // A reset page does not read an activation link, nor the other way round.
    expect(readAccountLink('reset', 'https://shop.example/account/activate/42/t')).toEqual({})
  })

  it("reads query parameters: Magento's createPassword token, an id, an email", () => {
    expect(
      readAccountLink('reset', 'https://shop.example/customer/account/createPassword/?token=f00'),
    ).toEqual({ token: 'f00' })
    expect(
      readAccountLink('reset', 'https://shop.example/reset?email=ada%40example.com&token=f00'),
    ).toEqual({ email: 'ada@example.com', token: 'f00' })
    expect(
      readAccountLink('activate', 'https://shop.example/activate?id=9&activationToken=x'),
    ).toEqual({ customerId: '9', token: 'x' })
  })

  it('gives nothing for no address, a malformed one, or one without a link', () => {
    expect(readAccountLink('reset', undefined)).toEqual({})
    expect(readAccountLink('reset', 'not a url')).toEqual({})
    expect(readAccountLink('reset', 'https://shop.example/account?token=')).toEqual({})
  })
})

describe('combineLinks', () => {
  it('lets the props win field by field over the page', () => {
    expect(
      combineLinks({ email: 'ada@example.com' }, { token: 't', email: 'x@example.com' }),
    ).toEqual({ token: 't', email: 'ada@example.com' })
  })

  it('never mixes a URL or customer id given as props with the page', () => {
    expect(
      combineLinks({ url: 'https://s/account/reset/1/a' }, { customerId: '2', token: 'b' }),
    ).toEqual({ url: 'https://s/account/reset/1/a' })
  })
})

describe('what a link is good for', () => {
  it("knows the API from the backend's id", () => {
    expect(accountLinkApi('shopify:shop.myshopify.com')).toBe('shopify')
    expect(accountLinkApi('adobe-commerce:shop.example/default')).toBe('adobe-commerce')
  })

  it('asks for the email on Adobe Commerce only when the link lacks it', () => {
    expect(needsEmail({ token: 't' }, 'adobe-commerce')).toBe(true)
    expect(needsEmail({ token: 't', email: 'a@example.com' }, 'adobe-commerce')).toBe(false)
    expect(needsEmail({ customerId: '1', token: 't' }, 'shopify')).toBe(false)
  })

  it('tells a usable link from a missing one', () => {
    expect(isUsableLink({ customerId: '1', token: 't' }, 'shopify')).toBe(true)
    expect(isUsableLink({ url: 'https://s/account/reset/1/t' }, 'shopify')).toBe(true)
    expect(isUsableLink({ token: 't' }, 'shopify')).toBe(false)
    expect(isUsableLink({ token: 't' }, 'adobe-commerce')).toBe(true)
    expect(isUsableLink({}, 'adobe-commerce')).toBe(false)
  })

  it('builds the hooks’ inputs', () => {
    expect(toResetInput({ url: 'https://s/r' }, 'shopify', 'pw')).toEqual({
      resetUrl: 'https://s/r',
      password: 'pw',
    })
    expect(toResetInput({ token: 't' }, 'adobe-commerce', 'pw', 'ada@example.com')).toEqual({
      email: 'ada@example.com',
      resetToken: 't',
      password: 'pw',
    })
    expect(toActivateInput({ customerId: '3', token: 't' }, 'pw')).toEqual({
      customerId: '3',
      activationToken: 't',
      password: 'pw',
    })
  })
})

describe("the emulator's mails, read and used", () => {
  let emulator: Emulator
  beforeEach(() => {
    emulator = createEmulator()
  })
  afterEach(() => emulator.close())

  it("resets a Shopify password with what the reset mail's link carries", async () => {
    const backend = shopifyStorefront({
      endpoint: `${await emulator.listen()}${emulator.storefrontPath}`,
      publicAccessToken: emulator.storefrontAccessToken,
    })
    const ctx = { client: backend.createClient() }
    await backend.recoverPassword('ada@example.com', ctx)
    const mail = defined(emulator.outbox.latest('ada@example.com', 'recover'))
    const link = readAccountLink('reset', mail.url)
    const token = await backend.resetPassword(toResetInput(link, 'shopify', 'New-Password-1'), ctx)
    expect(token.accessToken).toEqual(expect.any(String))
  })

  it('resets an Adobe Commerce password with the token and the email', async () => {
    const backend = adobeCommerce({
      endpoint: `${await emulator.listen()}${emulator.adobeCommercePath}`,
    })
    const ctx = { client: backend.createClient() }
    await backend.recoverPassword('ada@example.com', ctx)
    const mail = defined(emulator.outbox.latest('ada@example.com', 'reset-password'))
    // Magento's mail links to createPassword with the token; the email is typed in.
    const link = readAccountLink(
      'reset',
      `https://shop.example/customer/account/createPassword/?token=${mail.token}`,
    )
    expect(needsEmail(link, 'adobe-commerce')).toBe(true)
    const token = await backend.resetPassword(
      toResetInput(link, 'adobe-commerce', 'New-Password-1', 'ada@example.com'),
      ctx,
    )
    expect(token.accessToken).toEqual(expect.any(String))
  })
})

describe('addressWithoutLink', () => {
  it("takes Shopify's id and token path segments out, keeping the rest of the address", () => {
    expect(
      addressWithoutLink('reset', 'https://shop.example/account/reset/123/abc-def?utm_source=mail'),
    ).toBe('https://shop.example/account/reset?utm_source=mail')
    expect(addressWithoutLink('activate', 'https://shop.example/account/activate/9/tok/')).toBe(
      'https://shop.example/account/activate',
    )
  })

  it('takes the token and customer id parameters out, keeping the email and the others', () => {
    expect(
      addressWithoutLink(
        'reset',
        'https://shop.example/customer/account/createPassword/?token=secret&email=ada%40example.com&x=1',
      ),
    ).toBe('https://shop.example/customer/account/createPassword/?email=ada%40example.com&x=1')
    expect(
      addressWithoutLink('activate', 'https://shop.example/activate?id=7&activationToken=t'),
    ).toBe('https://shop.example/activate')
  })

  it('is null when the address carries no link, or is not a URL', () => {
    expect(addressWithoutLink('reset', 'https://shop.example/account/reset')).toBeNull()
    expect(addressWithoutLink('reset', 'https://shop.example/account/activate/1/t')).toBeNull()
    expect(addressWithoutLink('reset', 'not a url')).toBeNull()
    expect(addressWithoutLink('reset', undefined)).toBeNull()
  })
})
