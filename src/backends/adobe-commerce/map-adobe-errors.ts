import type { CombinedError } from '@urql/core'
import { CustomerAuthError, type CustomerAuthFieldError } from '../../core/customer-auth-error.js'
import type { GraphQLResultLike, TokenRefusal } from '../../core/customer-credential.js'
import {
  apiError,
  responseStatus,
  toGraphQLErrorLikes,
  transportError,
} from '../transport-error.js'

// Loads with this chunk: an error that repeats a secret the call sent is one the API explained.
export { withoutSecrets } from '../without-secrets.js'

/** The Adobe Commerce field an operation calls; the error mapping depends on it. */
export type AdobeOperation =
  | 'generateCustomerToken'
  | 'exchangeOtpForCustomerToken'
  | 'revokeCustomerToken'
  | 'customer'
  | 'isEmailAvailable'
  | 'createCustomerV2'
  | 'updateCustomerV2'
  | 'requestPasswordResetEmail'
  | 'resetPassword'
  | 'changeCustomerPassword'
  | 'confirmEmail'
  | 'resendConfirmationEmail'

/**
 * The one mapping that reads a message. Magento reports an unconfirmed account exactly like bad
 * credentials (category `graphql-authentication`, no other extension, same HTTP 401), and
 * differs only in this text from `AccountManagement::authenticate` (EmailNotConfirmedException).
 * The text goes through Magento's `__()`, so a store view with a translation pack sends it
 * translated; then the error falls back to INVALID_CREDENTIALS.
 */
export const MAGENTO_UNCONFIRMED_ACCOUNT_MESSAGE =
  "This account isn't confirmed. Verify and try again."

/** Operations sent with the customer's Bearer token: an authentication error is about the token. */
const bearerOperations: ReadonlySet<AdobeOperation> = new Set([
  'revokeCustomerToken',
  'customer',
  'updateCustomerV2',
  'changeCustomerPassword',
])

/** Operations whose user input is a single field, so an input error can only be about it. */
const soleInputField: Partial<Record<AdobeOperation, string>> = {
  requestPasswordResetEmail: 'email',
  isEmailAvailable: 'email',
  // Blank passwords are refused before sending, and a wrong current one is an authentication
  // error: what is left (length, character classes, the email as password) is the new one's.
  changeCustomerPassword: 'newPassword',
  resendConfirmationEmail: 'email',
}

function categoryOf(extensions: Readonly<Record<string, unknown>> | undefined): unknown {
  return extensions?.['category']
}

/**
 * Whether an answer to the app's own request, sent with the customer's Bearer token, refuses it:
 * Magento refuses an unreadable, expired or revoked Bearer token before any resolver runs, with
 * the category `graphql-authentication` (HTTP 401).
 */
export function adobeRefusal(result: GraphQLResultLike): TokenRefusal | null {
  return result.errors?.some(
    (error) => categoryOf(error.extensions ?? undefined) === 'graphql-authentication',
  )
    ? 'token-invalid'
    : null
}

/** Maps a failed Adobe Commerce operation by HTTP outcome and `extensions.category`. */
export function adobeOperationError(
  error: CombinedError,
  operation: AdobeOperation,
): CustomerAuthError {
  const transport = transportError(error, 'adobe-commerce')
  if (transport) return transport
  const status = responseStatus(error)
  const graphQLErrors = toGraphQLErrorLikes(error)
  const first = error.graphQLErrors[0]
  const message = first?.message ?? error.message
  const options = {
    source: 'adobe-commerce' as const,
    retryable: false,
    status,
    graphQLErrors,
    cause: error,
  }
  const errorWith = (category: string) =>
    error.graphQLErrors.find((graphQLError) => categoryOf(graphQLError.extensions) === category)

  const authentication = errorWith('graphql-authentication')
  if (authentication) {
    // ChangePassword's resolver answers a wrong current password with this category (and HTTP
    // 401) too, but on its field: only a refusal before any resolver ran is about the token.
    if (operation === 'changeCustomerPassword' && authentication.path?.length)
      return new CustomerAuthError('INVALID_CREDENTIALS', authentication.message, {
        ...options,
        fieldErrors: { currentPassword: [{ code: 'INVALID', message: authentication.message }] },
      })
    // Magento's AuthorizationRequestValidator refuses an unreadable, expired or revoked Bearer
    // token with this category before any resolver runs.
    if (bearerOperations.has(operation))
      return new CustomerAuthError('TOKEN_INVALID', message, options)
    if (authentication.message.trim() === MAGENTO_UNCONFIRMED_ACCOUNT_MESSAGE)
      return new CustomerAuthError('ACCOUNT_NOT_CONFIRMED', authentication.message, options)
    // Wrong password, unknown email and a locked account (Magento's lockout after repeated
    // failures) all share one generic message on purpose: they are not told apart.
    return new CustomerAuthError('INVALID_CREDENTIALS', authentication.message, options)
  }

  if (errorWith('graphql-authorization'))
    return new CustomerAuthError('TOKEN_INVALID', message, options)

  const alreadyExists = errorWith('graphql-already-exists')
  if (alreadyExists)
    return new CustomerAuthError('VALIDATION', alreadyExists.message, {
      ...options,
      fieldErrors: { email: [{ code: 'TAKEN', message: alreadyExists.message }] },
    })

  const input = errorWith('graphql-input')
  if (input) {
    // A request-level input error (no path: nothing was resolved) comes from the `Store` header.
    if (!input.path || input.path.length === 0)
      return new CustomerAuthError('CONFIGURATION', input.message, options)
    // Magento refuses a wrong or spent key, an unknown email and an account already confirmed
    // alike (graphql-input, told apart only by English): the link is no good, whichever it was.
    if (operation === 'confirmEmail')
      return new CustomerAuthError('TOKEN_INVALID', input.message, options)
    const field = soleInputField[operation]
    const fieldErrors: Record<string, CustomerAuthFieldError[]> = field
      ? { [field]: [{ code: 'INVALID', message: input.message }] }
      : {}
    return new CustomerAuthError('VALIDATION', input.message, { ...options, fieldErrors })
  }

  const noSuchEntity = errorWith('graphql-no-such-entity')
  if (noSuchEntity) return new CustomerAuthError('NOT_FOUND', noSuchEntity.message, options)

  // An error no rule explains: retrying the same request will not help.
  return apiError('SERVER', error, 'adobe-commerce', false)
}
