import { specifiedRules } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { acceptingShopifyJson } from '../shopify-json-accept.js'
import type { EmulatorClock } from '../emulator-clock.js'
import type { Outbox } from '../outbox.js'
import type { SeedCustomer } from '../seed-customer.js'
import type { StorefrontAccessTokenStore } from '../shopify-admin/storefront-access-token-store.js'
import { createLoginThrottle } from '../login-throttle.js'
import {
  ShopifyCustomerStore,
  type EmulatedCustomerAccessToken,
  type EmulatedShopifyCustomer,
} from './shopify-customer-store.js'
import { createStorefrontRoot } from './storefront-root.js'
import { storefrontSchema } from './storefront-schema.js'
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
}

export interface ShopifyStorefrontApi {
  handleGraphQL(request: Request): Promise<Response>
  customers(): EmulatedShopifyCustomer[]
  customerAccessTokens(): EmulatedCustomerAccessToken[]
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
  const rootValue = createStorefrontRoot({
    store,
    throttle,
    multipassSecret: options.multipassSecret,
  })
  const handler = createHandler({
    schema: storefrontSchema(),
    rootValue,
    validationRules: [...specifiedRules, unsupportedFieldsRule],
  })

  function authorized(request: Request): boolean {
    const publicToken = request.headers.get('x-shopify-storefront-access-token')
    if (publicToken !== null) return options.storefrontTokens.isActive(publicToken)
    const privateToken = request.headers.get('shopify-storefront-private-token')
    return privateToken !== null && privateToken === options.privateStorefrontAccessToken
  }

  return {
    async handleGraphQL(request) {
      if (!authorized(request)) return unauthorized()
      return handler(acceptingShopifyJson(request))
    },
    customers: () => store.snapshotCustomers(),
    customerAccessTokens: () => store.snapshotTokens(),
  }
}
