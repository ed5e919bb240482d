/**
 * `storefront-auth/core`: the framework-free session engine. No React, no network of its own.
 *
 * @module storefront-auth/core
 */

export { createCustomerAuth } from './create-customer-auth.js'
export type { EngineServices } from './engine-services.js'
export type { TabConnector, TabMessage, TabSync } from './tab-sync.js'
export type { SessionRecordMeta } from './session-codec.js'
export type { WakeManager, WakeSignal } from './wake-manager.js'
export type { AcquireRenewLock } from './renew-lock.js'
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
} from './customer-auth.js'
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
} from './backend.js'
export { passwordRuleProblem, characterClassCount } from './password-rules.js'
export type { PasswordRules, PasswordRuleProblem } from './password-rules.js'
export type { Customer } from './customer.js'
export type {
  CustomerCredential,
  CustomerOperationInfo,
  GraphQLResultLike,
  TokenRefusal,
} from './customer-credential.js'
export type {
  CustomerAuthStatus,
  CustomerSession,
  IssuedToken,
  SessionEndReason,
} from './session.js'
export { CustomerAuthError, isCustomerAuthError } from './customer-auth-error.js'
export type {
  CustomerAuthErrorCode,
  CustomerAuthErrorOptions,
  CustomerAuthErrorSource,
  CustomerAuthFieldError,
  GraphQLErrorLike,
  UserErrorLike,
} from './customer-auth-error.js'
export { toCustomerAuthError } from './to-customer-auth-error.js'
export { systemClock } from './system-clock.js'
export { createMemoryStorage } from './storage/memory-storage.js'
export { createWebStorage } from './storage/web-storage.js'
export {
  createCookieStorage,
  readSessionCookie,
  type CookieStorageOptions,
} from './storage/cookie-storage.js'
/** The renew defaults: `at: 0.75`, `minLeadMs: 60_000`, `jitterMs: 5_000` and the other `RenewOptions`. */
export { defaultRenewOptions } from './renew-scheduler.js'
export { planRenewAt } from './renew-scheduler.js'
export { storageKey } from './session-codec.js'
