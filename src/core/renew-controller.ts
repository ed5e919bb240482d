import type { Clock, RenewReason } from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import { armDeadline } from './deadline-timer.js'
import type { AcquireRenewLock } from './renew-lock.js'
import { backoffDelay, planRenewAt, type ResolvedRenewOptions } from './renew-scheduler.js'
import type { CustomerSession, IssuedToken } from './session.js'
import { clientError, toCustomerAuthError } from './to-customer-auth-error.js'

/** How soon a tab that found another renewing looks again, in case that tab dies first. */
export const LOCK_RETRY_MS = 1_000

/**
 * How long a tab keeps the renew lock after its renew settled. The lock is released across
 * processes at once, but the tab's message and storage write may reach another tab a moment
 * later: a tab taking the lock in between would still hold the old token and renew it again.
 * Kept this long, the news arrives first; the holder reuses the lock if it renews again.
 */
export const LOCK_HANDOFF_MS = 2_000

/** What the controller asks of the engine around a renew (the engine's core implements it). */
export interface RenewHost {
  /** The current session if still valid (an expired one is ended), else null. */
  validSession(): CustomerSession | null
  readonly started: boolean
  /** True once a logout happened or the session moved on since `session` was current. */
  staleness(session: CustomerSession): () => boolean
  /** Under the lock before sending: true when no request is needed (see renew-host.ts). */
  caughtUp(session: CustomerSession): boolean
  /** The request is about to go out. */
  renewStarted(): void
  /** A new token of the session arrived. */
  renewed(next: CustomerSession, reason: RenewReason): void
  /** The renew failed; the next try is at `retryAt` (Infinity: none). */
  renewFailed(error: CustomerAuthError, retryAt: number): void
  /** The request settled, whatever happened. */
  renewSettled(): void
  /** The next check moved (an attempt began or ended): re-arm the timer. */
  reschedule(): void
  /** A token nobody will hold. */
  revoke(accessToken: string): void
}

export interface RenewController {
  /** Plans the next renew of a token just taken (signed in, restored, from another tab). */
  plan(session: CustomerSession): void
  /** Moves the next try to `at` (another tab's retry point), when later than planned. */
  retryNotBefore(at: number, session: CustomerSession): void
  /** Forgets any planned renew (the session ended). */
  cancel(): void
  /** True when a renew should be sent now. */
  isDue(): boolean
  /** When the timer should next look: the renew point, or only the deadline while renewing. */
  nextCheck(session: CustomerSession): number
  readonly attempting: boolean
  /** Renews `session` now or joins the renew in flight (single-flight). */
  request(session: CustomerSession, reason: RenewReason): Promise<CustomerSession>
  /** Settles the callers waiting for a renew with a session or an error (no request runs). */
  resolveWaiting(result: CustomerSession | CustomerAuthError): void
  /** Aborts the request in flight and lets go of a kept lock (stop()). */
  stop(): void
}

/**
 * The renew side of the engine: single-flight within the tab, a cross-tab lock, a request
 * timeout, backoff after failures and the next retry point. The clock, the lock and the backend
 * call are injected; the engine (the host) decides what a result means for its state.
 */
export function createRenewController(deps: {
  readonly clock: Clock
  readonly options: ResolvedRenewOptions
  readonly acquireLock: AcquireRenewLock
  readonly send: (accessToken: string, signal: AbortSignal) => Promise<IssuedToken>
  readonly host: RenewHost
  readonly random?: () => number
}): RenewController {
  const { clock, options, acquireLock, send, host } = deps
  const random = deps.random ?? (() => Math.random())
  /** The next renew point, or retry point after a failure (Infinity: none). */
  let renewAt = Infinity
  let retryAttempt = 0
  let attempting = false
  /** The renew callers wait for, its settle function and why it started. */
  let waiting:
    | {
        readonly promise: Promise<CustomerSession>
        readonly settle: (result: CustomerSession | CustomerAuthError) => void
        reason: RenewReason
      }
    | undefined
  /** Cancels the renew request in flight and its timeout. */
  let abortRequest = (): void => {}
  /** The lock kept after a renew settled (see LOCK_HANDOFF_MS). */
  let kept: { readonly release: () => void; readonly cancelTimer: () => void } | undefined

  const resolveWaiting = (result: CustomerSession | CustomerAuthError): void => {
    const current = waiting
    waiting = undefined
    current?.settle(result)
  }

  async function takeLock(): Promise<(() => void) | null> {
    if (!kept) return acquireLock()
    const { release, cancelTimer } = kept
    kept = undefined
    cancelTimer()
    return release
  }

  function keepLock(release: () => void): void {
    const cancelTimer = armDeadline(clock, clock.now() + LOCK_HANDOFF_MS, () => {
      kept = undefined
      release()
    })
    kept = { release, cancelTimer }
  }

  function releaseKept(): void {
    kept?.cancelTimer()
    kept?.release()
    kept = undefined
  }

  const sessionMovedOn = { movedOn: true } as const
  const attemptOver = { movedOn: false } as const

  /**
   * One try for `session`. `movedOn`: the session moved on meanwhile (replaced); `renewed`: the
   * new token, for the callers waiting.
   */
  async function attemptOnce(
    session: CustomerSession,
  ): Promise<{ movedOn: boolean; renewed?: CustomerSession }> {
    const stale = host.staleness(session)
    let release: (() => void) | null = null
    let renewedHere = false
    try {
      release = await takeLock()
      // Stopped while waiting (unmount): send nothing; callers hear ABORTED, start() renews again.
      if (!host.started) {
        resolveWaiting(clientError('ABORTED', 'Stopped'))
        return attemptOver
      }
      if (stale()) return sessionMovedOn
      if (!release) {
        // Another tab is renewing this session: its result arrives as a message (or in storage).
        renewAt = clock.now() + Math.max(options.backoffMs, LOCK_RETRY_MS)
        return attemptOver
      }
      if (host.caughtUp(session)) return attemptOver
      host.renewStarted()
      // A request that never answers would keep the lock (and every retry) until the browser
      // gives up, maybe past expiry: abort it after the timeout; ABORTED is retried like NETWORK.
      const controller = new AbortController()
      const disarm = armDeadline(clock, clock.now() + options.requestTimeoutMs, () =>
        controller.abort(),
      )
      abortRequest = () => {
        disarm()
        controller.abort()
      }
      let issued: IssuedToken
      try {
        issued = await send(session.accessToken, controller.signal)
      } catch (cause) {
        if (stale()) return sessionMovedOn
        const error = toCustomerAuthError(cause)
        // Aborted by stop(): callers get the error; no event, and start() renews again.
        if (!host.started) resolveWaiting(error)
        else fail(session, error)
        return attemptOver
      } finally {
        // Aborting a settled request is a no-op; it just clears the timeout.
        abortRequest()
        abortRequest = () => {}
      }
      if (stale()) {
        // A token nobody holds (the session ended or moved on meanwhile) is revoked; the same
        // token as before or as now (Shopify renews in place) must not be.
        const current = host.validSession()
        if (
          issued.accessToken !== session.accessToken &&
          issued.accessToken !== current?.accessToken
        )
          host.revoke(issued.accessToken)
        return sessionMovedOn
      }
      const next: CustomerSession = { ...issued, sessionId: session.sessionId }
      renewedHere = true
      planNext(next, session)
      host.renewed(next, waiting?.reason ?? 'scheduled')
      return { movedOn: false, renewed: next }
    } finally {
      if (release) {
        if (renewedHere && host.started) keepLock(release)
        else release()
      }
      host.renewSettled()
    }
  }

  function fail(session: CustomerSession, error: CustomerAuthError): void {
    resolveWaiting(error)
    // Only the API saying this token is dead ends the session. Anything else (a storefront token
    // refused, a frozen shop, an answer nobody can explain) says nothing about the customer's
    // token, which stays valid: keep it, and try again, transient failures soon, the others
    // seldom (half the time left, at least maxBackoffMs) so a shop-wide problem costs few calls.
    if (error.code !== 'TOKEN_INVALID') {
      const now = clock.now()
      const at =
        now +
        (error.retryable || error.code === 'ABORTED'
          ? backoffDelay(retryAttempt++, options)
          : Math.max(options.maxBackoffMs, (session.expiresAt - now) / 2))
      // A retry that would land past expiry is pointless: the session just expires then.
      renewAt = at < session.expiresAt ? at : Infinity
    }
    host.renewFailed(error, renewAt)
  }

  /**
   * Plans the renew of a token just taken. A renewal that did not move the expiry (a server whose
   * clock stood still, two renews within its one-second resolution) is no proof that renewing
   * is pointless: the next planned point still counts, but no sooner than `maxBackoffMs` from
   * now, so a token that is not extended is renewed a few times, not in a tight loop.
   */
  function planNext(session: CustomerSession, renewedFrom?: CustomerSession): void {
    const planned = planRenewAt(session, options, random())
    const extended = !renewedFrom || session.expiresAt > renewedFrom.expiresAt
    const at = extended ? planned : Math.max(planned, clock.now() + options.maxBackoffMs)
    renewAt = at < session.expiresAt ? at : Infinity
    retryAttempt = 0
  }

  async function run(first: CustomerSession): Promise<void> {
    attempting = true
    host.reschedule()
    let renewed: CustomerSession | undefined
    try {
      // Callers that asked while an attempt ran for a session since replaced still wait: renew
      // the current one for them now, not at its renew point.
      for (let session: CustomerSession | null = first; session;) {
        const outcome = await attemptOnce(session)
        renewed = outcome.renewed
        session = outcome.movedOn && waiting && host.started ? host.validSession() : null
      }
    } finally {
      attempting = false
      host.reschedule()
      // Settled only now, so a caller that renews again as soon as this resolves starts a new
      // attempt instead of joining this finished one.
      if (renewed) resolveWaiting(renewed)
    }
  }

  return {
    plan: (session) => planNext(session),
    retryNotBefore(at, session) {
      if (at > renewAt) renewAt = at < session.expiresAt ? at : Infinity
    },
    cancel() {
      renewAt = Infinity
    },
    isDue: () => !attempting && clock.now() >= renewAt,
    nextCheck: (session) => (attempting ? session.expiresAt : Math.min(renewAt, session.expiresAt)),
    get attempting() {
      return attempting
    },
    request(session, reason) {
      if (!waiting) {
        let settle!: (result: CustomerSession | CustomerAuthError) => void
        const promise = new Promise<CustomerSession>((resolve, reject) => {
          settle = (result) =>
            result instanceof CustomerAuthError ? reject(result) : resolve(result)
        })
        // A scheduled renew nobody awaits must not surface as an unhandled rejection.
        promise.catch(() => {})
        waiting = { promise, settle, reason }
      }
      const { promise } = waiting
      if (!attempting) void run(session)
      return promise
    },
    resolveWaiting,
    stop() {
      abortRequest()
      releaseKept()
    },
  }
}
