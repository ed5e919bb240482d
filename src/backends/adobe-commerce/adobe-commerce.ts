import { adobeCredential } from './adobe-credential.js'
import type { CustomerAuthBackend } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import type { PasswordRules } from '../../core/password-rules.js'
import { createGraphQLClient } from '../create-graphql-client.js'
import { isEndpoint, isHeaderValue, notAHeaderValue } from '../configuration-checks.js'
import { endpointHost } from '../endpoint-host.js'
import { onDemand } from '../load-on-demand.js'
import { tokenInvalidAs } from '../token-invalid-as.js'
import { missingDataError } from '../transport-error.js'
import { toCustomer } from './adobe-customer.js'
import { adobeSend } from './adobe-sender.js'
import { CustomerQuery } from './customer-query.js'
import { jwtLifetime } from './jwt-lifetime.js'
import {
  ExchangeOtpForCustomerToken,
  GenerateCustomerToken,
  RevokeCustomerToken,
} from './token-documents.js'

/** The options of `adobeCommerce`: the GraphQL endpoint, the store view, the token lifetime. */
export interface AdobeCommerceOptions {
  /** The GraphQL endpoint, e.g. `https://shop.example.com/graphql`. */
  readonly endpoint: string
  /** Store view code sent as the `Store` header; omit for the default store view. */
  readonly store?: string
  /**
   * Lifetime assumed for a token that is not a JWT (opaque tokens of Magento before 2.4.4 or with
   * JWT disabled). Match the shop's "Customer Token Lifetime". Default 1 hour.
   */
  readonly tokenLifetimeMs?: number
  /** The fetch the backend's own urql client (and every operation) uses. */
  readonly fetch?: typeof fetch
  /** The clock `issuedAt` is read from (epoch ms). Default `Date.now`. */
  readonly now?: () => number
  /**
   * The shop's password settings (Stores › Configuration › Customers › Customer Configuration ›
   * Password Options), if changed from Magento's defaults: "Minimum Password Length" (8) and
   * "Number of Required Character Classes" (3). Forms show and check them before sending.
   */
  readonly passwordRules?: {
    readonly minLength?: number
    readonly requiredCharacterClasses?: number
  }
}

export const DEFAULT_ADOBE_TOKEN_LIFETIME_MS = 3_600_000

/** Magento's longest password (`AccountManagement::MAX_PASSWORD_LENGTH`). */
const MAGENTO_MAX_PASSWORD_LENGTH = 256

/** Magento's defaults: `minimum_password_length` 8, `required_character_classes_number` 3. */
export const DEFAULT_ADOBE_PASSWORD_RULES: PasswordRules = {
  minLength: 8,
  maxLength: MAGENTO_MAX_PASSWORD_LENGTH,
  requiredCharacterClasses: 3,
  refusesEdgeWhitespace: true,
}

/** What Adobe Commerce offers: no renew, no Multipass, no account activation by link. */
export type AdobeCommerceBackend = Omit<
  CustomerAuthBackend,
  'renew' | 'loginWithMultipass' | 'activateAccount'
> &
  Required<
    Pick<
      CustomerAuthBackend,
      | 'register'
      | 'recoverPassword'
      | 'resetPassword'
      | 'updateCustomer'
      | 'confirmEmail'
      | 'resendConfirmationEmail'
      | 'changePassword'
    >
  >

/**
 * A `CustomerAuthBackend` for Adobe Commerce (Magento 2) GraphQL customer tokens. The API has no
 * renew: a session ends at the token's expiry.
 */
export function adobeCommerce(options: AdobeCommerceOptions): AdobeCommerceBackend {
  const { endpoint, store, fetch: fetchFn } = options
  if (!endpoint) throw configurationError('endpoint is required.')
  if (!isEndpoint(endpoint))
    throw configurationError('endpoint must be an absolute http(s) URL or a path starting with /.')
  if (store !== undefined && !isHeaderValue(store))
    throw configurationError(notAHeaderValue('store'))
  const tokenLifetimeMs = options.tokenLifetimeMs ?? DEFAULT_ADOBE_TOKEN_LIFETIME_MS
  if (!Number.isFinite(tokenLifetimeMs) || tokenLifetimeMs <= 0)
    throw configurationError('tokenLifetimeMs must be > 0.')

  const passwordRules: PasswordRules = {
    ...DEFAULT_ADOBE_PASSWORD_RULES,
    ...options.passwordRules,
  }
  const { minLength, requiredCharacterClasses = 0 } = passwordRules
  if (!Number.isInteger(minLength) || minLength < 1 || minLength > MAGENTO_MAX_PASSWORD_LENGTH)
    throw configurationError('passwordRules.minLength must be an integer from 1 to 256.')
  if (
    !Number.isInteger(requiredCharacterClasses) ||
    requiredCharacterClasses < 1 ||
    requiredCharacterClasses > 4
  )
    throw configurationError('passwordRules.requiredCharacterClasses must be 1, 2, 3 or 4.')

  const now = options.now ?? Date.now
  const send = adobeSend(endpoint, store ? { Store: store } : {}, fetchFn, now)
  const login: AdobeCommerceBackend['login'] = async (credentials, ctx) => {
    const { email } = credentials
    // The lifetime counts from the request, not the answer: the token cannot outlive the
    // server's `exp` by the round trip.
    const sentAt = now()
    let token: string | null | undefined
    let receivedAt: number
    const operation =
      credentials.oneTimeCode === undefined
        ? 'generateCustomerToken'
        : 'exchangeOtpForCustomerToken'
    if (credentials.oneTimeCode === undefined) {
      const sent = await send(
        'mutation',
        GenerateCustomerToken,
        { email, password: credentials.password },
        operation,
        ctx,
      )
      token = sent.data.generateCustomerToken?.token
      receivedAt = sent.receivedAt
    } else {
      // Plain JS callers are not held by the type: one secret per sign-in, never a guess.
      if (credentials.password !== undefined)
        throw inputError('VALIDATION', 'Pass password or oneTimeCode, not both.')
      const sent = await send(
        'mutation',
        ExchangeOtpForCustomerToken,
        { email, otp: credentials.oneTimeCode },
        // A sign-in without a Bearer token, refused with the same categories: its errors map
        // like generateCustomerToken's (INVALID_CREDENTIALS for a wrong, spent or expired code).
        'exchangeOtpForCustomerToken',
        ctx,
      )
      token = sent.data.exchangeOtpForCustomerToken?.token
      receivedAt = sent.receivedAt
    }
    if (!token) throw missingDataError(operation, 'adobe-commerce')
    return {
      accessToken: token,
      expiresAt: sentAt + (jwtLifetime(token, sentAt) ?? tokenLifetimeMs),
      issuedAt: receivedAt,
    }
  }
  // Register, recover, reset, update, the password change and confirmation load on first use
  // (see account-flows.ts).
  const onFirstUse = onDemand(() => import('./account-flows.js'), { send, login })

  return {
    id: `adobe-commerce:${endpointHost(endpoint)}${store ? `/${store}` : ''}`,
    capabilities: {
      renew: false,
      multipass: false,
      register: true,
      recoverPassword: true,
      resetPassword: true,
      activateAccount: false,
      updateCustomer: true,
      changePassword: true,
      confirmEmail: true,
    },
    passwordRules,

    credential: adobeCredential,

    createClient: () => createGraphQLClient(endpoint, fetchFn),

    login,

    logout: (accessToken, ctx) =>
      send('mutation', RevokeCustomerToken, {}, 'revokeCustomerToken', ctx, accessToken).then(
        ({ data }) => {
          if (!data.revokeCustomerToken)
            throw missingDataError('revokeCustomerToken', 'adobe-commerce')
        },
        // An expired or already revoked token cannot be used any more: nothing left to revoke.
        tokenInvalidAs(undefined),
      ),

    fetchCustomer: (accessToken, ctx) =>
      send('query', CustomerQuery, {}, 'customer', ctx, accessToken).then(
        ({ data }) => (data.customer ? toCustomer(data.customer) : null),
        // A token Magento refuses no longer identifies a customer: the session is over.
        tokenInvalidAs(null),
      ),

    register: onFirstUse('register'),
    recoverPassword: onFirstUse('recoverPassword'),
    resetPassword: onFirstUse('resetPassword'),
    updateCustomer: onFirstUse('updateCustomer'),
    changePassword: onFirstUse('changePassword'),
    confirmEmail: onFirstUse('confirmEmail'),
    resendConfirmationEmail: onFirstUse('resendConfirmationEmail'),
  }
}

function configurationError(message: string): CustomerAuthError {
  return inputError('CONFIGURATION', `adobeCommerce(): ${message}`)
}

/** Refused before sending. Not retryable: neither code is among those retried by default. */
function inputError(code: 'CONFIGURATION' | 'VALIDATION', message: string): CustomerAuthError {
  return new CustomerAuthError(code, message, { source: 'client' })
}
