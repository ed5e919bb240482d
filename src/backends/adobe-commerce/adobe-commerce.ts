import type { AnyVariables, TypedDocumentNode } from '@urql/core'
import type {
  BackendContext,
  CustomerAuthBackend,
  LoginCredentials,
  RegisterInput,
  ResetPasswordInput,
  UpdateCustomerInput,
  UpdateCustomerResult,
} from '../../core/backend.js'
import type { Customer } from '../../core/customer.js'
import { CustomerAuthError, type CustomerAuthFieldError } from '../../core/customer-auth-error.js'
import type { IssuedToken } from '../../core/session.js'
import { createGraphQLClient } from '../create-graphql-client.js'
import { endpointHost } from '../endpoint-host.js'
import { operationContext } from '../operation-context.js'
import { runOperation } from '../run-operation.js'
import { missingDataError } from '../transport-error.js'
import {
  CreateCustomer,
  CustomerQuery,
  IsEmailAvailable,
  RequestPasswordResetEmail,
  ResetPassword,
  UpdateCustomer,
} from './account-documents.js'
import { toCustomer } from './adobe-customer.js'
import { jwtExpiry } from './jwt-expiry.js'
import { adobeInputError, adobeOperationError, type AdobeOperation } from './map-adobe-errors.js'
import { GenerateCustomerToken, RevokeCustomerToken } from './token-documents.js'

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
}

export const DEFAULT_ADOBE_TOKEN_LIFETIME_MS = 3_600_000

/** What Adobe Commerce offers: no renew, no Multipass, no account activation by link. */
export type AdobeCommerceBackend = Omit<
  CustomerAuthBackend,
  'renew' | 'loginWithMultipass' | 'activateAccount'
> &
  Required<
    Pick<CustomerAuthBackend, 'register' | 'recoverPassword' | 'resetPassword' | 'updateCustomer'>
  >

/**
 * A `CustomerAuthBackend` for Adobe Commerce (Magento 2) GraphQL customer tokens. The API has no
 * renew: a session ends at the token's expiry.
 */
export function adobeCommerce(options: AdobeCommerceOptions): AdobeCommerceBackend {
  const endpoint = options.endpoint
  if (!endpoint) throw configurationError('adobeCommerce() needs the GraphQL endpoint URL.')
  const tokenLifetimeMs = options.tokenLifetimeMs ?? DEFAULT_ADOBE_TOKEN_LIFETIME_MS
  if (!Number.isFinite(tokenLifetimeMs) || tokenLifetimeMs <= 0)
    throw configurationError('adobeCommerce(): tokenLifetimeMs must be a positive number of ms.')
  const now = options.now ?? Date.now
  const fetchFn = options.fetch
  const storeHeaders: Record<string, string> = options.store ? { Store: options.store } : {}

  async function send<Data, Variables extends AnyVariables>(
    kind: 'query' | 'mutation',
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    operation: AdobeOperation,
    ctx: BackendContext,
    accessToken?: string,
  ): Promise<{ data: Data; receivedAt: number }> {
    const context = operationContext({
      url: endpoint,
      headers:
        accessToken === undefined
          ? storeHeaders
          : { ...storeHeaders, Authorization: `Bearer ${accessToken}` },
      signal: ctx.signal,
      fetch: fetchFn,
    })
    const source =
      kind === 'query'
        ? ctx.client.query(document, variables, context)
        : ctx.client.mutation(document, variables, context)
    const result = await runOperation(source, ctx.signal)
    const receivedAt = now()
    if (result.error) throw adobeOperationError(result.error, operation)
    if (result.data === undefined || result.data === null)
      throw missingDataError(operation, 'adobe-commerce')
    return { data: result.data, receivedAt }
  }

  function issuedToken(token: string | null | undefined, receivedAt: number): IssuedToken {
    if (!token) throw missingDataError('generateCustomerToken', 'adobe-commerce')
    return {
      accessToken: token,
      expiresAt: jwtExpiry(token) ?? receivedAt + tokenLifetimeMs,
      issuedAt: receivedAt,
    }
  }

  /** After Magento refuses a sign-up, tells "email taken" apart without reading the message. */
  async function explainSignUpError(
    error: CustomerAuthError,
    email: string,
    ctx: BackendContext,
  ): Promise<CustomerAuthError> {
    if (error.code !== 'VALIDATION' || error.fieldErrors['email']) return error
    try {
      const { data } = await send('query', IsEmailAvailable, { email }, 'isEmailAvailable', ctx)
      if (data.isEmailAvailable?.is_email_available !== false) return error
    } catch {
      return error
    }
    return new CustomerAuthError('VALIDATION', error.message, {
      source: error.source,
      retryable: false,
      status: error.status,
      graphQLErrors: error.graphQLErrors,
      fieldErrors: { ...error.fieldErrors, email: [{ code: 'TAKEN', message: error.message }] },
      cause: error,
    })
  }

  const backend: AdobeCommerceBackend = {
    id: `adobe-commerce:${endpointHost(endpoint)}${options.store ? `/${options.store}` : ''}`,
    capabilities: {
      renew: false,
      multipass: false,
      register: true,
      recoverPassword: true,
      resetPassword: true,
      activateAccount: false,
      updateCustomer: true,
    },

    createClient: () => createGraphQLClient(endpoint, fetchFn),

    async login({ email, password }: LoginCredentials, ctx) {
      const { data, receivedAt } = await send(
        'mutation',
        GenerateCustomerToken,
        { email, password },
        'generateCustomerToken',
        ctx,
      )
      return issuedToken(data.generateCustomerToken?.token, receivedAt)
    },

    async logout(accessToken, ctx) {
      try {
        const { data } = await send(
          'mutation',
          RevokeCustomerToken,
          {},
          'revokeCustomerToken',
          ctx,
          accessToken,
        )
        if (!data.revokeCustomerToken)
          throw missingDataError('revokeCustomerToken', 'adobe-commerce')
      } catch (error) {
        // An expired or already revoked token cannot be used any more: nothing left to revoke.
        if (error instanceof CustomerAuthError && error.code === 'TOKEN_INVALID') return
        throw error
      }
    },

    async fetchCustomer(accessToken, ctx): Promise<Customer | null> {
      try {
        const { data } = await send('query', CustomerQuery, {}, 'customer', ctx, accessToken)
        return data.customer ? toCustomer(data.customer) : null
      } catch (error) {
        // A token Magento refuses no longer identifies a customer: the session is over.
        if (error instanceof CustomerAuthError && error.code === 'TOKEN_INVALID') return null
        throw error
      }
    },

    async register(input: RegisterInput, ctx) {
      const blank: Record<string, CustomerAuthFieldError[]> = {}
      if (!input.firstName?.trim())
        blank['firstName'] = [{ code: 'BLANK', message: 'Adobe Commerce requires a first name.' }]
      if (!input.lastName?.trim())
        blank['lastName'] = [{ code: 'BLANK', message: 'Adobe Commerce requires a last name.' }]
      if (Object.keys(blank).length > 0)
        throw adobeInputError('VALIDATION', 'Adobe Commerce requires a first and last name.', blank)
      try {
        await send(
          'mutation',
          CreateCustomer,
          {
            input: {
              email: input.email,
              password: input.password,
              firstname: input.firstName ?? '',
              lastname: input.lastName ?? '',
              // JSON drops an undefined member: Magento's default applies.
              is_subscribed: input.acceptsMarketing,
            },
          },
          'createCustomerV2',
          ctx,
        )
      } catch (error) {
        if (error instanceof CustomerAuthError)
          throw await explainSignUpError(error, input.email, ctx)
        throw error
      }
      try {
        return await backend.login({ email: input.email, password: input.password }, ctx)
      } catch (error) {
        // The shop confirms new accounts by email first: created, but no session yet.
        if (error instanceof CustomerAuthError && error.code === 'ACCOUNT_NOT_CONFIRMED')
          return null
        throw error
      }
    },

    async recoverPassword(email, ctx) {
      const { data } = await send(
        'mutation',
        RequestPasswordResetEmail,
        { email },
        'requestPasswordResetEmail',
        ctx,
      )
      if (data.requestPasswordResetEmail !== true)
        throw missingDataError('requestPasswordResetEmail', 'adobe-commerce')
    },

    async resetPassword(input: ResetPasswordInput, ctx) {
      if (!('email' in input))
        throw adobeInputError(
          'UNSUPPORTED',
          'Adobe Commerce resets a password with the email and the reset token from the mail.',
        )
      const { data } = await send(
        'mutation',
        ResetPassword,
        { email: input.email, resetPasswordToken: input.resetToken, newPassword: input.password },
        'resetPassword',
        ctx,
      )
      if (data.resetPassword !== true) throw missingDataError('resetPassword', 'adobe-commerce')
      // Magento's resetPassword returns a Boolean, not a token: sign in with the new password.
      return backend.login({ email: input.email, password: input.password }, ctx)
    },

    async updateCustomer(
      accessToken: string,
      input: UpdateCustomerInput,
      ctx,
    ): Promise<UpdateCustomerResult> {
      const unsupported = (['email', 'password', 'phone'] as const).filter(
        (field) => input[field] !== undefined,
      )
      if (unsupported.length > 0)
        throw adobeInputError(
          'UNSUPPORTED',
          `Adobe Commerce's updateCustomerV2 cannot change ${unsupported.join(', ')}.`,
        )
      const blank: Record<string, CustomerAuthFieldError[]> = {}
      if (input.firstName !== undefined && !input.firstName.trim())
        blank['firstName'] = [{ code: 'BLANK', message: 'Adobe Commerce requires a first name.' }]
      if (input.lastName !== undefined && !input.lastName.trim())
        blank['lastName'] = [{ code: 'BLANK', message: 'Adobe Commerce requires a last name.' }]
      if (Object.keys(blank).length > 0)
        throw adobeInputError('VALIDATION', 'Adobe Commerce requires a first and last name.', blank)
      const { data } = await send(
        'mutation',
        UpdateCustomer,
        {
          // JSON drops undefined members: only the fields given are changed.
          input: {
            firstname: input.firstName,
            lastname: input.lastName,
            is_subscribed: input.acceptsMarketing,
          },
        },
        'updateCustomerV2',
        ctx,
        accessToken,
      )
      if (!data.updateCustomerV2) throw missingDataError('updateCustomerV2', 'adobe-commerce')
      return { customer: toCustomer(data.updateCustomerV2.customer), token: null }
    },
  }
  return backend
}

function configurationError(message: string): CustomerAuthError {
  return new CustomerAuthError('CONFIGURATION', message, { source: 'client', retryable: false })
}
