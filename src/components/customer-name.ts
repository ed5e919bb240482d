import type { Customer } from '../core/customer.js'

const blank = (value: string | null | undefined): boolean => !value || value.trim() === ''

/** The name to show: Shopify's displayName, else first and last name, else the email. */
export function customerName(customer: Customer): string {
  if (!blank(customer.displayName)) return customer.displayName.trim()
  const joined = [customer.firstName, customer.lastName]
    .filter((part) => !blank(part))
    .map((part) => part?.trim())
    .join(' ')
  if (joined !== '') return joined
  return customer.email?.trim() ?? ''
}

// Array.from splits by code point, so an initial is never half a surrogate pair.
const firstLetter = (word: string | null | undefined): string =>
  (Array.from(word?.trim() ?? '')[0] ?? '').toLocaleUpperCase()

/** Up to two letters for the avatar: first + last name, else the name's words, else the email. */
export function customerInitials(customer: Customer): string {
  if (!blank(customer.firstName) || !blank(customer.lastName))
    return firstLetter(customer.firstName) + firstLetter(customer.lastName)
  const name = customerName(customer)
  if (name.includes('@')) return firstLetter(name)
  const words = name.split(/\s+/).filter(Boolean)
  if (words.length === 0) return ''
  return firstLetter(words[0]) + (words.length > 1 ? firstLetter(words[words.length - 1]) : '')
}
