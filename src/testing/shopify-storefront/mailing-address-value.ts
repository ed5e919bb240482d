import { addressGid, type AddressRecord } from './customer-address-book.js'

/**
 * A `MailingAddress` as the Storefront API reads it. `formatted` follows the shape Shopify
 * answers for a North American address (name, company, street lines, "city province zip",
 * country); the emulator does not carry Shopify's per-country address formats. Coordinates and
 * province codes are not kept, so they read as null.
 */
export function mailingAddressValue(address: AddressRecord) {
  const fields = address.fields
  const name = [fields.firstName, fields.lastName].filter(Boolean).join(' ') || null
  const area = [fields.city, fields.province, fields.zip].filter(Boolean).join(' ')
  return {
    id: addressGid(address),
    ...fields,
    countryCodeV2: fields.countryCode,
    provinceCode: null,
    latitude: null,
    longitude: null,
    name,
    formattedArea:
      [fields.city, fields.province, fields.country].filter(Boolean).join(', ') || null,
    formatted({ withName, withCompany }: { withName: boolean; withCompany: boolean }): string[] {
      return [
        withName ? name : null,
        withCompany ? fields.company : null,
        fields.address1,
        fields.address2,
        area,
        fields.country,
      ].filter((line): line is string => Boolean(line))
    },
  }
}
