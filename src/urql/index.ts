/**
 * `storefront-auth/urql`: `customerAuthExchange()` for the app's own urql client. A subpath of
 * its own because it needs `@urql/exchange-auth` (an optional peer): an app that does not use
 * it installs and bundles nothing of it.
 *
 * @module storefront-auth/urql
 */

export { customerAuthExchange } from '../client/customer-auth-exchange.js'
export type { CustomerAuthExchangeOptions } from '../client/customer-auth-exchange.js'
export type { CustomerClientOptions } from '../client/customer-request.js'
