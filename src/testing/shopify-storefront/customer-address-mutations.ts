import { resolveCountry } from './country-names.js'
import {
  addressGid,
  applyAddressInput,
  findAddress,
  type AddressInput,
} from './customer-address-book.js'
import { nameErrors, type CustomerUserErrorValue } from './customer-input-rules.js'
import { mailingAddressValue } from './mailing-address-value.js'
import type { CustomerRecord, ShopifyCustomerStore } from './shopify-customer-store.js'
import { accessDenied, customerValue, userErrors } from './storefront-root.js'

/**
 * Shopify's answer for an address id that is not one of the customer's. [unverified: the message
 * as storefront projects quote it; the code is `CustomerErrorCode.NOT_FOUND`.]
 */
const addressNotFound = (field: string): CustomerUserErrorValue => ({
  code: 'NOT_FOUND',
  field: [field],
  message: 'Address does not exist',
})

/** The checks the emulator makes of a `MailingAddressInput`; every problem at once. */
function addressErrors(input: AddressInput): CustomerUserErrorValue[] {
  const errors = [
    ...nameErrors(input.firstName, ['address', 'firstName'], 'First name'),
    ...nameErrors(input.lastName, ['address', 'lastName'], 'Last name'),
  ]
  if (input.country && !resolveCountry(input.country))
    // [unverified: the message is the emulator's; the code is CustomerErrorCode.INVALID.]
    errors.push({ code: 'INVALID', field: ['address', 'country'], message: 'Country is invalid' })
  return errors
}

const payload = <Extra extends object>(
  errors: readonly CustomerUserErrorValue[],
  extra: Extra,
) => ({
  ...extra,
  customerUserErrors: errors,
  userErrors: userErrors(errors),
})

/**
 * `customerAddressCreate`, `customerAddressUpdate`, `customerAddressDelete` and
 * `customerDefaultAddressUpdate` as graphql-js root fields. A token that is not live is refused
 * the way the other customer mutations refuse it (`ACCESS_DENIED`).
 */
export function createCustomerAddressRoot({ store }: { readonly store: ShopifyCustomerStore }) {
  function signedIn(customerAccessToken: string, field: string): CustomerRecord {
    const token = store.liveToken(customerAccessToken)
    const customer = token && store.customerOf(token)
    if (!customer) throw accessDenied(field)
    return customer
  }

  return {
    customerAddressCreate({
      address: input,
      customerAccessToken,
    }: {
      address: AddressInput
      customerAccessToken: string
    }) {
      const customer = signedIn(customerAccessToken, 'customerAddressCreate')
      const errors = addressErrors(input)
      if (errors.length > 0) return payload(errors, { customerAddress: null })
      const address = store.addAddress(customer, input)
      return payload([], { customerAddress: mailingAddressValue(address) })
    },

    customerAddressUpdate({
      address: input,
      customerAccessToken,
      id,
    }: {
      address: AddressInput
      customerAccessToken: string
      id: string
    }) {
      const customer = signedIn(customerAccessToken, 'customerAddressUpdate')
      const address = findAddress(customer.addressBook, id)
      if (!address) return payload([addressNotFound('id')], { customerAddress: null })
      const errors = addressErrors(input)
      if (errors.length > 0) return payload(errors, { customerAddress: null })
      address.fields = applyAddressInput(address.fields, input)
      store.touch(customer)
      return payload([], { customerAddress: mailingAddressValue(address) })
    },

    customerAddressDelete({
      customerAccessToken,
      id,
    }: {
      customerAccessToken: string
      id: string
    }) {
      const customer = signedIn(customerAccessToken, 'customerAddressDelete')
      const book = customer.addressBook
      const address = findAddress(book, id)
      if (!address) return payload([addressNotFound('id')], { deletedCustomerAddressId: null })
      book.addresses.splice(book.addresses.indexOf(address), 1)
      // Shopify makes another address the default when the default one goes (the next oldest).
      if (book.defaultNumber === address.number)
        book.defaultNumber = book.addresses[0]?.number ?? null
      store.touch(customer)
      return payload([], { deletedCustomerAddressId: addressGid(address) })
    },

    customerDefaultAddressUpdate({
      addressId,
      customerAccessToken,
    }: {
      addressId: string
      customerAccessToken: string
    }) {
      const customer = signedIn(customerAccessToken, 'customerDefaultAddressUpdate')
      const address = findAddress(customer.addressBook, addressId)
      if (!address) return payload([addressNotFound('addressId')], { customer: null })
      customer.addressBook.defaultNumber = address.number
      store.touch(customer)
      return payload([], { customer: customerValue(customer) })
    },
  }
}
