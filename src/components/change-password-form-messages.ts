import type { CommonFormMessages } from './form-error-message.js'
import { defaultNewPasswordMessages, type NewPasswordMessages } from './new-password-messages.js'

/** Every string `ChangePasswordForm` shows or announces. Pass a partial object to translate or reword. */
export interface ChangePasswordFormMessages extends NewPasswordMessages, CommonFormMessages {
  readonly title: string
  readonly currentPasswordLabel: string
  readonly submit: string
  /** Announced (and shown beside the button) while the change runs. */
  readonly pending: string
  /** Shown and announced once the password is changed (the customer stays signed in). */
  readonly success: string
  readonly currentPasswordRequired: string
  /** The shop refused the current password (`INVALID_CREDENTIALS`). */
  readonly currentPasswordIncorrect: string
  /** Shown instead of the form when nobody is signed in. */
  readonly signedOut: string
  /** Text of the default sign-in link (`signIn` as an href). */
  readonly signIn: string
  /** The session ended while the change ran, or its token was refused. */
  readonly sessionEnded: string
  readonly throttled: string
  /** The store's backend cannot change passwords (`UNSUPPORTED`). */
  readonly unsupported: string
}

/** The English strings of `ChangePasswordForm`; spread it and replace what you translate. */
export const defaultChangePasswordFormMessages: ChangePasswordFormMessages = {
  ...defaultNewPasswordMessages,
  title: 'Change your password',
  currentPasswordLabel: 'Current password',
  newPasswordLabel: 'New password',
  showPassword: 'Show passwords',
  submit: 'Change password',
  pending: 'Changing your password…',
  success: 'Your password is changed.',
  currentPasswordRequired: 'Enter your current password.',
  currentPasswordIncorrect: 'The current password is incorrect.',
  newPasswordRequired: 'Choose a new password.',
  signedOut: 'Sign in to change your password.',
  signIn: 'Sign in',
  sessionEnded: 'You are no longer signed in. Sign in again, then change your password.',
  throttled: 'Too many attempts. Please try again later.',
  unsupported: 'This store does not let you change your password here.',
  network: 'Could not reach the store. Check your connection and try again.',
  server: 'The store could not change your password right now. Please try again in a moment.',
  configuration:
    'Changing the password is not available on this store right now. Please contact the store.',
  validation: 'Check the highlighted fields.',
  unknown: 'Something went wrong. Please try again.',
}
