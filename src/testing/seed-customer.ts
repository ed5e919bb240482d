import type { SeedAddress } from './seed-address.js'
import type { SeedOrder } from './seed-order.js'

/** A customer the emulator starts with. The same list seeds the Shopify and Adobe Commerce APIs. */
export interface SeedCustomer {
  readonly email: string
  /** Omit for an invited customer who has not chosen one yet. Stored only as a salted hash. */
  readonly password?: string
  readonly firstName?: string
  readonly lastName?: string
  /** E.164, e.g. `+16135550123`. */
  readonly phone?: string
  readonly acceptsMarketing?: boolean
  /** Shopify account state. Default `enabled`. */
  readonly state?: 'enabled' | 'disabled' | 'invited'
  /** Adobe Commerce: email confirmed. Default true. */
  readonly confirmed?: boolean
  /** Adobe Commerce: lets an admin issue login-as-customer one-time codes. Default false. */
  readonly allowRemoteShoppingAssistance?: boolean
  /** Shopify: the customer's address book, the first one the default. Default none. */
  readonly addresses?: readonly SeedAddress[]
  /** Shopify: the customer's past orders. Default none. */
  readonly orders?: readonly SeedOrder[]
}
