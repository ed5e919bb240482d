import { GraphQLEnumType } from 'graphql'
import { storefrontSchema } from './storefront-schema.js'

export interface Country {
  /** ISO 3166-1 alpha-2, a value of the Storefront API's `CountryCode` enum. */
  readonly code: string
  /** The English name, e.g. `Canada`. */
  readonly name: string
}

const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region' })

let countries: readonly Country[] | undefined

/** Every country of Shopify's `CountryCode` enum, named by the runtime's CLDR data. */
function allCountries(): readonly Country[] {
  if (!countries) {
    const type = storefrontSchema().getType('CountryCode')
    if (!(type instanceof GraphQLEnumType)) throw new Error('Storefront schema without CountryCode')
    countries = type.getValues().map(({ name: code }) => ({
      code,
      name: englishRegionNames.of(code) ?? code,
    }))
  }
  return countries
}

/**
 * `MailingAddressInput.country` is "the name of the country"; storefronts also send the code
 * (Shopify accepts both). Case-insensitive; null when neither matches a country.
 */
export function resolveCountry(value: string): Country | null {
  const wanted = value.trim().toLowerCase()
  return (
    allCountries().find(
      (country) => country.code.toLowerCase() === wanted || country.name.toLowerCase() === wanted,
    ) ?? null
  )
}
