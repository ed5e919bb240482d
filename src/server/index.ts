/**
 * `storefront-auth/server`: helpers that hold secrets (the Multipass secret, Admin API and Adobe
 * admin tokens). Node only; the first import refuses to run where a DOM exists.
 *
 * @module storefront-auth/server
 */
import { assertServerRuntime } from './assert-server-runtime.js'

assertServerRuntime()

export { generateMultipassToken, decodeMultipassToken } from './server-multipass.js'
export {
  MultipassTokenError,
  type MultipassAddress,
  type MultipassCustomerData,
  type MultipassTokenErrorCode,
  type GenerateMultipassTokenOptions,
} from '../multipass/multipass-token.js'
export {
  AdminApiError,
  type AdminApiErrorCode,
  type AdminApiErrorOptions,
  type AdminGraphQLError,
  type AdminUserError,
} from './admin-api-error.js'
export {
  defaultAdminApiVersion,
  type AdminApiCommonOptions,
  type AdminApiTarget,
} from './admin-api-target.js'
export type { StorefrontAccessToken } from './storefront-access-token.js'
export {
  createStorefrontAccessToken,
  storefrontAccessTokenLimit,
  type CreateStorefrontAccessTokenOptions,
  type CreatedStorefrontAccessToken,
} from './create-storefront-access-token.js'
export { listStorefrontAccessTokens } from './list-storefront-access-tokens.js'
export {
  deleteStorefrontAccessToken,
  type DeleteStorefrontAccessTokenOptions,
} from './delete-storefront-access-token.js'
export {
  AdobeCommerceAdminError,
  type AdobeCommerceAdminErrorCode,
} from './adobe-commerce-admin-error.js'
export {
  requestLoginAsCustomerCode,
  type RequestLoginAsCustomerCodeOptions,
} from './request-login-as-customer-code.js'
export { nodeOnlyMessage } from './node-only-message.js'
