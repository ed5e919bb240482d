/** Every string `AccountBadge` shows or announces. Pass a partial object to translate or reword. */
export interface AccountBadgeMessages {
  readonly signIn: string
  readonly sessionExpired: string
  /** Announced (not shown) when the session ends by a sign-out, here or in another tab. */
  readonly signedOut: string
  /** Announced while the session or the customer loads. */
  readonly loading: string
  readonly account: string
  readonly signOut: string
  /** Shown when the customer could not be loaded but the session is valid. */
  readonly unknownCustomer: string
}

/** The English strings of `AccountBadge`; spread it and replace what you translate. */
export const defaultAccountBadgeMessages: AccountBadgeMessages = {
  signIn: 'Sign in',
  sessionExpired: 'Session expired — sign in again',
  signedOut: 'You are signed out.',
  loading: 'Loading your account…',
  account: 'My account',
  signOut: 'Sign out',
  unknownCustomer: 'Account',
}
