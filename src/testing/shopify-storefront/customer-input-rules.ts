/**
 * Shopify's validation of customer input (legacy customer accounts), with the codes and messages
 * of api-facts.md §1. Each check returns every problem at once, like Shopify's model validations.
 */

/** The `CustomerErrorCode` values the emulator answers with. */
export type ShopifyCustomerErrorCode =
  | 'ALREADY_ENABLED'
  | 'BLANK'
  | 'CONTAINS_HTML_TAGS'
  | 'CONTAINS_URL'
  | 'CUSTOMER_DISABLED'
  | 'INVALID'
  | 'INVALID_MULTIPASS_REQUEST'
  | 'NOT_FOUND'
  | 'PASSWORD_STARTS_OR_ENDS_WITH_WHITESPACE'
  | 'TAKEN'
  | 'TOKEN_INVALID'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'UNIDENTIFIED_CUSTOMER'

export interface CustomerUserErrorValue {
  readonly code: ShopifyCustomerErrorCode | null
  readonly field: readonly string[] | null
  readonly message: string
}

export const passwordMinLength = 5
export const passwordMaxLength = 40

const emailPattern = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/
const htmlTagPattern = /<\/?[a-z!?][^>]*>/i
const urlPattern =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S|\b[a-z0-9-]+\.(?:com|net|org|io|co|shop|store|info|biz|xyz|app|dev)\b/i
const e164Pattern = /^\+[1-9]\d{6,14}$/

export function passwordErrors(
  password: string,
  field: readonly string[],
): CustomerUserErrorValue[] {
  if (password.trim() === '') return [{ code: 'BLANK', field, message: "Password can't be blank" }]
  const errors: CustomerUserErrorValue[] = []
  if (password !== password.trim())
    errors.push({
      code: 'PASSWORD_STARTS_OR_ENDS_WITH_WHITESPACE',
      field,
      message: 'Password cannot start or end with whitespace',
    })
  if (password.length < passwordMinLength)
    errors.push({
      code: 'TOO_SHORT',
      field,
      message: `Password is too short (minimum is ${passwordMinLength} characters)`,
    })
  if (password.length > passwordMaxLength)
    errors.push({
      code: 'TOO_LONG',
      field,
      message: `Password is too long (maximum is ${passwordMaxLength} characters)`,
    })
  return errors
}

export function emailErrors(email: string, field: readonly string[]): CustomerUserErrorValue[] {
  if (email.trim() === '') return [{ code: 'BLANK', field, message: "Email can't be blank" }]
  if (!emailPattern.test(email.trim()))
    return [{ code: 'INVALID', field, message: 'Email is invalid' }]
  return []
}

/** `label` is how Shopify names the field in the message: "First name", "Last name". */
export function nameErrors(
  value: string | null | undefined,
  field: readonly string[],
  label: string,
): CustomerUserErrorValue[] {
  if (value === null || value === undefined) return []
  const errors: CustomerUserErrorValue[] = []
  if (htmlTagPattern.test(value))
    errors.push({ code: 'CONTAINS_HTML_TAGS', field, message: `${label} cannot contain HTML tags` })
  if (urlPattern.test(value))
    errors.push({ code: 'CONTAINS_URL', field, message: `${label} cannot contain URL` })
  return errors
}

export function phoneErrors(
  phone: string | null | undefined,
  field: readonly string[],
): CustomerUserErrorValue[] {
  if (phone === null || phone === undefined || phone === '') return []
  return e164Pattern.test(phone) ? [] : [{ code: 'INVALID', field, message: 'Phone is invalid' }]
}
