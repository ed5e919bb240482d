import type { Customer } from '../../core/customer.js'
import type { AdobeCustomer } from './customer-query.js'

/** Magento's `Customer` in the library's shape. Magento has no customer-level phone. */
export function toCustomer(customer: AdobeCustomer): Customer {
  const email = customer.email ?? null
  const firstName = customer.firstname ?? null
  const lastName = customer.lastname ?? null
  const fullName = [firstName, lastName].filter((part) => part !== null && part !== '').join(' ')
  return {
    id: customer.id !== null && customer.id !== undefined ? String(customer.id) : (email ?? ''),
    email,
    firstName,
    lastName,
    displayName: fullName || email || '',
    phone: null,
    acceptsMarketing: customer.is_subscribed ?? null,
    raw: { ...customer },
  }
}
