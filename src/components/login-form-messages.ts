/** Every string `LoginForm` shows or announces. Pass a partial object to translate or reword. */
export interface LoginFormMessages {
  readonly emailLabel: string
  readonly passwordLabel: string
  /** The show-password toggle's label; its pressed state is announced through `aria-pressed`. */
  readonly showPassword: string
  readonly submit: string
  /** Announced (and shown beside the button) while the sign-in runs. */
  readonly pending: string
  /** Text of the default forgot-password link when `forgotPassword` is an href. */
  readonly forgotPassword: string
  readonly emailRequired: string
  readonly emailInvalid: string
  readonly passwordRequired: string
  /** The API refused a field the client could not check (e.g. a password rule). */
  readonly passwordRejected: string
  readonly invalidCredentials: string
  readonly throttled: string
  readonly accountNotConfirmed: string
  readonly network: string
  readonly server: string
  /** The store's setup refuses sign-in (`CONFIGURATION`): retrying will not help. */
  readonly configuration: string
  /** A refused email or password: the field's own message is shown under it. */
  readonly validation: string
  readonly unknown: string
  /** The action offered when sign-in is refused for an unconfirmed account (Adobe Commerce). */
  readonly resendConfirmation: string
  /** Announced while the confirmation mail is requested. */
  readonly resendPending: string
  /** Announced once a new confirmation mail is on its way. */
  readonly resendSent: string
  /** The new confirmation mail could not be requested. */
  readonly resendFailed: string
}

/** The English strings of `LoginForm`; spread it and replace what you translate. */
export const defaultLoginFormMessages: LoginFormMessages = {
  emailLabel: 'Email',
  passwordLabel: 'Password',
  showPassword: 'Show password',
  submit: 'Sign in',
  pending: 'Signing in…',
  forgotPassword: 'Forgot your password?',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  passwordRequired: 'Enter your password.',
  passwordRejected: 'This password was not accepted.',
  invalidCredentials: 'The email or password is incorrect.',
  throttled: 'Too many sign-in attempts. Please try again later.',
  accountNotConfirmed:
    'This account is not confirmed yet. Open the link in the confirmation email, then sign in.',
  network: 'Could not reach the store. Check your connection and try again.',
  server: 'The store could not sign you in right now. Please try again in a moment.',
  configuration: 'Sign-in is not available on this store right now. Please contact the store.',
  validation: 'Check the highlighted fields.',
  unknown: 'Something went wrong. Please try again.',
  resendConfirmation: 'Resend confirmation email',
  resendPending: 'Sending a new confirmation email…',
  resendSent: 'We sent a new confirmation email. Open the link in it, then sign in.',
  resendFailed: 'The confirmation email could not be sent. Please try again later.',
}
