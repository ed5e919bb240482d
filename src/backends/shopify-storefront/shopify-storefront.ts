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

type TokenPayload =
  | {
      readonly customerAccessToken?: {
        readonly accessToken: string
        readonly expiresAt: string
      } | null
      readonly customerUserErrors?: readonly UserErrorLike[]
      readonly userErrors?: readonly UserErrorLike[]
    }
  | null
  | undefined

/**
 * A `CustomerAuthBackend` for the Shopify Storefront API's (legacy) customer accounts:
 * customer access tokens, Multipass and the account mutations.
 */
export function shopifyStorefront(options: ShopifyStorefrontOptions): ShopifyStorefrontBackend {
  const { endpoint, host } = resolveEndpoint(options)
  const now = options.now ?? Date.now
  const fetchFn = options.fetch
  const tokenHeaders = storefrontTokenHeaders(options)

  async function send<Data, Variables extends AnyVariables>(
    kind: 'query' | 'mutation',
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    operation: ShopifyOperation,
    ctx: BackendContext,
  ): Promise<{ data: Data; receivedAt: number }> {
    const context = operationContext({
      url: endpoint,
      headers: tokenHeaders(),
      signal: ctx.signal,
      fetch: fetchFn,
    })
    const source =
      kind === 'query'
        ? ctx.client.query(document, variables, context)
        : ctx.client.mutation(document, variables, context)
    const result = await runOperation(source, ctx.signal)
    const receivedAt = now()
    if (result.error) {
      const payload = (result.data as Record<string, unknown> | null | undefined)?.[operation]
      throw shopifyOperationError(result.error, operation, payload)
    }
    if (result.data === undefined || result.data === null)
      throw missingDataError(operation, 'shopify')
    return { data: result.data, receivedAt }
  }

  function tokenFrom(
    payload: TokenPayload,
    operation: ShopifyOperation,
    receivedAt: number,
  ): IssuedToken {
    if (!payload) throw missingDataError(operation, 'shopify')
    const userErrors = payload.customerUserErrors ?? payload.userErrors ?? []
    if (userErrors.length > 0) throw shopifyUserErrorsToError(userErrors, operation)
    if (!payload.customerAccessToken) {
      // Renew answers a dead token with no token and (sometimes) no error at all.
      if (operation === 'customerAccessTokenRenew')
        throw new CustomerAuthError(
          'TOKEN_INVALID',
          'The customer access token cannot be renewed.',
          {
            source: 'shopify',
          },
        )
      throw missingDataError(operation, 'shopify')
    }
    return issuedToken(payload.customerAccessToken, receivedAt, operation)
  }

  function throwUserErrors(
    userErrors: readonly UserErrorLike[] | undefined,
    operation: ShopifyOperation,
  ): void {
    if (userErrors && userErrors.length > 0) throw shopifyUserErrorsToError(userErrors, operation)
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

    async login({ email, password }: LoginCredentials, ctx) {
      const operation = 'customerAccessTokenCreate'
      const { data, receivedAt } = await send(
        'mutation',
        CustomerAccessTokenCreate,
        { input: { email, password } },
        operation,
        ctx,
      )
      return tokenFrom(data.customerAccessTokenCreate, operation, receivedAt)
    },

    async renew(accessToken, ctx) {
      const operation = 'customerAccessTokenRenew'
      const { data, receivedAt } = await send(
        'mutation',
        CustomerAccessTokenRenew,
        { customerAccessToken: accessToken },
        operation,
        ctx,
      )
      return tokenFrom(data.customerAccessTokenRenew, operation, receivedAt)
    },

    async logout(accessToken, ctx) {
      const operation = 'customerAccessTokenDelete'
      try {
        const { data } = await send(
          'mutation',
          CustomerAccessTokenDelete,
          { customerAccessToken: accessToken },
          operation,
          ctx,
        )
        if (!data.customerAccessTokenDelete) throw missingDataError(operation, 'shopify')
        throwUserErrors(data.customerAccessTokenDelete.userErrors, operation)
      } catch (error) {
        // A token the API no longer knows is already as revoked as it gets.
        if (error instanceof CustomerAuthError && error.code === 'TOKEN_INVALID') return
        throw error
      }
    },

    async fetchCustomer(accessToken, ctx): Promise<Customer | null> {
      try {
        const { data } = await send(
          'query',
          CustomerQuery,
          { customerAccessToken: accessToken },
          'customer',
          ctx,
        )
        // Shopify answers an expired, deleted or unknown token with `customer: null`.
        return data.customer ? toCustomer(data.customer) : null
      } catch (error) {
        // Should the API refuse the token outright instead, the session is just as over.
        if (error instanceof CustomerAuthError && error.code === 'TOKEN_INVALID') return null
        throw error
      }
    },

    async loginWithMultipass(multipassToken, ctx) {
      const operation = 'customerAccessTokenCreateWithMultipass'
      const { data, receivedAt } = await send(
        'mutation',
        CustomerAccessTokenCreateWithMultipass,
        { multipassToken },
        operation,
        ctx,
      )
      return tokenFrom(data.customerAccessTokenCreateWithMultipass, operation, receivedAt)
    },

    async register(input: RegisterInput, ctx) {
      const operation = 'customerCreate'
      const { data } = await send(
        'mutation',
        CustomerCreate,
        {
          // JSON drops undefined members, so absent optional fields are not sent.
          input: {
            email: input.email,
            password: input.password,
            firstName: input.firstName,
            lastName: input.lastName,
            phone: input.phone,
            acceptsMarketing: input.acceptsMarketing,
          },
        },
        operation,
        ctx,
      )
      if (!data.customerCreate) throw missingDataError(operation, 'shopify')
      const userErrors = data.customerCreate.customerUserErrors
      if (userErrors.length > 0) {
        const error = shopifyUserErrorsToError(userErrors, operation)
        // The address belongs to an account that was never activated; Shopify has mailed the
        // activation link again. Like a sign-up that needs confirming: no session yet.
        if (error.code === 'ACCOUNT_NOT_CONFIRMED') return null
        throw error
      }
      if (!data.customerCreate.customer) throw missingDataError(operation, 'shopify')
      try {
        return await backend.login({ email: input.email, password: input.password }, ctx)
      } catch (error) {
        // Created, but the shop does not let the account sign in yet (it must be activated).
        if (error instanceof CustomerAuthError && error.code === 'INVALID_CREDENTIALS') return null
        throw error
      }
    },

    async recoverPassword(email, ctx) {
      const operation = 'customerRecover'
      const { data } = await send('mutation', CustomerRecover, { email }, operation, ctx)
      if (!data.customerRecover) throw missingDataError(operation, 'shopify')
      throwUserErrors(data.customerRecover.customerUserErrors, operation)
    },

    async resetPassword(input: ResetPasswordInput, ctx) {
      if ('resetUrl' in input) {
        const operation = 'customerResetByUrl'
        const { data, receivedAt } = await send(
          'mutation',
          CustomerResetByUrl,
          { resetUrl: input.resetUrl, password: input.password },
          operation,
          ctx,
        )
        return tokenFrom(data.customerResetByUrl, operation, receivedAt)
      }
      if ('customerId' in input) {
        const operation = 'customerReset'
        const { data, receivedAt } = await send(
          'mutation',
          CustomerReset,
          {
            id: customerGid(input.customerId),
            input: { resetToken: input.resetToken, password: input.password },
          },
          operation,
          ctx,
        )
        return tokenFrom(data.customerReset, operation, receivedAt)
      }
      throw new CustomerAuthError(
        'UNSUPPORTED',
        'Shopify resets a password with the reset URL or the customer id and reset token, not an email.',
        { source: 'client' },
      )
    },

    async activateAccount(input: ActivateAccountInput, ctx) {
      if ('activationUrl' in input) {
        const operation = 'customerActivateByUrl'
        const { data, receivedAt } = await send(
          'mutation',
          CustomerActivateByUrl,
          { activationUrl: input.activationUrl, password: input.password },
          operation,
          ctx,
        )
        return tokenFrom(data.customerActivateByUrl, operation, receivedAt)
      }
      const operation = 'customerActivate'
      const { data, receivedAt } = await send(
        'mutation',
        CustomerActivate,
        {
          id: customerGid(input.customerId),
          input: { activationToken: input.activationToken, password: input.password },
        },
        operation,
        ctx,
      )
      return tokenFrom(data.customerActivate, operation, receivedAt)
    },

    async updateCustomer(
      accessToken: string,
      input: UpdateCustomerInput,
      ctx,
    ): Promise<UpdateCustomerResult> {
      const operation = 'customerUpdate'
      // JSON drops undefined members: only the fields given are changed.
      const customer = {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        acceptsMarketing: input.acceptsMarketing,
        password: input.password,
      }
      const { data, receivedAt } = await send(
        'mutation',
        CustomerUpdate,
        { customerAccessToken: accessToken, customer },
        operation,
        ctx,
      )
      const payload = data.customerUpdate
      if (!payload) throw missingDataError(operation, 'shopify')
      throwUserErrors(payload.customerUserErrors, operation)
      if (!payload.customer) throw missingDataError(operation, 'shopify')
      return {
        customer: toCustomer(payload.customer),
        // Shopify rotates the token when the password changes and returns the new one.
        token: payload.customerAccessToken
          ? issuedToken(payload.customerAccessToken, receivedAt, operation)
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
