import { createHandler } from 'graphql-http/lib/use/fetch'
import { asParseRequestParams, readShopifyRequest } from '../graphql-request-params.js'
import { acceptingPlainJson } from '../plain-json-accept.js'
import type { EmulatorClock } from '../emulator-clock.js'
import type { Outbox } from '../outbox.js'
import type { SeedCustomer } from '../seed-customer.js'
import type { StorefrontAccessTokenStore } from '../shopify-admin/storefront-access-token-store.js'
import { createLoginThrottle } from '../login-throttle.js'
import { createRecoverThrottle } from './recover-throttle.js'
import {
  ShopifyCustomerStore,
  type EmulatedCustomerAccessToken,
  type EmulatedShopifyCustomer,
} from './shopify-customer-store.js'
import { storefrontClientIp, type StorefrontAccess } from './storefront-client-ip.js'
import { createCustomerAddressRoot } from './customer-address-mutations.js'
import { createStorefrontRoot, type StorefrontRequestContext } from './storefront-root.js'
import { storefrontSchema } from './storefront-schema.js'
import { createStorefrontCarts, type EmulatedShopifyCart } from './storefront-carts.js'
import { unsupportedFieldsRule } from './unsupported-fields-rule.js'

export interface ShopifyStorefrontApiOptions {
  readonly clock: EmulatorClock
  readonly outbox: Outbox
  readonly customers: readonly SeedCustomer[]
  readonly shopDomain: string
  readonly storefrontTokens: StorefrontAccessTokenStore
  readonly privateStorefrontAccessToken: string
  readonly multipassSecret: string
  readonly tokenLifetimeMs: number
  readonly loginAttemptLimit: number
  readonly lockoutMs: number
  /** `customerRecover` requests per client IP within `recoverWindowMs`. */
  readonly recoverRequestLimit: number
  readonly recoverWindowMs: number
}

export interface ShopifyStorefrontApi {
  /** `remoteAddress`: the address the request came from (the socket's, or the in-process default). */
  handleGraphQL(request: Request, remoteAddress: string): Promise<Response>
  customers(): EmulatedShopifyCustomer[]
  customerAccessTokens(): EmulatedCustomerAccessToken[]
  /** Every cart created through `cartCreate`. */
  carts(): EmulatedShopifyCart[]
}

/**
 * How the emulator refuses a request without a valid storefront token: HTTP 401 with a GraphQL
 * error body carrying `extensions.code: "UNAUTHORIZED"`.
 */
function unauthorized(): Response {
  return new Response(
    JSON.stringify({
      errors: [
        {
          message: 'Unauthorized: a valid storefront access token is required.',
          extensions: { code: 'UNAUTHORIZED' },
        },
      ],
    }),
    { status: 401, headers: { 'content-type': 'application/json; charset=utf-8' } },
  )
}

export function createShopifyStorefrontApi(
  options: ShopifyStorefrontApiOptions,
): ShopifyStorefrontApi {
  const store = new ShopifyCustomerStore({
    clock: options.clock,
    outbox: options.outbox,
    shopDomain: options.shopDomain,
    seed: options.customers,
    tokenLifetimeMs: options.tokenLifetimeMs,
  })
  const throttle = createLoginThrottle({
    now: () => options.clock.now(),
    maxFailures: options.loginAttemptLimit,
    lockoutMs: options.lockoutMs,
  })
  const recoverThrottle = createRecoverThrottle({
    now: () => options.clock.now(),
    limit: options.recoverRequestLimit,
    windowMs: options.recoverWindowMs,
  })
  const carts = createStorefrontCarts({ store })
  const rootValue = {
    ...createStorefrontRoot({
      store,
      throttle,
      recoverThrottle,
      multipassSecret: options.multipassSecret,
    }),
    ...carts.resolvers,
    ...createCustomerAddressRoot({ store }),
  }
  /** Each request's context, keyed by the Request object graphql-http hands back as `raw`. */
  const contexts = new WeakMap<Request, StorefrontRequestContext>()
  const handler = createHandler<StorefrontRequestContext>({
    schema: storefrontSchema(),
    rootValue,
    // Added to graphql-js's rules by graphql-http (listing specifiedRules again doubled each error).
    validationRules: [unsupportedFieldsRule],
    parseRequestParams: asParseRequestParams(readShopifyRequest),
    context: (req) => {
      const context = contexts.get(req.raw)
      if (!context) throw new Error('Emulator error: a Storefront request without its context')
      return context
    },
  })

  /** Which kind of storefront token authorises the request, or null when none does. */
  function accessOf(request: Request): StorefrontAccess | null {
    const publicToken = request.headers.get('x-shopify-storefront-access-token')
    if (publicToken !== null)
      return options.storefrontTokens.isActive(publicToken) ? 'public' : null
    const privateToken = request.headers.get('shopify-storefront-private-token')
    return privateToken !== null && privateToken === options.privateStorefrontAccessToken
      ? 'private'
      : null
  }

  return {
    async handleGraphQL(request, remoteAddress) {
      const access = accessOf(request)
      if (access === null) return unauthorized()
      const graphQLRequest = acceptingPlainJson(request)
      contexts.set(graphQLRequest, {
        clientIp: storefrontClientIp(request, access, remoteAddress),
      })
      return handler(graphQLRequest)
    },
    customers: () => store.snapshotCustomers(),
    customerAccessTokens: () => store.snapshotTokens(),
    carts: carts.snapshot,
  }
}
