/**
 * Magento's password checks for new passwords (`Customer/Model/AccountManagement::checkPasswordStrength`
 * and `CredentialsValidator::checkPasswordDifferentFromEmail`) with the default configuration:
 * `customer/password/minimum_password_length` = 8, `required_character_classes_number` = 3.
 */
/** `customer/password/minimum_password_length`, Magento's default. */
export const minimumPasswordLength = 8
const maximumLength = 256
/** `customer/password/required_character_classes_number`, Magento's default. */
export const requiredCharacterClasses = 3

/** The message Magento gives for a password it refuses, or null when the password is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length > maximumLength)
    return `Please enter a password with at most ${maximumLength} characters.`
  if (password.length < minimumPasswordLength)
    return `The password needs at least ${minimumPasswordLength} characters. Create a new password and try again.`
  if (password.trim().length !== password.length)
    return "The password can't begin or end with a space. Verify the password and try again."
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) =>
    pattern.test(password),
  ).length
  if (classes < requiredCharacterClasses)
    return `Minimum of different classes of characters in password is ${requiredCharacterClasses}. Classes of characters: Lower Case, Upper Case, Digits, Special Characters.`
  if (password.toLowerCase() === email.trim().toLowerCase())
    return "The password can't be the same as the email address. Create a new password and try again."
  return null
}

/** A pragmatic address check in the spirit of Magento's `EmailAddress` validator. */
export function isValidEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
}
