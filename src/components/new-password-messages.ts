/**
 * The strings of a new-password field (sign-up, reset, activation, change), shared by the forms
 * that have one. `{min}`, `{max}` and `{count}` are filled from the backend's password rules.
 */
export interface NewPasswordMessages {
  readonly newPasswordLabel: string
  /** The show-password toggle's label; its pressed state is announced through `aria-pressed`. */
  readonly showPassword: string
  /** The rules shown under the field before submit, when the backend has a maximum: `{min}`, `{max}`. */
  readonly passwordRuleLength: string
  /** The rules shown under the field before submit, without a maximum: `{min}`. */
  readonly passwordRuleMinLength: string
  /** Added to the rules when the backend requires character classes: `{count}`. */
  readonly passwordRuleClasses: string
  readonly newPasswordRequired: string
  /** `{min}` */
  readonly passwordTooShort: string
  /** `{max}` */
  readonly passwordTooLong: string
  readonly passwordEdgeWhitespace: string
  /** `{count}` */
  readonly passwordCharacterClasses: string
  /** The API refused the password for a rule the client could not check. */
  readonly newPasswordRejected: string
}

/** The English strings of a new-password field. */
export const defaultNewPasswordMessages: NewPasswordMessages = {
  newPasswordLabel: 'Password',
  showPassword: 'Show password',
  passwordRuleLength: 'Use {min} to {max} characters.',
  passwordRuleMinLength: 'Use at least {min} characters.',
  passwordRuleClasses:
    'Mix at least {count} of: lower-case letters, upper-case letters, digits, symbols.',
  newPasswordRequired: 'Choose a password.',
  passwordTooShort: 'Use at least {min} characters.',
  passwordTooLong: 'Use at most {max} characters.',
  passwordEdgeWhitespace: 'The password cannot start or end with a space.',
  passwordCharacterClasses:
    'Mix at least {count} of: lower-case letters, upper-case letters, digits, symbols.',
  newPasswordRejected: 'This password was not accepted. Choose another one.',
}
