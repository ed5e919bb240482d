import type { BackendContext, CustomerAuthBackend } from './backend.js'
import type { CustomerAuthEvent, CustomerAuthState, ErrorReason } from './customer-auth.js'
import type { CustomerAuthError } from './customer-auth-error.js'
import type { TabView } from './incoming-session.js'
import type { RenewController, RenewHost } from './renew-controller.js'
import type { SessionRecordMeta } from './session-codec.js'
import type { SessionStore } from './session-store.js'
import type { SessionTransition } from './session-transitions.js'
import type { CustomerSession, IssuedToken, SessionEndReason } from './session.js'
import type { TabMessage } from './tab-sync.js'

/** How `take` makes a session current: stored here, told to the other tabs, with which meta. */
export interface TakeOptions {
  readonly save: boolean
  readonly share: boolean
  readonly meta: SessionRecordMeta
}

/** How a session ends: told to the other tabs, with the error that ended it. */
export interface EndOptions {
  readonly broadcast: boolean
  /** Replaces the state's error. */
  readonly error?: CustomerAuthError
  /** Emits `error` as an error event with this reason before the end event. */
  readonly errorReason?: ErrorReason
}

/**
 * What the coordinator (`createCustomerAuth`) shares with the pieces that act on its one state:
 * the sign-in, the adoption of incoming sessions, the renew host, the snapshot. Internal.
 */
export interface EngineCore extends RenewHost {
  readonly backend: CustomerAuthBackend
  readonly ctx: BackendContext
  readonly crossTab: boolean
  readonly store: SessionStore
  readonly renewer: RenewController
  readonly state: CustomerAuthState
  /** Bumped by every logout (here or in another tab): results started before it are dropped. */
  readonly epoch: number
  /** When the current session was signed in, kept across renewals (crossings are judged by it). */
  signedInAt: number
  /** Sessions signed out or replaced, here or elsewhere: a late renew of one never returns. */
  readonly signedOut: Set<string>
  now(): number
  live(token: IssuedToken | null | undefined): token is CustomerSession
  view(): TabView
  /** The one way the state changes: then side effects, subscribers, events, in that order. */
  transition(
    change: SessionTransition,
    emitted?: readonly CustomerAuthEvent[],
    effects?: () => void,
  ): void
  report(reason: ErrorReason, error: CustomerAuthError, change?: SessionTransition): void
  /** Makes `session` the current one: state, events, storage, other tabs, timers. */
  take(
    session: CustomerSession,
    change: SessionTransition,
    emitted: readonly CustomerAuthEvent[],
    how?: TakeOptions,
  ): void
  /** Meta for a session this tab takes itself; `replaces`: what it held before. */
  ownMeta(replaces: string | null): SessionRecordMeta
  end(reason: SessionEndReason, how: EndOptions): void
  /** Another customer's sign-in took over: `previous` is over for good, here and from tabs. */
  replaced(previous: CustomerSession | null): void
  cancelTimer(): void
  /** The wall-clock check run by timers and every wake signal. */
  check(): void
  post(message: TabMessage): void
}
