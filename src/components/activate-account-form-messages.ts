import type { CommonFormMessages } from './form-error-message.js'
import { defaultNewPasswordMessages, type NewPasswordMessages } from './new-password-messages.js'

/** Every string `ActivateAccountForm` shows or announces. Pass a partial object to translate or reword. */
export interface ActivateAccountFormMessages extends NewPasswordMessages, CommonFormMessages {
  readonly title: string
  /** Not asked on Shopify (the link names the customer); kept for a custom form's markup. */
  readonly emailLabel: string
  readonly confirmPasswordLabel: string
  readonly submit: string
  /** Announced (and shown beside the button) while the activation runs. */
  readonly pending: string
  /** Shown once the account is active and the customer signed in. */
  readonly success: string
  readonly emailRequired: string
  readonly emailInvalid: string
  readonly confirmRequired: string
  readonly confirmMismatch: string
  /** The page has no activation link to read. */
  readonly linkMissing: string
  /** The link expired, or the account is active already (Shopify TOKEN_INVALID). */
  readonly linkExpired: string
  /** A refusal the API does not explain further. */
  readonly linkOrPasswordRefused: string
  /** Text of the default link to ask for a new mail (`requestNewLink` as an href). */
  readonly requestNewLink: string
  readonly throttled: string
  /** The store's backend has no activation by link (Adobe Commerce: `UNSUPPORTED`). */
  readonly unsupported: string
}

/** The English strings of `ActivateAccountForm`; spread it and replace what you translate. */
export const defaultActivateAccountFormMessages: ActivateAccountFormMessages = {
  ...defaultNewPasswordMessages,
  validation: 'Check the highlighted fields.',
  title: 'Activate your account',
  emailLabel: 'Email',
  newPasswordLabel: 'Choose a password',
  confirmPasswordLabel: 'Repeat the password',
  showPassword: 'Show passwords',
  submit: 'Activate account',
  pending: 'Activating your account…',
  success: 'Your account is active and you are signed in.',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  newPasswordRequired: 'Choose a password.',
  confirmRequired: 'Repeat the password.',
  confirmMismatch: 'The two passwords are not the same.',
  newPasswordRejected: 'This password was not accepted.',
  linkMissing: 'Open this page from the link in your account invitation email.',
  linkExpired:
    'This activation link has expired or was already used. If your account is active, sign in; otherwise ask for a new link.',
  linkOrPasswordRefused: 'The store did not accept this link or password. Ask for a new link.',
  requestNewLink: 'Send me a new link',
  throttled: 'Too many attempts. Please try again later.',
  network: 'Could not reach the store. Check your connection and try again.',
  server: 'The store could not activate your account right now. Please try again in a moment.',
  configuration:
    'Account activation is not available on this store right now. Please contact the store.',
  unsupported:
    'This store does not activate accounts by link. Sign in, or reset your password instead.',
  unknown: 'Something went wrong. Please try again.',
}
