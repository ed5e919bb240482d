import type { CombinedError } from '@urql/core'
import {
  CustomerAuthError,
  type CustomerAuthErrorCode,
  type CustomerAuthFieldError,
  type UserErrorLike,
} from '../../core/customer-auth-error.js'
import { apiError, responseStatus, transportError } from '../transport-error.js'

// Loads with this chunk: an error that repeats a secret the call sent is one the API explained.
export { withoutSecrets } from '../without-secrets.js'

/** The Storefront API field an operation calls; the error mapping depends on it. */
export type ShopifyOperation =
  | 'customerAccessTokenCreate'
  | 'customerAccessTokenRenew'
  | 'customerAccessTokenDelete'
  | 'customerAccessTokenCreateWithMultipass'
  | 'customer'
  | 'customerCreate'
  | 'customerRecover'
  | 'customerReset'
  | 'customerResetByUrl'
  | 'customerActivate'
  | 'customerActivateByUrl'
  | 'customerUpdate'

/** `CustomerErrorCode` (Storefront API 2026-04) → our code, where the operation does not decide. */
const codeByCustomerErrorCode: Readonly<Record<string, CustomerAuthErrorCode>> = {
  UNIDENTIFIED_CUSTOMER: 'INVALID_CREDENTIALS',
  CUSTOMER_DISABLED: 'INVALID_CREDENTIALS',
  TOKEN_INVALID: 'TOKEN_INVALID',
  // Activating an account twice: the activation link is spent. `userErrors` keeps the original code.
  ALREADY_ENABLED: 'TOKEN_INVALID',
  INVALID_MULTIPASS_REQUEST: 'MULTIPASS_INVALID',
  NOT_FOUND: 'NOT_FOUND',
  BAD_DOMAIN: 'VALIDATION',
  BLANK: 'VALIDATION',
  CONTAINS_HTML_TAGS: 'VALIDATION',
  CONTAINS_URL: 'VALIDATION',
  INVALID: 'VALIDATION',
  PASSWORD_STARTS_OR_ENDS_WITH_WHITESPACE: 'VALIDATION',
  TAKEN: 'VALIDATION',
  TOO_LONG: 'VALIDATION',
  TOO_SHORT: 'VALIDATION',
}

const tokenLinkOperations: ReadonlySet<ShopifyOperation> = new Set([
  'customerReset',
  'customerResetByUrl',
  'customerActivate',
  'customerActivateByUrl',
])

/**
 * The operations that take a customer access token. On these, ACCESS_DENIED ("Requires valid
 * customer access token", recorded live for a second delete) means the token is dead. Everywhere
 * else it can only be the storefront token's missing `unauthenticated_read_customers` /
 * `unauthenticated_write_customers` scope: the `customer` query answers a dead customer token
 * with `customer: null` and no error (api-facts §1), and sign-in, sign-up, recover, reset and
 * activate take no customer token.
 */
export const customerTokenOperations: ReadonlySet<ShopifyOperation> = new Set([
  'customerAccessTokenRenew',
  'customerAccessTokenDelete',
  'customerUpdate',
])

/** When several errors come back, the one that decides what the user must do wins. */
const precedence: readonly CustomerAuthErrorCode[] = [
  'MULTIPASS_INVALID',
  'TOKEN_INVALID',
  'INVALID_CREDENTIALS',
  'ACCOUNT_NOT_CONFIRMED',
  'NOT_FOUND',
  'VALIDATION',
  'SERVER',
]

/** Input names the API uses that differ from ours (`ResetPasswordInput.customerId`). */
const fieldNameAliases: Readonly<Record<string, string>> = { id: 'customerId' }
/** `field: ["input"]` points at the whole input object, not at one field. */
const inputWrappers: ReadonlySet<string> = new Set(['input', 'customer'])

function codeForUserError(
  error: UserErrorLike,
  operation: ShopifyOperation,
): CustomerAuthErrorCode {
  const apiCode = error.code ?? undefined
  // customerAccessTokenRenew/Delete report only untyped `userErrors`: the token is the one input.
  if (operation === 'customerAccessTokenRenew' || operation === 'customerAccessTokenDelete')
    return 'TOKEN_INVALID'
  // Signing up with the address of an account that was never activated: Shopify mails the
  // activation link again instead of creating a second account.
  if (apiCode === 'CUSTOMER_DISABLED' && operation === 'customerCreate')
    return 'ACCOUNT_NOT_CONFIRMED'
  if (apiCode === 'UNIDENTIFIED_CUSTOMER' || apiCode === 'NOT_FOUND') {
    if (operation === 'customerRecover') return 'NOT_FOUND'
    // A reset/activation link or a session token that identifies nobody is a bad token.
    if (tokenLinkOperations.has(operation) || operation === 'customerUpdate') return 'TOKEN_INVALID'
  }
  if (apiCode !== undefined) return codeByCustomerErrorCode[apiCode] ?? 'SERVER'
  return fieldKey(error.field) === undefined ? 'SERVER' : 'VALIDATION'
}

function fieldKey(field: readonly string[] | null | undefined): string | undefined {
  if (!field || field.length === 0) return undefined
  const last = field[field.length - 1]
  if (last === undefined || (field.length === 1 && inputWrappers.has(last))) return undefined
  return fieldNameAliases[last] ?? last
}

/** Maps a payload's `customerUserErrors` (or untyped `userErrors`) to one error. */
export function shopifyUserErrorsToError(
  userErrors: readonly UserErrorLike[],
  operation: ShopifyOperation,
): CustomerAuthError {
  const codes = userErrors.map((error) => codeForUserError(error, operation))
  const code = precedence.find((candidate) => codes.includes(candidate)) ?? 'SERVER'
  const fieldErrors: Record<string, CustomerAuthFieldError[]> = {}
  for (const error of userErrors) {
    const key = fieldKey(error.field)
    if (key === undefined) continue
    ;(fieldErrors[key] ??= []).push({ code: error.code ?? 'INVALID', message: error.message })
  }
  const first = userErrors[0]
  return new CustomerAuthError(code, first ? first.message : operation, {
    source: 'shopify',
    retryable: false,
    fieldErrors,
    userErrors: userErrors.map((error) => ({
      code: error.code ?? null,
      field: error.field ? [...error.field] : null,
      message: error.message,
    })),
  })
}

/**
 * Maps a failed operation (no HTTP answer, a bad status, or top-level GraphQL errors).
 * `payload` is `data[operation]` as received, if any.
 */
export function shopifyOperationError(
  error: CombinedError,
  operation: ShopifyOperation,
  payload: unknown,
): CustomerAuthError {
  const transport = transportError(error, 'shopify')
  if (transport) return transport
  const status = responseStatus(error)
  const codes = error.graphQLErrors.map((graphQLError) => graphQLError.extensions?.code)
  // Shopify's sign-in and password-recovery limits (the two operations it throttles per shopper)
  // are a top-level error on the mutation's path with a null payload and, unlike every other
  // Storefront error, no `extensions.code` (recorded live; see api-facts §1).
  const attemptLimit =
    (operation === 'customerAccessTokenCreate' || operation === 'customerRecover') &&
    payload == null &&
    error.graphQLErrors.some(
      (graphQLError) =>
        graphQLError.path?.[0] === operation && graphQLError.extensions?.code === undefined,
    )
  const code: CustomerAuthErrorCode | undefined =
    codes.includes('THROTTLED') || attemptLimit
      ? 'THROTTLED'
      : (codes.includes('ACCESS_DENIED') && customerTokenOperations.has(operation)) ||
          codes.includes('NOT_FOUND')
        ? 'TOKEN_INVALID'
        : // A storefront access token the shop does not know (or a revoked one), or one without
          // the customer scopes: a setup problem.
          codes.includes('UNAUTHORIZED') ||
            codes.includes('ACCESS_DENIED') ||
            status === 401 ||
            status === 403
          ? 'CONFIGURATION'
          : codes.includes('INTERNAL_SERVER_ERROR')
            ? 'SERVER'
            : undefined
  // THROTTLED and SERVER are retryable, TOKEN_INVALID and CONFIGURATION not (the defaults). An
  // error no rule explains is SERVER, not retryable: the same request will fail the same way.
  return code ? apiError(code, error, 'shopify') : apiError('SERVER', error, 'shopify', false)
}
