import type { Client } from '@urql/core'
import type { BackendContext, CustomerAuthBackend, LoginCredentials } from './backend.js'
import type { Customer } from './customer.js'
import type { CustomerAuthError } from './customer-auth-error.js'
import type { TokenRefusal } from './customer-credential.js'
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

/**
 * What the engine reports on a real change of the session (see `onEvent`), each with a
 * `reason`: a sign-in, a renewal, an end by logout or refusal, an expiry, or an error that left
 * the session as it was.
 */
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
/** Why a token was renewed: on schedule, by `renew()` (`useRenew`), or by another tab. */
export type RenewReason = 'scheduled' | 'manual' | 'other-tab'
/**
 * What an `error` event is about: a failed renew, a failed server revoke after logout, the
 * storage, or the customer query.
 */
export type ErrorReason = 'renew' | 'revoke' | 'storage' | 'customer'

/** A clock the engine reads and schedules with; tests inject one to move time. */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number
  /** Schedules `callback` after `ms`; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown
  /** Cancels a timer `setTimeout` returned. */
  clearTimeout(handle: unknown): void
}

/** Where the session is kept between page loads. Values are strings; failures may throw. */
export interface SessionStorage {
  /** The stored value, or `null` when there is none. */
  getItem(key: string): string | null
  /** Stores `value`; `expiresAt` (epoch ms) lets a storage such as a cookie expire with the token. */
  setItem(key: string, value: string, expiresAt: number): void
  /** Removes the value (sign-out, expiry, a refused token). */
  removeItem(key: string): void
  /** Reports writes by other tabs (optional: the `storage` event for web storage). */
  subscribe?(key: string, listener: (value: string | null) => void): () => void
}

/**
 * A built-in storage by name, or any `SessionStorage` object. The cookie storage is passed as an
 * object (`createCookieStorage()`): an app that does not use it does not carry its code.
 */
export type StorageOption = 'memory' | 'local' | 'session' | SessionStorage

/**
 * When and how the engine renews a token and retries a failed renew. Every field is optional;
 * the defaults are `defaultRenewOptions`.
 */
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
  /** The longest delay between two retries. Default 60 000. */
  readonly maxBackoffMs?: number
  /**
   * A renew request still unanswered after this many ms is aborted and retried like a network
   * failure, so a hung request cannot hold the renew lock until expiry. Default 30 000.
   */
  readonly requestTimeoutMs?: number
}

/** The options of `createCustomerAuth`; `CustomerAuthProvider` takes the same as props. */
export interface CustomerAuthOptions {
  readonly backend: CustomerAuthBackend
  /** Default `'local'`. */
  readonly storage?: StorageOption
  /** Defaults to `backend.createClient()`. */
  readonly client?: Client
  /** The clock to read and schedule with; default `systemClock`. Tests pass their own. */
  readonly clock?: Clock
  /** When to renew and how to retry; see `RenewOptions`. */
  readonly renew?: RenewOptions
  /** A session known before start (SSR: read from the cookie on the server). */
  readonly initialSession?: CustomerSession | null
  /** Share login, renew and logout with other tabs of this origin. Default true. */
  readonly crossTab?: boolean
  /** Called with each event (`login`, `renew`, `logout`, `expire`, `error`). */
  readonly onEvent?: (event: CustomerAuthEvent) => void
}

/**
 * The framework-free session engine `createCustomerAuth` returns: state for
 * `useSyncExternalStore`, the session operations, and events. `CustomerAuthProvider` runs one.
 */
export interface CustomerAuth {
  readonly backend: CustomerAuthBackend
  readonly client: Client
  /** The current state; the same object until something in it changes. */
  getSnapshot(): CustomerAuthState
  /**
   * The state for server rendering and hydration: the `initialSession` as handed over, not judged
   * by this device's clock (the server judged it: `readSessionCookie` drops expired sessions), so
   * the server's HTML and the browser's first render agree even when the two clocks do not.
   * `getSnapshot` and `start()` apply the device's clock right after.
   */
  getServerSnapshot(): CustomerAuthState
  /** Calls `listener` after each state change; returns its remover. */
  subscribe(listener: () => void): () => void
  /** Reads storage, joins the other tabs, arms the scheduler. Idempotent. */
  start(): void
  /** Removes every timer and listener. Idempotent; `start()` may follow. */
  stop(): void
  /** Signs in with email and password (or an Adobe one-time code) and makes it the session. */
  login(credentials: LoginCredentials): Promise<CustomerSession>
  /** Signs in with a Multipass token (Shopify Plus); `UNSUPPORTED` where the backend has none. */
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
  /**
   * The customer's token for one of the app's own requests, `null` when nobody is signed in.
   * When the renew point has passed (timers frozen, a device that slept) or a renew is running,
   * it waits for that one single-flight renew first, so many requests at once cost one renew;
   * a failed renew leaves the still-valid token in use.
   */
  getAccessToken(): Promise<string | null>
  /**
   * The API refused `accessToken` in an answer to one of the app's own requests: ends the
   * session with `reason` in every tab, unless the session moved on since (then nothing happens).
   */
  tokenRefused(accessToken: string, reason: TokenRefusal): void
  /** Adds an event listener; returns its remover. */
  onEvent(listener: (event: CustomerAuthEvent) => void): () => void
}
