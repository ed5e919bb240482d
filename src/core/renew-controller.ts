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
  /**
   * Under the lock before sending: true when no request is needed (see renew-host.ts). `manual`:
   * a customer asked; another tab's retry point does not hold it back.
   */
  caughtUp(session: CustomerSession, how: { readonly manual: boolean }): boolean
  /** The request is about to go out. */
  renewStarted(): void
  /** A new token of the session arrived. */
  renewed(next: CustomerSession, reason: RenewReason): void
  /** The renew failed; the next try is at `retryAt` (Infinity: none), after `retries` tries. */
  renewFailed(error: CustomerAuthError, retryAt: number, retries: number): void
  /** The request settled, whatever happened. */
  renewSettled(): void
  /** The next check moved (an attempt began or ended): re-arm the timer. */
  reschedule(): void
  /** A token nobody will hold. */
  revoke(accessToken: string): void
}

export interface RenewController {
  /**
   * Plans the next renew of a token just taken (signed in, restored, from another tab);
   * `renewedFrom`: the token it renewed, when it is a renewal (see planNext).
   */
  plan(session: CustomerSession, renewedFrom?: CustomerSession): void
  /**
   * Moves the next try to `at` (another tab's retry point), when later than planned, and the
   * backoff on to that tab's count of `retries`.
   */
  retryNotBefore(at: number, session: CustomerSession, retries?: number): void
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
  /** Lets go of the lock kept after a renew (the session ended or changed: nothing to hand off). */
  releaseLock(): void
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
        manual: boolean
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

  /**
   * One try for `session`; true when the session moved on meanwhile (replaced). `attempting` is
   * cleared synchronously when it ends, before any caller hears the result: a caller that renews
   * again as soon as its promise settles starts a new attempt instead of joining this one.
   */
  async function attemptOnce(session: CustomerSession): Promise<boolean> {
    const stale = host.staleness(session)
    attempting = true
    host.reschedule()
    let release: (() => void) | null = null
    let renewedHere = false
    try {
      release = await takeLock()
      // Stopped while waiting (unmount): send nothing; callers hear ABORTED, start() renews again.
      if (!host.started) {
        resolveWaiting(clientError('ABORTED', 'Stopped'))
        return false
      }
      if (stale()) return true
      if (!release) {
        // Another tab is renewing this session: its result arrives as a message (or in storage).
        renewAt = clock.now() + Math.max(options.backoffMs, LOCK_RETRY_MS)
        return false
      }
      if (host.caughtUp(session, { manual: waiting?.manual === true })) return false
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
        if (stale()) return true
        const error = toCustomerAuthError(cause)
        // Aborted by stop(): callers get the error; no event, and start() renews again.
        if (!host.started) resolveWaiting(error)
        else fail(session, error)
        return false
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
        return true
      }
      const next: CustomerSession = { ...issued, sessionId: session.sessionId }
      renewedHere = true
      planNext(next, session)
      const reason = waiting?.reason ?? 'scheduled'
      resolveWaiting(next)
      host.renewed(next, reason)
      return false
    } finally {
      attempting = false
      if (release) {
        if (renewedHere && host.started) keepLock(release)
        else release()
      }
      host.renewSettled()
      host.reschedule()
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
    host.renewFailed(error, renewAt, retryAttempt)
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
    // Callers that asked while an attempt ran for a session since replaced still wait: renew the
    // current one for them now, not at its renew point (unless a caller already started one).
    for (let session: CustomerSession | null = first; session;) {
      const movedOn = await attemptOnce(session)
      session = movedOn && waiting && host.started && !attempting ? host.validSession() : null
    }
  }

  return {
    plan: planNext,
    retryNotBefore(at, session, retries = 0) {
      if (at > renewAt) renewAt = at < session.expiresAt ? at : Infinity
      // The backoff goes on from the other tab's count, whichever tab sends the next try.
      retryAttempt = Math.max(retryAttempt, retries)
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
        waiting = { promise, settle, reason, manual: false }
      }
      // A customer's own request is sent even at another tab's retry point (see caughtUp).
      if (reason === 'manual') waiting.manual = true
      const { promise } = waiting
      if (!attempting) void run(session)
      return promise
    },
    resolveWaiting,
    releaseLock: releaseKept,
    stop() {
      abortRequest()
      releaseKept()
    },
  }
}
