// Deliberately loose: the API has the final word; this only catches what is surely a typo.
const emailShape = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

/**
 * Whether `email` looks like an address (`name@host.tld`). A form checks it before any request;
 * an address this lets through may still be refused by the API.
 */
export function isEmailShaped(email: string): boolean {
  return emailShape.test(email)
}
