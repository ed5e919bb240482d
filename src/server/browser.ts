/**
 * What a browser bundle gets for `storefront-auth/server` (the `browser` export condition). It
 * throws as soon as it is evaluated, so a client bundle that imports the server helpers fails on
 * first load with a clear message instead of shipping secrets-handling code to the page. The
 * names are declared too, so that the bundler gets as far as running it: a "no matching export"
 * build error would hide the reason.
 */
import { nodeOnlyMessage } from './node-only-message.js'

function nodeOnly(): never {
  throw new Error(nodeOnlyMessage)
}

export {
  nodeOnly as generateMultipassToken,
  nodeOnly as decodeMultipassToken,
  nodeOnly as MultipassTokenError,
  nodeOnly as AdminApiError,
  nodeOnly as createStorefrontAccessToken,
  nodeOnly as listStorefrontAccessTokens,
  nodeOnly as deleteStorefrontAccessToken,
  nodeOnly as AdobeCommerceAdminError,
  nodeOnly as requestLoginAsCustomerCode,
}
export const defaultAdminApiVersion = undefined
export const storefrontAccessTokenLimit = undefined
export { nodeOnlyMessage }

nodeOnly()
