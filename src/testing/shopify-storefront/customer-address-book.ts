import type { SeedAddress } from '../seed-address.js'
import { resolveCountry } from './country-names.js'

/** The fields of an address the emulator keeps, as `MailingAddress` reads them. */
export interface AddressFields {
  firstName: string | null
  lastName: string | null
  company: string | null
  address1: string | null
  address2: string | null
  city: string | null
  province: string | null
  /** The country's English name. */
  country: string | null
  countryCode: string | null
  zip: string | null
  phone: string | null
}

export interface AddressRecord {
  readonly number: number
  fields: AddressFields
}

/** A customer's addresses in the order they were added, and which one is the default. */
export interface AddressBook {
  readonly addresses: AddressRecord[]
  defaultNumber: number | null
}

/** The address input as `MailingAddressInput` (and `SeedAddress`) spell it. */
export type AddressInput = {
  readonly [Key in keyof SeedAddress]?: string | null
}

const inputKeys = [
  'firstName',
  'lastName',
  'company',
  'address1',
  'address2',
  'city',
  'province',
  'zip',
  'phone',
] as const

export const emptyAddressFields = (): AddressFields => ({
  firstName: null,
  lastName: null,
  company: null,
  address1: null,
  address2: null,
  city: null,
  province: null,
  country: null,
  countryCode: null,
  zip: null,
  phone: null,
})

/**
 * The fields after applying an input: an absent key keeps its value, null or blank clears it
 * (Shopify's update semantics for `customerAddressUpdate`). The country must already be known to
 * `resolveCountry` (the mutations check it first).
 */
export function applyAddressInput(fields: AddressFields, input: AddressInput): AddressFields {
  const next = { ...fields }
  for (const key of inputKeys) {
    const value = input[key]
    if (value !== undefined) next[key] = value === null || value.trim() === '' ? null : value
  }
  if (input.country !== undefined) {
    const country =
      input.country === null || input.country.trim() === '' ? null : resolveCountry(input.country)
    next.country = country?.name ?? null
    next.countryCode = country?.code ?? null
  }
  return next
}

/** Shopify's address ids carry the model: `gid://shopify/MailingAddress/{n}?model_name=CustomerAddress`. */
export const addressGid = (address: AddressRecord): string =>
  `gid://shopify/MailingAddress/${address.number}?model_name=CustomerAddress`

/**
 * The address a `MailingAddress` id names in this book. Storefronts pass ids back as they got
 * them, sometimes URL-encoded (Hydrogen's demo store decodes them from its route first), so the
 * query part is ignored.
 */
export function findAddress(book: AddressBook, id: string): AddressRecord | undefined {
  let decoded = id.trim()
  try {
    decoded = decodeURIComponent(decoded)
  } catch {
    return undefined
  }
  const match = /^gid:\/\/shopify\/MailingAddress\/(\d+)(?:\?.*)?$/.exec(decoded)
  if (!match) return undefined
  const number = Number(match[1])
  return book.addresses.find((address) => address.number === number)
}
