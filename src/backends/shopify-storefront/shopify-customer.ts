import type { Customer } from '../../core/customer.js'
import type { StorefrontCustomer } from './customer-query.js'

/** The Storefront `Customer` in the library's shape; `raw` keeps every field asked for. */
export function toCustomer(customer: StorefrontCustomer): Customer {
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
