import { GraphQLError } from 'graphql'

/**
 * Magento's GraphQL error categories (`Magento\Framework\GraphQl\Exception\*::EXCEPTION_CATEGORY`).
 * Clients branch on these, never on the English messages.
 */
export type AdobeErrorCategory =
  | 'graphql-input'
  | 'graphql-authentication'
  | 'graphql-authorization'
  | 'graphql-no-such-entity'
  | 'graphql-already-exists'

/**
 * The exact messages of the real API. Sources: api-facts.md §4 (generateCustomerToken errors from
 * Adobe's docs), and Magento's CustomerGraphQl resolvers, AccountManagement and JwtUserToken.
 */
export const adobeMessages = {
  emailRequired: 'Specify the "email" value.',
  passwordRequired: 'Specify the "password" value.',
  // By analogy with the two above: Adobe documents no errors for exchangeOtpForCustomerToken.
  otpRequired: 'Specify the "otp" value.',
  signInFailed:
    'The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.',
  notConfirmed: "This account isn't confirmed. Verify and try again.",
  notAuthorized: "The current customer isn't authorized.",
  // JwtUserToken ExpirationValidator / RevokedValidator / Reader, raised by CustomerGraphQl's
  // AuthorizationRequestValidator for any request that carries a bad bearer token.
  tokenExpired: 'Consumer key has expired',
  tokenRevoked: 'User token has been revoked',
  tokenUnreadable: 'Failed to read JWT token',
  emailExists: 'A customer with the same email address already exists in an associated website.',
  inputRequired: '"input" value should be specified',
  specifyEmailAddress: 'You must specify an email address.',
  emailFormat: 'The email address has an invalid format.',
  cannotReset: "Cannot reset the customer's password",
  cannotSet: "Cannot set the customer's password",
  resetTokenRequired: 'resetPasswordToken must be specified',
  newPasswordRequired: 'newPassword must be specified',
  availabilityEmailRequired: 'Email must be specified',
  availabilityEmailInvalid: 'Email is invalid',
  confirmEmailInvalid: 'Email address is not valid',
  alreadyActive: 'The account is already active.',
  confirmationNotNeeded: "Confirmation isn't needed.",
  noUserWithEmail: 'There is no user registered with that email address.',
  confirmationKeyInvalid: 'The confirmation token is invalid. Verify the token and try again.',
  storeNotFound: 'Requested store is not found',
  notAValidEmail: (email: string) => `"${email}" is not a valid email address.`,
  requiredParameters: (labels: readonly string[]) =>
    `Required parameters are missing: ${labels.join(', ')}`,
  noSuchEmail: (email: string) => `No such entity with email = ${email}, websiteId = 1`,
} as const

export function adobeError(message: string, category: AdobeErrorCategory): GraphQLError {
  return new GraphQLError(message, { extensions: { category } })
}

/** HTTP status as current Magento's `GraphQl/Controller/GraphQl.php` derives it from the first category. */
export function statusForCategory(category: unknown): number {
  if (category === 'graphql-authentication') return 401
  if (category === 'graphql-authorization') return 403
  return 200
}

/** A request-level failure (bad bearer token, unknown store): `{"errors":[…]}` with no `data`. */
export function requestErrorResponse(message: string, category: AdobeErrorCategory): Response {
  return Response.json(
    { errors: [{ message, extensions: { category } }] },
    { status: statusForCategory(category) },
  )
}
