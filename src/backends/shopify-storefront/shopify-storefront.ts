import type { AnyVariables, TypedDocumentNode } from '@urql/core'
import type {
  ActivateAccountInput,
  BackendContext,
  CustomerAuthBackend,
  LoginCredentials,
  RegisterInput,
  ResetPasswordInput,
  UpdateCustomerInput,
  UpdateCustomerResult,
} from '../../core/backend.js'
import type { Customer } from '../../core/customer.js'
import { CustomerAuthError, type UserErrorLike } from '../../core/customer-auth-error.js'
import type { IssuedToken } from '../../core/session.js'
import { createGraphQLClient } from '../create-graphql-client.js'
import { endpointHost } from '../endpoint-host.js'
import { operationContext } from '../operation-context.js'
import { runOperation } from '../run-operation.js'
import { missingDataError } from '../transport-error.js'
import {
  CustomerActivate,
  CustomerActivateByUrl,
  CustomerCreate,
  CustomerQuery,
  CustomerRecover,
  CustomerReset,
  CustomerResetByUrl,
  CustomerUpdate,
} from './account-documents.js'
import {
  shopifyOperationError,
  shopifyUserErrorsToError,
  type ShopifyOperation,
} from './map-shopify-errors.js'
import { toCustomer } from './shopify-customer.js'
import {
  CustomerAccessTokenCreate,
  CustomerAccessTokenCreateWithMultipass,
  CustomerAccessTokenDelete,
  CustomerAccessTokenRenew,
} from './token-documents.js'

/** Where the shop is: its domain (`my-shop.myshopify.com`) or the full GraphQL endpoint URL. */
export type ShopifyStorefrontLocation =
  | { readonly storeDomain: string; readonly endpoint?: undefined }
  | { readonly endpoint: string; readonly storeDomain?: undefined }

/**
 * A public storefront token (browser-safe) or a private one (servers only; refused in a
 * browser). `buyerIp` forwards the shopper's IP with a private token so Shopify's per-IP limits
 * (sign-in, password recovery) apply to the shopper and not to your server.
 */
export type ShopifyStorefrontCredentials =
  | { readonly publicAccessToken: string; readonly privateAccessToken?: undefined }
  | {
      readonly privateAccessToken: string
      readonly publicAccessToken?: undefined
      readonly buyerIp?: string | (() => string | undefined)
    }

export type ShopifyStorefrontOptions = ShopifyStorefrontLocation &
  ShopifyStorefrontCredentials & {
    /** Storefront API version, `YYYY-MM`. Default `2026-04`. */
    readonly apiVersion?: string
    /** The fetch the backend's own urql client (and every operation) uses. */
    readonly fetch?: typeof fetch
    /** The clock `issuedAt` is read from (epoch ms). Default `Date.now`. */
    readonly now?: () => number
  }

export const DEFAULT_SHOPIFY_API_VERSION = '2026-04'

/** The Storefront API has every optional operation, so none is optional here. */
export type ShopifyStorefrontBackend = CustomerAuthBackend &
  Required<
    Pick<
      CustomerAuthBackend,
      | 'renew'
      | 'loginWithMultipass'
      | 'register'
      | 'recoverPassword'
      | 'resetPassword'
      | 'activateAccount'
      | 'updateCustomer'
    >
  >

interface PayloadErrors {
  readonly customerUserErrors?: readonly UserErrorLike[]
  readonly userErrors?: readonly UserErrorLike[]
}

/** A mutation's payload is never null once sent; the `customer` query's is null for a dead token. */
type Payload<Data, Field extends keyof Data> = Field extends 'customer'
  ? Data[Field]
  : NonNullable<Data[Field]>

interface TokenPayload extends PayloadErrors {
  readonly customerAccessToken?: {
    readonly accessToken: string
    readonly expiresAt: string
  } | null
}

/**
 * A `CustomerAuthBackend` for the Shopify Storefront API's (legacy) customer accounts:
 * customer access tokens, Multipass and the account mutations.
 */
export function shopifyStorefront(options: ShopifyStorefrontOptions): ShopifyStorefrontBackend {
  const { endpoint, host } = resolveEndpoint(options)
  const now = options.now ?? Date.now
  const fetchFn = options.fetch
  const tokenHeaders = storefrontTokenHeaders(options)

  /**
   * Sends one operation and returns its root field's payload once it carries no user errors.
   * Every failure (transport, top-level GraphQL errors, user errors) becomes a CustomerAuthError.
   */
  async function send<
    Data,
    Variables extends AnyVariables,
    Field extends keyof Data & ShopifyOperation,
  >(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    field: Field,
    ctx: BackendContext,
  ): Promise<[payload: Payload<Data, Field>, receivedAt: number]> {
    const context = operationContext({
      url: endpoint,
      headers: tokenHeaders(),
      signal: ctx.signal,
      fetch: fetchFn,
    })
    const result = await runOperation(
      field === 'customer'
        ? ctx.client.query(document, variables, context)
        : ctx.client.mutation(document, variables, context),
      ctx.signal,
    )
    const receivedAt = now()
    const payload = result.data?.[field]
    if (result.error) throw shopifyOperationError(result.error, field, payload)
    if (payload === undefined || (payload === null && field !== 'customer'))
      throw missingDataError(field, 'shopify')
    const { customerUserErrors, userErrors } = (payload ?? {}) as PayloadErrors
    const errors = customerUserErrors ?? userErrors ?? []
    if (errors.length > 0) throw shopifyUserErrorsToError(errors, field)
    return [payload as Payload<Data, Field>, receivedAt]
  }

  /** Sends an operation whose payload carries a new customer access token. */
  async function issue<
    Data,
    Variables extends AnyVariables,
    Field extends keyof Data & ShopifyOperation,
  >(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    field: Field,
    ctx: BackendContext,
  ): Promise<IssuedToken> {
    const [payload, receivedAt] = await send(document, variables, field, ctx)
    const token = (payload as TokenPayload).customerAccessToken
    if (token) return issuedToken(token, receivedAt, field)
    // Renew may answer a dead token with no token and no error at all.
    if (field === 'customerAccessTokenRenew')
      throw new CustomerAuthError('TOKEN_INVALID', 'The customer access token cannot be renewed.', {
        source: 'shopify',
      })
    throw missingDataError(field, 'shopify')
  }

  const backend: ShopifyStorefrontBackend = {
    id: `shopify:${host}`,
    capabilities: {
      renew: true,
      multipass: true,
      register: true,
      recoverPassword: true,
      resetPassword: true,
      activateAccount: true,
      updateCustomer: true,
    },

    createClient: () => createGraphQLClient(endpoint, fetchFn),

    login: ({ email, password }: LoginCredentials, ctx) =>
      issue(
        CustomerAccessTokenCreate,
        { input: { email, password } },
        'customerAccessTokenCreate',
        ctx,
      ),

    renew: (customerAccessToken, ctx) =>
      issue(CustomerAccessTokenRenew, { customerAccessToken }, 'customerAccessTokenRenew', ctx),

    async logout(customerAccessToken, ctx) {
      try {
        await send(
          CustomerAccessTokenDelete,
          { customerAccessToken },
          'customerAccessTokenDelete',
          ctx,
        )
      } catch (error) {
        // A token the API no longer knows is already as revoked as it gets.
        if (!(error instanceof CustomerAuthError && error.code === 'TOKEN_INVALID')) throw error
      }
    },

    async fetchCustomer(customerAccessToken, ctx): Promise<Customer | null> {
      try {
        const [customer] = await send(CustomerQuery, { customerAccessToken }, 'customer', ctx)
        // Shopify answers an expired, deleted or unknown token with `customer: null`.
        return customer ? toCustomer(customer) : null
      } catch (error) {
        // Should the API refuse the token outright instead, the session is just as over.
        if (error instanceof CustomerAuthError && error.code === 'TOKEN_INVALID') return null
        throw error
      }
    },

    loginWithMultipass: (multipassToken, ctx) =>
      issue(
        CustomerAccessTokenCreateWithMultipass,
        { multipassToken },
        'customerAccessTokenCreateWithMultipass',
        ctx,
      ),

    async register(input: RegisterInput, ctx) {
      const { email, password } = input
      try {
        // JSON drops undefined members, so absent optional fields are not sent.
        await send(
          CustomerCreate,
          {
            input: {
              email,
              password,
              firstName: input.firstName,
              lastName: input.lastName,
              phone: input.phone,
              acceptsMarketing: input.acceptsMarketing,
            },
          },
          'customerCreate',
          ctx,
        )
      } catch (error) {
        // The address belongs to an account that was never activated; Shopify has mailed the
        // activation link again. Like a sign-up that needs confirming: no session yet.
        if (error instanceof CustomerAuthError && error.code === 'ACCOUNT_NOT_CONFIRMED')
          return null
        throw error
      }
      try {
        return await backend.login({ email, password }, ctx)
      } catch (error) {
        // Created, but the shop does not let the account sign in yet (it must be activated).
        if (error instanceof CustomerAuthError && error.code === 'INVALID_CREDENTIALS') return null
        throw error
      }
    },

    async recoverPassword(email, ctx) {
      await send(CustomerRecover, { email }, 'customerRecover', ctx)
    },

    resetPassword(input: ResetPasswordInput, ctx) {
      const { password } = input
      if ('resetUrl' in input)
        return issue(
          CustomerResetByUrl,
          { resetUrl: input.resetUrl, password },
          'customerResetByUrl',
          ctx,
        )
      if ('customerId' in input)
        return issue(
          CustomerReset,
          { id: customerGid(input.customerId), input: { resetToken: input.resetToken, password } },
          'customerReset',
          ctx,
        )
      return Promise.reject(
        new CustomerAuthError(
          'UNSUPPORTED',
          'Shopify resets a password by reset URL, or customer id and reset token; not by email.',
          { source: 'client' },
        ),
      )
    },

    activateAccount(input: ActivateAccountInput, ctx) {
      const { password } = input
      return 'activationUrl' in input
        ? issue(
            CustomerActivateByUrl,
            { activationUrl: input.activationUrl, password },
            'customerActivateByUrl',
            ctx,
          )
        : issue(
            CustomerActivate,
            {
              id: customerGid(input.customerId),
              input: { activationToken: input.activationToken, password },
            },
            'customerActivate',
            ctx,
          )
    },

    async updateCustomer(
      customerAccessToken: string,
      input: UpdateCustomerInput,
      ctx,
    ): Promise<UpdateCustomerResult> {
      // JSON drops undefined members: only the fields given are changed.
      const customer = {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        acceptsMarketing: input.acceptsMarketing,
        password: input.password,
      }
      const [payload, receivedAt] = await send(
        CustomerUpdate,
        { customerAccessToken, customer },
        'customerUpdate',
        ctx,
      )
      if (!payload.customer) throw missingDataError('customerUpdate', 'shopify')
      return {
        customer: toCustomer(payload.customer),
        // Shopify rotates the token when the password changes and returns the new one.
        token: payload.customerAccessToken
          ? issuedToken(payload.customerAccessToken, receivedAt, 'customerUpdate')
          : null,
      }
    },
  }
  return backend
}

function resolveEndpoint(options: ShopifyStorefrontOptions): { endpoint: string; host: string } {
  const apiVersion = options.apiVersion ?? DEFAULT_SHOPIFY_API_VERSION
  if (options.endpoint !== undefined && options.storeDomain !== undefined)
    throw configurationError(
      'Pass either storeDomain or endpoint to shopifyStorefront(), not both.',
    )
  if (options.endpoint !== undefined) {
    if (!options.endpoint) throw configurationError('shopifyStorefront(): endpoint is empty.')
    return { endpoint: options.endpoint, host: endpointHost(options.endpoint) }
  }
  const domain = (options.storeDomain ?? '')
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
  if (!domain || domain.includes('/'))
    throw configurationError(
      'shopifyStorefront(): storeDomain must be a host such as "my-shop.myshopify.com".',
    )
  if (!/^\d{4}-\d{2}$/.test(apiVersion) && apiVersion !== 'unstable')
    throw configurationError(`shopifyStorefront(): apiVersion "${apiVersion}" is not YYYY-MM.`)
  return { endpoint: `https://${domain}/api/${apiVersion}/graphql.json`, host: domain }
}

function storefrontTokenHeaders(
  options: ShopifyStorefrontCredentials,
): () => Record<string, string> {
  if (options.privateAccessToken !== undefined && options.publicAccessToken !== undefined)
    throw configurationError(
      'Pass either publicAccessToken or privateAccessToken to shopifyStorefront(), not both.',
    )
  if (options.privateAccessToken !== undefined) {
    // A private token grants shop-level access and bypasses per-buyer limits: never ship it.
    if (typeof window !== 'undefined' && typeof document !== 'undefined')
      throw configurationError(
        'A private Storefront API token must stay on the server; use publicAccessToken in the browser.',
      )
    if (!options.privateAccessToken)
      throw configurationError('shopifyStorefront(): privateAccessToken is empty.')
    const privateToken = options.privateAccessToken
    const buyerIp = options.buyerIp
    return () => {
      const ip = typeof buyerIp === 'function' ? buyerIp() : buyerIp
      return {
        'Shopify-Storefront-Private-Token': privateToken,
        ...(ip ? { 'Shopify-Storefront-Buyer-IP': ip } : {}),
      }
    }
  }
  if (!options.publicAccessToken)
    throw configurationError(
      'shopifyStorefront() needs a publicAccessToken (or, on a server, a privateAccessToken).',
    )
  const headers = { 'X-Shopify-Storefront-Access-Token': options.publicAccessToken }
  return () => headers
}

function issuedToken(
  token: { readonly accessToken: string; readonly expiresAt: string },
  receivedAt: number,
  operation: ShopifyOperation,
): IssuedToken {
  const expiresAt = Date.parse(token.expiresAt)
  if (!token.accessToken || !Number.isFinite(expiresAt))
    throw new CustomerAuthError('SERVER', `${operation} returned a token without a valid expiry.`, {
      source: 'shopify',
      retryable: false,
    })
  return { accessToken: token.accessToken, expiresAt, issuedAt: receivedAt }
}

/** `customerReset`/`customerActivate` take the customer's GID; a bare numeric id is accepted. */
function customerGid(customerId: string): string {
  return /^\d+$/.test(customerId) ? `gid://shopify/Customer/${customerId}` : customerId
}

function configurationError(message: string): CustomerAuthError {
  return new CustomerAuthError('CONFIGURATION', message, { source: 'client', retryable: false })
}
