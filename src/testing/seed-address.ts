/**
 * A mailing address a seeded Shopify customer starts with, in the fields of the Storefront API's
 * `MailingAddressInput`. The first address of a customer is their default one, as on Shopify,
 * where a customer's first address becomes the default.
 */
export interface SeedAddress {
  readonly firstName?: string
  readonly lastName?: string
  readonly company?: string
  readonly address1?: string
  readonly address2?: string
  readonly city?: string
  /** The province or state name, e.g. `Ontario`. */
  readonly province?: string
  /** A country name (`Canada`) or its ISO 3166-1 alpha-2 code (`CA`). */
  readonly country?: string
  readonly zip?: string
  /** E.164, e.g. `+16135550123`. */
  readonly phone?: string
}
