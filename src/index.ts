/**
 * `storefront-auth`: the browser + SSR entry. `CustomerAuthProvider` and the hooks, `LoginForm`
 * and `AccountBadge`, the session gates (`SignedIn`, `SignedOut`, `CustomerAuthGate`), the `shopifyStorefront()` and `adobeCommerce()` backends, the cookie storage
 * for SSR, `CustomerAuthError` and the types.
 *
 * @module storefront-auth
 */

// A plain list of re-exports; each layer owns its files.

// React: provider and hooks
export * from './react/index.js'

// Components: LoginForm, AccountBadge and the headless hooks under them
export * from './components/index.js'

// The app's own GraphQL client: a fetch that carries the customer's token (the urql exchange
// is `storefront-auth/urql`)
export { createCustomerFetch, type CustomerFetchOptions } from './client/create-customer-fetch.js'
export type { CustomerClientOptions } from './client/customer-request.js'

// Backends
export {
  shopifyStorefront,
  adobeCommerce,
  type ShopifyStorefrontOptions,
  type ShopifyStorefrontLocation,
  type ShopifyStorefrontCredentials,
  type ShopifyStorefrontBackend,
  type AdobeCommerceOptions,
  type AdobeCommerceBackend,
} from './backends/index.js'

// Carts across sign-in and sign-out (opt-in: an app that imports none of these pays nothing)
export {
  useCartOnSignIn,
  type CartFailure,
  type CartOnSignInState,
  type UseCartOnSignInOptions,
} from './react/use-cart-on-sign-in.js'
export { shopifyCart, type ShopifyCartOptions } from './backends/shopify-storefront/shopify-cart.js'
export {
  adobeCommerceCart,
  type AdobeCommerceCartOptions,
} from './backends/adobe-commerce/adobe-commerce-cart.js'
export type { CartLink, CartOutcome, CartSignIn } from './core/cart-link.js'
export type { CartStep } from './core/cart-step.js'

// SSR: the cookie storage, and the session a request's Cookie header carries
export {
  createCookieStorage,
  readSessionCookie,
  type CookieStorageOptions,
} from './core/storage/cookie-storage.js'

// Errors
export { CustomerAuthError, isCustomerAuthError } from './core/customer-auth-error.js'
export type {
  CustomerAuthErrorCode,
  CustomerAuthErrorSource,
  CustomerAuthFieldError,
  GraphQLErrorLike,
  UserErrorLike,
} from './core/customer-auth-error.js'

// Types
export type {
  ActivateAccountInput,
  BackendCapabilities,
  BackendContext,
  ChangePasswordInput,
  ConfirmEmailInput,
  CustomerAuthBackend,
  LoginCredentials,
  RegisterInput,
  ResetPasswordInput,
  UpdateCustomerInput,
  UpdateCustomerResult,
} from './core/backend.js'
export type { Customer } from './core/customer.js'
export type { PasswordRules, PasswordRuleProblem } from './core/password-rules.js'
export type {
  CustomerCredential,
  CustomerOperationInfo,
  GraphQLResultLike,
  TokenRefusal,
} from './core/customer-credential.js'
export type {
  Clock,
  CustomerAuth,
  CustomerAuthEvent,
  CustomerAuthOptions,
  CustomerAuthState,
  ErrorReason,
  LoginReason,
  RenewOptions,
  RenewReason,
  SessionStorage,
  StorageOption,
} from './core/customer-auth.js'
export type {
  CustomerAuthStatus,
  CustomerSession,
  IssuedToken,
  SessionEndReason,
} from './core/session.js'
