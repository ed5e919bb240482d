import type { CustomerAuthBackend } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import type { PasswordRules } from '../../core/password-rules.js'
import { createGraphQLClient } from '../create-graphql-client.js'
import { isEndpoint, isHeaderValue, isHost, notAHeaderValue } from '../configuration-checks.js'
import { endpointHost } from '../endpoint-host.js'
import { onDemand } from '../load-on-demand.js'
import { tokenInvalidAs } from '../token-invalid-as.js'
import { CustomerQuery } from './customer-query.js'
import { shopifyCredential } from './shopify-credential.js'
import { toCustomer } from './shopify-customer.js'
import { shopifySender } from './shopify-sender.js'
import {
  CustomerAccessTokenCreate,
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
      /** The shopper's IP, sent as `Shopify-Storefront-Buyer-IP` (a function is asked per request). */
      readonly buyerIp?: string | (() => string | undefined)
    }

/** The options of `shopifyStorefront`: where the shop is, its token, and the API version. */
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

/** The Storefront API's customer password rules (`TOO_SHORT`, `TOO_LONG`, edge white space). */
export const SHOPIFY_PASSWORD_RULES: PasswordRules = {
  minLength: 5,
  maxLength: 40,
  refusesEdgeWhitespace: true,
}

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
      | 'changePassword'
    >
  >

/**
 * A `CustomerAuthBackend` for the Shopify Storefront API's (legacy) customer accounts:
 * customer access tokens, Multipass and the account mutations.
 */
export function shopifyStorefront(options: ShopifyStorefrontOptions): ShopifyStorefrontBackend {
  const [endpoint, host] = resolveEndpoint(options)
  const fetchFn = options.fetch
  const { send, issue } = shopifySender(
    endpoint,
    storefrontTokenHeaders(options),
    fetchFn,
    options.now ?? Date.now,
  )
  const login: ShopifyStorefrontBackend['login'] = (credentials, ctx) =>
    credentials.oneTimeCode === undefined
      ? issue(
          CustomerAccessTokenCreate,
          { input: { email: credentials.email, password: credentials.password } },
          'customerAccessTokenCreate',
          ctx,
        )
      : // Shopify has no one-time sign-in codes (Multipass is its server-side sign-in).
        Promise.reject(
          new CustomerAuthError('UNSUPPORTED', 'Shopify signs in with a password, not a code.', {
            source: 'client',
          }),
        )
  // Multipass, register, recover, reset, activate and update load on first use (account-flows.ts).
  const onFirstUse = onDemand(() => import('./account-flows.js'), { send, issue, login })

  return {
    id: `shopify:${host}`,
    capabilities: {
      renew: true,
      multipass: true,
      register: true,
      recoverPassword: true,
      resetPassword: true,
      activateAccount: true,
      updateCustomer: true,
      changePassword: true,
      confirmEmail: false,
    },
    passwordRules: SHOPIFY_PASSWORD_RULES,

    credential: shopifyCredential,

    createClient: () => createGraphQLClient(endpoint, fetchFn),

    login,

    renew: (customerAccessToken, ctx) =>
      issue(CustomerAccessTokenRenew, { customerAccessToken }, 'customerAccessTokenRenew', ctx),

    logout: (customerAccessToken, ctx) =>
      send(
        CustomerAccessTokenDelete,
        { customerAccessToken },
        'customerAccessTokenDelete',
        ctx,
      ).then(
        () => undefined,
        // A token the API no longer knows is already as revoked as it gets.
        tokenInvalidAs(undefined),
      ),

    fetchCustomer: (customerAccessToken, ctx) =>
      send(CustomerQuery, { customerAccessToken }, 'customer', ctx).then(
        // Shopify answers an expired, deleted or unknown token with `customer: null`.
        ([customer]) => (customer ? toCustomer(customer) : null),
        // Should the API refuse the token outright instead, the session is just as over.
        tokenInvalidAs(null),
      ),

    loginWithMultipass: onFirstUse('loginWithMultipass'),
    register: onFirstUse('register'),
    recoverPassword: onFirstUse('recoverPassword'),
    resetPassword: onFirstUse('resetPassword'),
    activateAccount: onFirstUse('activateAccount'),
    updateCustomer: onFirstUse('updateCustomer'),
    changePassword: onFirstUse('changePassword'),
  }
}

/**
 * @internal
 * The GraphQL endpoint and the host that keys storage (also where `shopifyCart()` sends).
 */
export function resolveEndpoint({
  endpoint,
  storeDomain,
  apiVersion,
}: ShopifyStorefrontOptions): [endpoint: string, host: string] {
  if (endpoint !== undefined) {
    if (storeDomain !== undefined)
      throw configurationError('pass storeDomain or endpoint, not both.')
    if (!endpoint) throw configurationError('endpoint is empty.')
    if (!isEndpoint(endpoint))
      throw configurationError(
        'endpoint must be an absolute http(s) URL or a path starting with /.',
      )
    return [endpoint, endpointHost(endpoint)]
  }
  // Both undefined: typically an env variable that this build does not have.
  if (storeDomain === undefined)
    throw configurationError(
      'pass storeDomain (e.g. my-shop.myshopify.com) or endpoint; neither is set.',
    )
  const domain = storeDomain
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
  if (!isHost(domain))
    throw configurationError('storeDomain must be a host, e.g. my-shop.myshopify.com.')
  const version = apiVersion ?? DEFAULT_SHOPIFY_API_VERSION
  if (!/^\d{4}-\d{2}$/.test(version) && version !== 'unstable')
    throw configurationError(`apiVersion ${version} is not YYYY-MM.`)
  return [`https://${domain}/api/${version}/graphql.json`, domain]
}

/** @internal The storefront token headers of a request (also `shopifyCart()`'s). */
export function storefrontTokenHeaders(
  options: ShopifyStorefrontCredentials,
): () => Record<string, string> {
  const { privateAccessToken, publicAccessToken } = options
  if (privateAccessToken !== undefined) {
    if (publicAccessToken !== undefined)
      throw configurationError('pass publicAccessToken or privateAccessToken, not both.')
    // A private token grants shop-level access and bypasses per-buyer limits: never ship it.
    if (typeof window !== 'undefined' && typeof document !== 'undefined')
      throw configurationError('a private token stays on servers; use publicAccessToken here.')
    if (!privateAccessToken) throw configurationError('privateAccessToken is empty.')
    if (!isHeaderValue(privateAccessToken))
      throw configurationError(notAHeaderValue('privateAccessToken'))
    const { buyerIp } = options
    if (typeof buyerIp === 'string' && !isHeaderValue(buyerIp))
      throw configurationError(notAHeaderValue('buyerIp'))
    return () => {
      const ip = typeof buyerIp === 'function' ? buyerIp() : buyerIp
      // A function's answer is known only now; it fails this one request, before it is sent.
      if (ip && !isHeaderValue(ip)) throw configurationError(notAHeaderValue('buyerIp()'))
      return {
        'Shopify-Storefront-Private-Token': privateAccessToken,
        ...(ip && { 'Shopify-Storefront-Buyer-IP': ip }),
      }
    }
  }
  if (!publicAccessToken)
    throw configurationError('needs a publicAccessToken (or on a server a privateAccessToken).')
  if (!isHeaderValue(publicAccessToken))
    throw configurationError(notAHeaderValue('publicAccessToken'))
  const headers = { 'X-Shopify-Storefront-Access-Token': publicAccessToken }
  return () => headers
}

function configurationError(message: string): CustomerAuthError {
  // Not retryable: CONFIGURATION is not among the codes retried by default.
  return new CustomerAuthError('CONFIGURATION', `shopifyStorefront(): ${message}`, {
    source: 'client',
  })
}
