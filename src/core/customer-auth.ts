import type { Client } from '@urql/core'
import type { BackendContext, CustomerAuthBackend, LoginCredentials } from './backend.js'
import type { Customer } from './customer.js'
import type { CustomerAuthError } from './customer-auth-error.js'
import type {
  CustomerAuthStatus,
  CustomerSession,
  IssuedToken,
  SessionEndReason,
} from './session.js'

/** What `getSnapshot()` returns. A new object only when something in it changed. */
export interface CustomerAuthState {
  readonly status: CustomerAuthStatus
  readonly session: CustomerSession | null
  /** True while a session exists and its deadline has not passed (derived from the clock). */
  readonly isAuthenticated: boolean
  /** The last error of a renew, logout revoke, storage access or customer check. */
  readonly error: CustomerAuthError | null
  /** Why the last session ended, until a new one starts. */
  readonly endReason: SessionEndReason | null
}

export type CustomerAuthEvent =
  | { readonly type: 'login'; readonly reason: LoginReason; readonly session: CustomerSession }
  | { readonly type: 'renew'; readonly reason: RenewReason; readonly session: CustomerSession }
  | {
      readonly type: 'logout'
      readonly reason:
        'logout' | 'logout-elsewhere' | 'token-invalid' | 'customer-missing' | 'replaced'
    }
  | { readonly type: 'expire'; readonly reason: 'expired' }
  | { readonly type: 'error'; readonly reason: ErrorReason; readonly error: CustomerAuthError }

/** How a session began: a sign-in here, an account flow, or one that arrived from another tab. */
export type LoginReason =
  | 'password'
  | 'one-time-code'
  | 'multipass'
  | 'register'
  | 'reset-password'
  | 'activate'
  | 'update-customer'
  | 'restored'
  | 'other-tab'
  | 'initial-session'
export type RenewReason = 'scheduled' | 'manual' | 'other-tab'
export type ErrorReason = 'renew' | 'revoke' | 'storage' | 'customer'

/** A clock the engine reads and schedules with; tests inject one to move time. */
export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** Where the session is kept between page loads. Values are strings; failures may throw. */
export interface SessionStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string, expiresAt: number): void
  removeItem(key: string): void
  /** Reports writes by other tabs (optional: the `storage` event for web storage). */
  subscribe?(key: string, listener: (value: string | null) => void): () => void
}

/**
 * A built-in storage by name, or any `SessionStorage` object. The cookie storage is passed as an
 * object (`createCookieStorage()`): an app that does not use it does not carry its code.
 */
export type StorageOption = 'memory' | 'local' | 'session' | SessionStorage

export interface RenewOptions {
  /** Fraction of the lifetime after which to renew. Default 0.75. */
  readonly at?: number
  /** Renew no later than this many ms before expiry. Default 60 000. */
  readonly minLeadMs?: number
  /** Random spread added before the planned point so tabs and clients do not align. Default 5 000. */
  readonly jitterMs?: number
  /** Wall-clock check interval while the page is visible. Default 30 000. */
  readonly pollIntervalMs?: number
  /** First retry delay after a transient failure; doubles up to `maxBackoffMs`. Default 1 000. */
  readonly backoffMs?: number
  readonly maxBackoffMs?: number
  /**
   * A renew request still unanswered after this many ms is aborted and retried like a network
   * failure, so a hung request cannot hold the renew lock until expiry. Default 30 000.
   */
  readonly requestTimeoutMs?: number
}

export interface CustomerAuthOptions {
  readonly backend: CustomerAuthBackend
  /** Default `'local'`. */
  readonly storage?: StorageOption
  /** Defaults to `backend.createClient()`. */
  readonly client?: Client
  readonly clock?: Clock
  readonly renew?: RenewOptions
  /** A session known before start (SSR: read from the cookie on the server). */
  readonly initialSession?: CustomerSession | null
  /** Share login, renew and logout with other tabs of this origin. Default true. */
  readonly crossTab?: boolean
  readonly onEvent?: (event: CustomerAuthEvent) => void
}

export interface CustomerAuth {
  readonly backend: CustomerAuthBackend
  readonly client: Client
  getSnapshot(): CustomerAuthState
  /**
   * The state for server rendering and hydration: the `initialSession` as handed over, not judged
   * by this device's clock (the server judged it: `readSessionCookie` drops expired sessions), so
   * the server's HTML and the browser's first render agree even when the two clocks do not.
   * `getSnapshot` and `start()` apply the device's clock right after.
   */
  getServerSnapshot(): CustomerAuthState
  subscribe(listener: () => void): () => void
  /** Reads storage, joins the other tabs, arms the scheduler. Idempotent. */
  start(): void
  /** Removes every timer and listener. Idempotent; `start()` may follow. */
  stop(): void
  login(credentials: LoginCredentials): Promise<CustomerSession>
  loginWithMultipass(multipassToken: string): Promise<CustomerSession>
  /**
   * Runs a call that issues a token (register, reset, activate, ...) and makes its result the
   * session, unless a logout happened while it ran (then the token is revoked and dropped).
   */
  establish(
    issue: (ctx: BackendContext) => Promise<IssuedToken>,
    reason: LoginReason,
  ): Promise<CustomerSession>
  /** Renews now (single-flight across tabs). Rejects with UNSUPPORTED where the backend cannot. */
  renew(): Promise<CustomerSession>
  /** Ends the session in every tab at once, then tries the server revoke once. */
  logout(): Promise<void>
  /** The current customer; `null` ends the session with reason `customer-missing`. */
  fetchCustomer(signal?: AbortSignal): Promise<Customer | null>
  /** Adds an event listener; returns its remover. */
  onEvent(listener: (event: CustomerAuthEvent) => void): () => void
}
