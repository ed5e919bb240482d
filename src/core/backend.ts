import type { Client } from '@urql/core'
import type { Customer } from './customer.js'
import type { CustomerCredential } from './customer-credential.js'
import type { PasswordRules } from './password-rules.js'
import type { IssuedToken } from './session.js'

/** What a backend call gets besides its input. */
export interface BackendContext {
  /** The urql client to send the operation through (the backend sets url and headers per call). */
  readonly client: Client
  /** Aborted when the caller no longer wants the result. */
  readonly signal?: AbortSignal
}

/** Which optional operations a backend has; a hook for a missing one rejects with `UNSUPPORTED`. */
export interface BackendCapabilities {
  readonly renew: boolean
  readonly multipass: boolean
  readonly register: boolean
  readonly recoverPassword: boolean
  readonly resetPassword: boolean
  readonly activateAccount: boolean
  readonly updateCustomer: boolean
  /** A signed-in customer can change the password, proving the current one. */
  readonly changePassword: boolean
  /** Adobe Commerce: `confirmEmail` and `resendConfirmationEmail` for accounts awaiting confirmation. */
  readonly confirmEmail: boolean
}

/**
 * The email with either the password or, on Adobe Commerce, an admin-issued login-as-customer
 * one-time code (`oneTimeCode`, sent through `exchangeOtpForCustomerToken`). Exactly one of the
 * two: the other is absent. Both are secrets: never log or keep them.
 */
export type LoginCredentials =
  | {
      readonly email: string
      /** The password (Adobe Commerce as a Cloud Service also takes a reset token or code here). */
      readonly password: string
      readonly oneTimeCode?: undefined
    }
  | {
      readonly email: string
      /** Adobe Commerce only: the code from `requestLoginAsCustomerCode` (single use). */
      readonly oneTimeCode: string
      readonly password?: undefined
    }

/**
 * A new account: email and password, and the optional profile fields (Adobe Commerce requires
 * `firstName` and `lastName`).
 */
export interface RegisterInput {
  readonly email: string
  readonly password: string
  readonly firstName?: string
  readonly lastName?: string
  /** E.164, Shopify only. */
  readonly phone?: string
  readonly acceptsMarketing?: boolean
}

/** Shopify: the reset URL from the mail, or the customer id and reset token. Adobe: email + token. */
export type ResetPasswordInput =
  | { readonly resetUrl: string; readonly password: string }
  | { readonly customerId: string; readonly resetToken: string; readonly password: string }
  | { readonly email: string; readonly resetToken: string; readonly password: string }

/** Shopify only: the activation URL from the mail, or the customer id and activation token. */
export type ActivateAccountInput =
  | { readonly activationUrl: string; readonly password: string }
  | { readonly customerId: string; readonly activationToken: string; readonly password: string }

/** Adobe Commerce: what the confirmation mail's link carries. `confirmationKey` is single use. */
export interface ConfirmEmailInput {
  readonly email: string
  readonly confirmationKey: string
}

/**
 * The customer fields to change; only the fields given change. Adobe Commerce takes the names
 * and `acceptsMarketing` only.
 */
export interface UpdateCustomerInput {
  readonly email?: string
  readonly firstName?: string
  readonly lastName?: string
  readonly phone?: string
  readonly acceptsMarketing?: boolean
  /** Shopify: changing it invalidates every earlier token and returns a new one. */
  readonly password?: string
}

/** A password change: the current password (checked by the backend) and the new one. */
export interface ChangePasswordInput {
  readonly currentPassword: string
  readonly newPassword: string
}

/** What an update returns: the updated customer and, after a token rotation, the new token. */
export interface UpdateCustomerResult {
  readonly customer: Customer
  /** A new token when the update rotated it (Shopify password change), else `null`. */
  readonly token: IssuedToken | null
}

/**
 * A vendor's customer-auth API. The only place that knows GraphQL documents, headers and error
 * shapes; everything above it sees `IssuedToken`, `Customer` and `CustomerAuthError`.
 * Optional methods are absent when `capabilities` says the API lacks them.
 */
export interface CustomerAuthBackend {
  /** e.g. `shopify:my-shop.myshopify.com`; namespaces storage keys and caches. */
  readonly id: string
  readonly capabilities: BackendCapabilities
  /**
   * How the app's own requests carry the customer's token and how the API refuses it (see
   * `customerAuthExchange()`, `createCustomerFetch()`); absent on a backend that has no rule.
   */
  readonly credential?: CustomerCredential
  /** What the API accepts as a new password (sign-up, reset, change), for forms to show and check. */
  readonly passwordRules?: PasswordRules
  /** A urql client for this backend's endpoint, used when the app does not pass its own. */
  createClient(): Client
  /** Signs in: a token for the email and password (or one-time code). */
  login(credentials: LoginCredentials, ctx: BackendContext): Promise<IssuedToken>
  /** Trades a still-valid token for a new one (absent where the API cannot renew). */
  renew?(accessToken: string, ctx: BackendContext): Promise<IssuedToken>
  /** Revokes the token on the server. */
  logout(accessToken: string, ctx: BackendContext): Promise<void>
  /** `null` means the token no longer identifies a customer: the session is over. */
  fetchCustomer(accessToken: string, ctx: BackendContext): Promise<Customer | null>
  /** Signs in with a Multipass token minted by the shop's server (Shopify Plus). */
  loginWithMultipass?(multipassToken: string, ctx: BackendContext): Promise<IssuedToken>
  /** Creates the account, then signs in; `null` when the account must be confirmed first. */
  register?(input: RegisterInput, ctx: BackendContext): Promise<IssuedToken | null>
  /** Asks the shop to mail a password-reset link or token. */
  recoverPassword?(email: string, ctx: BackendContext): Promise<void>
  /** Sets the new password; returns a token for the customer (signing in after it if needed). */
  resetPassword?(input: ResetPasswordInput, ctx: BackendContext): Promise<IssuedToken>
  /** Activates an invited account with its first password; returns a token for it. */
  activateAccount?(input: ActivateAccountInput, ctx: BackendContext): Promise<IssuedToken>
  /** Confirms a new account's email address with the key from the confirmation mail. */
  confirmEmail?(input: ConfirmEmailInput, ctx: BackendContext): Promise<void>
  /** Mails the confirmation link of an account awaiting confirmation again. */
  resendConfirmationEmail?(email: string, ctx: BackendContext): Promise<void>
  /** Updates the customer's fields; a Shopify password change rotates the token. */
  updateCustomer?(
    accessToken: string,
    input: UpdateCustomerInput,
    ctx: BackendContext,
  ): Promise<UpdateCustomerResult>
  /**
   * Changes the signed-in customer's password after checking the current one (Shopify: a sign-in
   * with it, then `customerUpdate`, which rotates the token; Adobe: `changeCustomerPassword`).
   */
  changePassword?(
    accessToken: string,
    input: ChangePasswordInput,
    ctx: BackendContext,
  ): Promise<UpdateCustomerResult>
}
