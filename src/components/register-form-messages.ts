import type { CommonFormMessages } from './form-error-message.js'
import { defaultNewPasswordMessages, type NewPasswordMessages } from './new-password-messages.js'

/** Every string `RegisterForm` shows or announces. Pass a partial object to translate or reword. */
export interface RegisterFormMessages extends NewPasswordMessages, CommonFormMessages {
  readonly firstNameLabel: string
  readonly lastNameLabel: string
  readonly emailLabel: string
  /** The marketing consent checkbox's label. */
  readonly acceptsMarketingLabel: string
  readonly submit: string
  /** Announced (and shown beside the button) while the account is created. */
  readonly pending: string
  /** Text of the default sign-in link when `signIn` is an href. */
  readonly signIn: string
  readonly firstNameRequired: string
  readonly lastNameRequired: string
  /** The API refused a name (e.g. a URL or HTML in it). */
  readonly nameRejected: string
  readonly emailRequired: string
  readonly emailInvalid: string
  /** An account with this email exists already. */
  readonly emailTaken: string
  readonly throttled: string
  /** The backend has no sign-up (`UNSUPPORTED`). */
  readonly unsupported: string
  /** Announced once the account exists and the customer is signed in. */
  readonly signedIn: string
  /** Announced when the account must be confirmed (Adobe) or activated (Shopify) from a mail first. */
  readonly checkEmail: string
}

/** The English strings of `RegisterForm`; spread it and replace what you translate. */
export const defaultRegisterFormMessages: RegisterFormMessages = {
  ...defaultNewPasswordMessages,
  firstNameLabel: 'First name',
  lastNameLabel: 'Last name',
  emailLabel: 'Email',
  acceptsMarketingLabel: 'Email me news and offers',
  submit: 'Create account',
  pending: 'Creating your account…',
  signIn: 'Already have an account? Sign in',
  firstNameRequired: 'Enter your first name.',
  lastNameRequired: 'Enter your last name.',
  nameRejected: 'This name was not accepted. Use letters only.',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  emailTaken: 'An account with this email already exists. Sign in instead.',
  throttled: 'Too many attempts. Please try again later.',
  unsupported: 'Creating an account is not available on this store.',
  network: 'Could not reach the store. Check your connection and try again.',
  server: 'The store could not create your account right now. Please try again in a moment.',
  configuration:
    'Creating an account is not available on this store right now. Please contact the store.',
  validation: 'Check the highlighted fields.',
  unknown: 'Something went wrong. Please try again.',
  signedIn: 'Your account is ready. You are signed in.',
  checkEmail:
    'Your account is created. Check your email and open the link in it to finish, then sign in.',
}
