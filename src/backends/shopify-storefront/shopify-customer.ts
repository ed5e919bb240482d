import type { Customer } from '../../core/customer.js'
import { CustomerFields } from './customer-fields.js'
import { readFragment, type FragmentOf } from './graphql.js'

/** The Storefront `Customer` in the library's shape; `raw` keeps every field asked for. */
export function toCustomer(fragment: FragmentOf<typeof CustomerFields>): Customer {
  const customer = readFragment(CustomerFields, fragment)
  return {
    id: customer.id,
    email: customer.email ?? null,
    firstName: customer.firstName ?? null,
    lastName: customer.lastName ?? null,
    displayName: customer.displayName,
    phone: customer.phone ?? null,
    acceptsMarketing: customer.acceptsMarketing,
    raw: { ...customer },
  }
}
