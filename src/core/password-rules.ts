/**
 * What a backend accepts as a new password, so a form can show the rules before submit and
 * check them without a request. The API still has the final word.
 */
export interface PasswordRules {
  /** The fewest characters the API takes (Shopify 5, Magento's default 8). */
  readonly minLength: number
  /** The most characters the API takes (Shopify 40, Magento 256), if it has a maximum. */
  readonly maxLength?: number
  /**
   * How many of the four character classes (lower case, upper case, digits, other characters)
   * a password must mix; Magento's "Number of Required Character Classes", default 3.
   */
  readonly requiredCharacterClasses?: number
  /** Both APIs refuse a password that starts or ends with white space. */
  readonly refusesEdgeWhitespace: boolean
}

/** Why a new password breaks the rules (checked in this order). */
export type PasswordRuleProblem = 'tooShort' | 'tooLong' | 'edgeWhitespace' | 'characterClasses'

const characterClasses: readonly RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/]

/** How many of the four character classes `password` uses. */
export function characterClassCount(password: string): number {
  return characterClasses.filter((pattern) => pattern.test(password)).length
}

/** The first rule `password` breaks, or `null` when the backend should accept it. */
export function passwordRuleProblem(
  password: string,
  rules: PasswordRules,
): PasswordRuleProblem | null {
  if (password.length < rules.minLength) return 'tooShort'
  if (rules.maxLength !== undefined && password.length > rules.maxLength) return 'tooLong'
  if (rules.refusesEdgeWhitespace && password.trim() !== password) return 'edgeWhitespace'
  if (
    rules.requiredCharacterClasses !== undefined &&
    characterClassCount(password) < rules.requiredCharacterClasses
  )
    return 'characterClasses'
  return null
}
