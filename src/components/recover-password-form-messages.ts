import type { CommonFormMessages } from './form-error-message.js'

/** Every string `RecoverPasswordForm` shows or announces. Pass a partial object to reword. */
export interface RecoverPasswordFormMessages extends CommonFormMessages {
  readonly emailLabel: string
  readonly submit: string
  /** Announced while the request runs. */
  readonly pending: string
  /** Text of the default sign-in link when `signIn` is an href. */
  readonly signIn: string
  readonly emailRequired: string
  readonly emailInvalid: string
  /**
   * Announced after the request, whether or not the address has an account: saying which would
   * tell anyone who has an account here.
   */
  readonly sent: string
  /** The shop's limit on reset mails (`THROTTLED`). */
  readonly throttled: string
  /** The backend has no password recovery (`UNSUPPORTED`). */
  readonly unsupported: string
}

/** The English strings of `RecoverPasswordForm`; spread it and replace what you translate. */
export const defaultRecoverPasswordFormMessages: RecoverPasswordFormMessages = {
  emailLabel: 'Email',
  submit: 'Send reset link',
  pending: 'Sending…',
  signIn: 'Back to sign in',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  sent: 'If an account exists for this address, we have sent it a link to choose a new password.',
  throttled: 'Too many requests. Please try again later.',
  unsupported: 'Password recovery is not available on this store.',
  network: 'Could not reach the store. Check your connection and try again.',
  server: 'The store could not send the email right now. Please try again in a moment.',
  configuration:
    'Password recovery is not available on this store right now. Please contact the store.',
  validation: 'Check the highlighted field.',
  unknown: 'Something went wrong. Please try again.',
}
