import type { GraphQLError } from 'graphql'
import type { LoginThrottle } from '../login-throttle.js'
import type { PasswordHash } from '../password-hash.js'
import { adobeError } from './adobe-commerce-errors.js'
import { passwordProblem } from './password-rules.js'

/**
 * Magento's customer account lock (`Customer/Model/Authentication`), with its defaults from
 * `Customer/etc/config.xml`: `customer/password/lockout_failures` = 10 failures lock the account
 * for `customer/password/lockout_threshold` = 10 minutes. Unlike the token endpoint's throttle
 * (`RequestThrottler`, see create-adobe-commerce-api.ts), this lock is kept on the customer
 * record, so every check of the customer's password feeds it: sign-in and a password change alike.
 */
export const ACCOUNT_LOCK_FAILURES = 10
export const ACCOUNT_LOCK_MS = 10 * 60 * 1000

/** The messages of Magento's change-password path (sources in `changeCustomerPassword` below). */
export const changePasswordMessages = {
  currentPasswordRequired: 'Specify the "currentPassword" value.',
  newPasswordRequired: 'Specify the "newPassword" value.',
  invalidLoginOrPassword: 'Invalid login or password.',
  accountLocked: 'The account is locked.',
  sameAsEmail:
    "The password can't be the same as the email address. Create a new password and try again.",
} as const

/** What the resolver needs of the customer record it changes. */
export interface PasswordHolder {
  readonly email: string
  passwordHash: PasswordHash | null
  resetToken: unknown
}

/** The emulator's pieces the resolver is built from (injected: the API owns the records). */
export interface ChangeCustomerPasswordDeps<Customer extends PasswordHolder, Context> {
  /** The signed-in customer, or a `graphql-authorization` error for a guest. */
  readonly requireCustomer: (context: Context) => Customer
  readonly verifyPassword: (password: string, hash: PasswordHash) => Promise<boolean>
  readonly hashPassword: (password: string) => Promise<PasswordHash>
  /** The account lock shared with `generateCustomerToken`, keyed by email. */
  readonly accountLock: LoginThrottle
  readonly customerOutput: (customer: Customer) => unknown
}

/**
 * `changeCustomerPassword(currentPassword: String!, newPassword: String!): Customer`, as
 * Magento's `CustomerGraphQl/Model/Resolver/ChangePassword.php` runs it (magento/magento2 and
 * mage-os/mageos-magento2, 2.4):
 * 1. a guest gets GraphQlAuthorizationException "The current customer isn't authorized.";
 * 2. a blank (after trim) argument gets GraphQlInputException 'Specify the "…" value.';
 * 3. `CheckCustomerPassword` runs `Authentication::authenticate`: a wrong password records a
 *    failure on the account and answers GraphQlAuthenticationException (HTTP 401) "Invalid login
 *    or password.", or "The account is locked." once that failure locks it. A right password
 *    passes even while the account is locked (authenticate checks the lock only after a miss);
 * 4. `AccountManagement::changePasswordForCustomer` checks the new password against the email
 *    (`CredentialsValidator::checkPasswordDifferentFromEmail`) and the strength rules
 *    (`checkPasswordStrength`); a LocalizedException becomes GraphQlInputException with its text.
 *    Magento has no "same as the current password" rule: the new password may equal the old one;
 * 5. it clears `rp_token` (a pending reset link dies) and saves the new hash. Customer tokens stay
 *    valid: `sessionCleaner->clearFor` ends web sessions, not GraphQL tokens.
 */
export function createChangeCustomerPassword<Customer extends PasswordHolder, Context>(
  deps: ChangeCustomerPasswordDeps<Customer, Context>,
) {
  const stringArg = (args: Record<string, unknown>, name: string): string => {
    const value = args[name]
    return typeof value === 'string' ? value : ''
  }
  const inputError = (message: string): GraphQLError => adobeError(message, 'graphql-input')

  return async function changeCustomerPassword(
    args: Record<string, unknown>,
    context: Context,
  ): Promise<unknown> {
    const customer = deps.requireCustomer(context)
    const currentPassword = stringArg(args, 'currentPassword')
    const newPassword = stringArg(args, 'newPassword')
    if (currentPassword.trim() === '')
      throw inputError(changePasswordMessages.currentPasswordRequired)
    if (newPassword.trim() === '') throw inputError(changePasswordMessages.newPasswordRequired)
    const matches =
      customer.passwordHash !== null &&
      (await deps.verifyPassword(currentPassword, customer.passwordHash))
    if (!matches) {
      deps.accountLock.recordFailure(customer.email)
      throw adobeError(
        deps.accountLock.isLocked(customer.email)
          ? changePasswordMessages.accountLocked
          : changePasswordMessages.invalidLoginOrPassword,
        'graphql-authentication',
      )
    }
    if (newPassword.toLowerCase() === customer.email.trim().toLowerCase())
      throw inputError(changePasswordMessages.sameAsEmail)
    const problem = passwordProblem(newPassword, customer.email)
    if (problem) throw inputError(problem)
    customer.resetToken = null
    customer.passwordHash = await deps.hashPassword(newPassword)
    return deps.customerOutput(customer)
  }
}
