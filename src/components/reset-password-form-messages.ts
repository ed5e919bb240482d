import type { CommonFormMessages } from './form-error-message.js'
import { defaultNewPasswordMessages, type NewPasswordMessages } from './new-password-messages.js'

/** Every string `ResetPasswordForm` shows or announces. Pass a partial object to translate or reword. */
export interface ResetPasswordFormMessages extends NewPasswordMessages, CommonFormMessages {
  readonly title: string
  /** Adobe Commerce resets by email: asked for when the link does not carry it. */
  readonly emailLabel: string
  readonly confirmPasswordLabel: string
  readonly submit: string
  /** Announced (and shown beside the button) while the reset runs. */
  readonly pending: string
  /** Shown once the password is set and the customer is signed in. */
  readonly success: string
  readonly emailRequired: string
  readonly emailInvalid: string
  readonly confirmRequired: string
  readonly confirmMismatch: string
  /** The page has no reset link to read (opened without the mail's link). */
  readonly linkMissing: string
  /** The link expired or was used already (Shopify TOKEN_INVALID). */
  readonly linkExpired: string
  /**
   * Adobe Commerce answers an expired link and a refused password alike: after the form's own
   * checks passed, the link is the likely cause.
   */
  readonly linkOrPasswordRefused: string
  /** Text of the default link to ask for a new mail (`requestNewLink` as an href). */
  readonly requestNewLink: string
  readonly throttled: string
  /** The backend cannot reset passwords with this link (`UNSUPPORTED`). */
  readonly unsupported: string
}

/** The English strings of `ResetPasswordForm`; spread it and replace what you translate. */
export const defaultResetPasswordFormMessages: ResetPasswordFormMessages = {
  ...defaultNewPasswordMessages,
  validation: 'Check the highlighted fields.',
  title: 'Choose a new password',
  emailLabel: 'Email',
  newPasswordLabel: 'New password',
  confirmPasswordLabel: 'Repeat the new password',
  showPassword: 'Show passwords',
  submit: 'Set new password',
  pending: 'Setting your password…',
  success: 'Your new password is set and you are signed in.',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  newPasswordRequired: 'Enter a new password.',
  confirmRequired: 'Repeat the new password.',
  confirmMismatch: 'The two passwords are not the same.',
  newPasswordRejected: 'This password was not accepted.',
  linkMissing: 'Open this page from the link in your password-reset email.',
  linkExpired: 'This link has expired or was already used. Ask for a new one.',
  linkOrPasswordRefused:
    'The store did not accept this link or password. The link may have expired: ask for a new one.',
  requestNewLink: 'Send me a new link',
  throttled: 'Too many attempts. Please try again later.',
  network: 'Could not reach the store. Check your connection and try again.',
  server: 'The store could not set your password right now. Please try again in a moment.',
  configuration:
    'Password reset is not available on this store right now. Please contact the store.',
  unsupported: 'This store cannot reset a password with this link.',
  unknown: 'Something went wrong. Please try again.',
}
