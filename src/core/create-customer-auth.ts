import type { BackendContext } from './backend.js'
import type {
  CustomerAuth,
  CustomerAuthEvent,
  CustomerAuthOptions,
  CustomerAuthState,
  ErrorReason,
  LoginReason,
  RenewReason,
} from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import { armDeadline } from './deadline-timer.js'
import { randomId } from './random-id.js'
import { createRenewLock } from './renew-lock.js'
import { backoffDelay, planRenewAt, resolveRenewOptions } from './renew-scheduler.js'
import { decodeSession, encodeSession, storageKey } from './session-codec.js'
import type { CustomerSession, IssuedToken, SessionEndReason } from './session.js'
import { resolveStorage } from './storage/resolve-storage.js'
import { systemClock } from './system-clock.js'
import { connectTabs, type TabMessage, type TabSync } from './tab-sync.js'
import { clientError, storageError, toCustomerAuthError } from './to-customer-auth-error.js'
import { createWakeManager } from './wake-manager.js'

type StatePatch = Partial<Omit<CustomerAuthState, 'isAuthenticated'>>
type Listener<T> = (value: T) => void

const noop = (): void => {}

/**
 * A later token of the same session (renewed or rotated after the one we hold): older in
 * neither time and different in something. Equal times with another token happen when a renew
 * lands in the same millisecond; the token another tab just wrote is then the newer one.
 */
const isNewer = (a: IssuedToken, b: IssuedToken): boolean =>
  a.expiresAt >= b.expiresAt &&
  a.issuedAt >= b.issuedAt &&
  (a.accessToken !== b.accessToken || a.expiresAt !== b.expiresAt || a.issuedAt !== b.issuedAt)

/** Calls each listener; one that throws must not break the engine: rethrown on its own. */
function fire<T>(listeners: Set<Listener<T>>, value: T): void {
  for (const listener of [...listeners])
    try {
      listener(value)
    } catch (error) {
      queueMicrotask(() => {
        throw error
      })
    }
}

/** Adds to a listener set; returns the remover. */
const adder =
  <T>(listeners: Set<T>) =>
  (listener: T): (() => void) => {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }

/**
 * The framework-free session engine: one per provider. See the "Session lifecycle" section of the
 * README for the behaviour; comments here say why the code is shaped as it is. Written as one
 * closure over local variables on purpose: minifiers rename locals, never properties.
 */
export function createCustomerAuth(options: CustomerAuthOptions): CustomerAuth {
  const { backend, onEvent } = options
  const backendId = backend.id
  const clock = options.clock ?? systemClock
  const now = (): number => clock.now()
  const renewOptions = resolveRenewOptions(options.renew)
  const storage = resolveStorage(options.storage)
  const key = storageKey(backendId)
  const client = options.client ?? backend.createClient()
  const crossTab = options.crossTab ?? true
  const acquireLock = crossTab
    ? createRenewLock(`storefront-auth:renew:${backendId}`, storage, clock, randomId())
    : async () => noop
  const wake = createWakeManager(clock, renewOptions.pollIntervalMs)
  const ctx: BackendContext = { client }

  const listeners = new Set<Listener<void>>()
  const eventListeners = new Set<Listener<CustomerAuthEvent>>()
  if (onEvent) eventListeners.add(onEvent)

  /** Bumped by every logout (here or in another tab): results started before it are dropped. */
  let epoch = 0
  let started = false
  /**
   * Sessions signed out or replaced by another sign-in, here or elsewhere: another tab's renew of
   * one that crossed the logout or sign-in in flight must not switch tabs back to it. (Expiry is
   * not recorded: a renew that beat the deadline at the server is a valid session.)
   */
  const signedOut = new Set<string>()
  /**
   * The session a read of storage last found there. Set only by reads: a storage may drop a
   * write without throwing (a blocked cookie, one outside the page's path), and a session never
   * seen stored must not read as removed.
   */
  let held: string | undefined
  /** When this engine last wrote the session (see `resync`). */
  let writtenAt = -Infinity
  /**
   * When the current session was signed in, as far as this tab knows: the `issuedAt` of its first
   * token seen here, kept across renewals (see `adopt`).
   */
  let signedInAt = -Infinity
  /** The last session this engine held, ended for any reason: the only one it may unstore. */
  let lastEnded: string | undefined
  /** True after the first stop(): a later start() finds storage as other tabs left it. */
  let restarted = false
  let disconnect = noop
  let tabs: TabSync | undefined
  let cancelTimer = noop
  /** The next renew point, or retry point after a failure (Infinity: none). */
  let renewAt = Infinity
  let retryAttempt = 0
  /** False once a renew returned no later expiry: renewing again would only loop. */
  let extendable = true
  let attempting = false
  /** The renew callers wait for (single-flight), its settle function and why it started. */
  let inflight: Promise<CustomerSession> | undefined
  let settle: Listener<CustomerSession | CustomerAuthError> = noop
  let renewReason: RenewReason = 'scheduled'
  /** Cancels the renew request in flight and its timeout (stop() calls it too). */
  let abortRenew = noop
  let state = {
    status: 'initializing',
    session: null,
    isAuthenticated: false,
    error: null,
    endReason: null,
  } as CustomerAuthState

  const live = (session: IssuedToken | null | undefined): session is CustomerSession =>
    !!session && now() < session.expiresAt
  const renewable = (): boolean => backend.capabilities.renew && !!backend.renew

  /**
   * Replaces the snapshot (only when a field really changed, so `getSnapshot` stays referentially
   * stable), then runs side effects, notifies subscribers and emits events. `defer` postpones all
   * but the state change to a microtask: used when `getSnapshot` itself notices expiry during a
   * render, where notifying or writing storage is not allowed.
   */
  function commit(
    patch: StatePatch,
    events: readonly CustomerAuthEvent[] = [],
    effects = noop,
    defer?: boolean,
  ): void {
    const next = { ...state, ...patch }
    next.isAuthenticated = live(next.session)
    const changed = (Object.keys(next) as (keyof CustomerAuthState)[]).some(
      (name) => next[name] !== state[name],
    )
    if (changed) state = next
    const flush = (): void => {
      effects()
      if (changed) fire(listeners, undefined)
      for (const event of events) fire(eventListeners, event)
    }
    if (defer) queueMicrotask(flush)
    else flush()
  }

  const report = (reason: ErrorReason, error: CustomerAuthError, patch?: StatePatch): void =>
    commit({ ...patch, error }, [{ type: 'error', reason, error }])

  const store = (write: () => void): void => {
    try {
      write()
    } catch (cause) {
      report('storage', storageError(cause))
    }
  }
  const persist = (session: CustomerSession): void =>
    store(() => {
      storage.setItem(key, encodeSession(session, backendId), session.expiresAt)
      writtenAt = now()
      readStored(true)
    })
  const unpersist = (): void => store(() => storage.removeItem(key))

  /**
   * The stored session, `null` for none, `undefined` when storage threw or held junk. `quiet`
   * reads (the write check, the wake-up catch-up) leave failures to the reads that report them:
   * a broken storage must not raise an error on every wake.
   */
  function readStored(quiet?: boolean): CustomerSession | null | undefined {
    let decoded
    try {
      decoded = decodeSession(storage.getItem(key), backendId)
    } catch (cause) {
      if (!quiet) report('storage', storageError(cause))
      return
    }
    if (decoded.kind === 'session') {
      held = decoded.session.sessionId
      return decoded.session
    }
    if (decoded.kind === 'empty') return null
    if (quiet) return
    report('storage', storageError(new Error('Corrupt or foreign session discarded')))
    try {
      storage.removeItem(key)
    } catch {
      // Already reported; the value is ignored either way.
    }
  }

  function plan(session: CustomerSession, extends_: boolean): void {
    extendable = extends_
    renewAt = planRenewAt(session, renewOptions, Math.random())
    retryAttempt = 0
  }

  function settleInflight(result: CustomerSession | CustomerAuthError): void {
    if (inflight) {
      inflight = undefined
      settle(result)
    }
  }

  function reschedule(): void {
    cancelTimer()
    const session = state.session
    // While a renew runs only the deadline matters; a past renew point would re-fire at once.
    if (started && session)
      cancelTimer = armDeadline(
        clock,
        attempting || !(extendable && renewable())
          ? session.expiresAt
          : Math.min(renewAt, session.expiresAt),
        check,
      )
  }

  /** The session if still valid; one past its deadline is ended as expired here. */
  function current(defer?: boolean): CustomerSession | null {
    // A tab whose timers were frozen (background, Energy Saver) may have missed another tab's
    // renew of this session, or a sign-in: storage has the word before it is called expired.
    // While rendering (`defer`) adopting is not allowed (it notifies subscribers): what storage
    // holds is adopted right after (unless stopped meanwhile), and nothing expires before.
    if (state.session && !live(state.session) && started && crossTab) {
      const stored = readStored(true)
      if (live(stored))
        if (!defer) adopt(stored, 'other-tab', false)
        else {
          queueMicrotask(() => started && check())
          return null
        }
    }
    const session = state.session
    if (live(session)) return session
    if (session)
      // Before start (e.g. a server render noticing expiry) storage is not ours to touch yet;
      // start() clears an expired stored session itself. No renew is ever sent for it.
      end('expired', false, undefined, undefined, defer)
    return null
  }

  /** The wall-clock check run by timers and every wake signal. */
  function check(): void {
    if (!current()) return
    if (!attempting && extendable && renewable() && now() >= renewAt)
      // Reported as an `error` event and in the state; the scheduler retries.
      startRenew('scheduled').catch(noop)
    reschedule()
  }

  /**
   * Ends the session: `expired` (no broadcast: other tabs see the deadline themselves) or signed
   * out for `reason`. `error` (when given) replaces the state's error; `errorReason` emits it.
   */
  function end(
    reason: SessionEndReason,
    broadcast: boolean,
    error?: CustomerAuthError,
    errorReason?: ErrorReason,
    defer?: boolean,
  ): void {
    const expired = reason === 'expired'
    const keepStorage = expired && !started
    const ended = state.session?.sessionId
    lastEnded = ended
    if (!expired && ended) signedOut.add(ended)
    cancelTimer()
    renewAt = Infinity
    settleInflight(clientError(expired ? 'TOKEN_INVALID' : 'ABORTED', `Session ended: ${reason}`))
    const events = [{ type: expired ? 'expire' : 'logout', reason }] as CustomerAuthEvent[]
    if (errorReason && error) events.unshift({ type: 'error', reason: errorReason, error })
    commit(
      {
        status: expired ? 'expired' : 'anonymous',
        session: null,
        endReason: reason,
        error: error ?? state.error,
      },
      events,
      () => {
        // Only our session: another tab may have stored a new one since (signed out, then in).
        // An expiry removes only a token that is itself over: another tab may have renewed it.
        const stored = keepStorage ? null : readStored()
        if (stored?.sessionId === ended && !(expired && live(stored))) unpersist()
        if (broadcast) tabs?.post({ type: 'end', reason })
      },
      defer,
    )
  }

  /** Makes `session` the current one: state, events, storage, other tabs, timers. */
  function take(
    session: CustomerSession,
    events: CustomerAuthEvent[],
    status: 'authenticated' | 'renewing' = 'authenticated',
    save = true,
    share = true,
  ): void {
    const replaces = state.session?.sessionId ?? null
    if (replaces !== session.sessionId) signedInAt = session.issuedAt
    commit({ status, session, error: null, endReason: null }, events)
    if (save) persist(session)
    if (share) tabs?.post({ type: 'session', session, replaces })
    reschedule()
  }

  /** Another customer's sign-in took over: `previous` is over for good, here and from tabs. */
  const replaced = (previous: CustomerSession | null): void => {
    if (previous) signedOut.add(previous.sessionId)
    settleInflight(clientError('ABORTED', 'Session replaced'))
  }

  /**
   * Takes a session that came from storage or another tab, when it is news. `replaces`: what
   * the sending tab held before, when a message says so (see TabMessage).
   */
  function adopt(
    next: CustomerSession,
    reason: 'restored' | 'other-tab',
    save: boolean,
    replaces?: string | null,
  ): void {
    const previous = state.session
    const same = previous?.sessionId === next.sessionId ? previous : null
    if (!live(next) || signedOut.has(next.sessionId) || (same && !isNewer(next, same))) return
    // Two sign-ins that crossed (each tab took its own just before hearing of the other's) would
    // swap sessions between the tabs: unless the sender knowingly replaced ours, the greater
    // sessionId wins, so every tab, however it got either, settles on the same one. Only for
    // sign-ins moments apart (ours counted from its sign-in, not its last renewal): a sender that
    // held nothing (its storage is its own) and signed in later simply replaces ours, and so does
    // another session's renew (how a tab with its own storage that missed a sign-in catches up).
    if (
      !same &&
      live(previous) &&
      replaces !== undefined &&
      replaces !== previous.sessionId &&
      Math.abs(next.issuedAt - signedInAt) < 10_000 &&
      next.sessionId < previous.sessionId
    )
      return
    if (same) {
      plan(next, next.expiresAt > same.expiresAt)
      settleInflight(next)
    } else {
      replaced(previous)
      plan(next, true)
    }
    // A tab whose storage is its own (sessionStorage, memory) keeps a copy; same-value writes
    // to shared storage are no-ops.
    take(
      next,
      same
        ? [{ type: 'renew', reason: 'other-tab', session: next }]
        : [
            ...(previous ? [{ type: 'logout', reason: 'replaced' } as const] : []),
            { type: 'login', reason, session: next },
          ],
      same && attempting ? 'renewing' : 'authenticated',
      save,
      false,
    )
  }

  /**
   * Catches up with storage on wake: a tab restored from the back/forward cache, or one whose
   * messages were lost, may have missed a sign-in, renew or logout that other tabs stored.
   */
  function resync(): void {
    const stored = readStored(true)
    if (live(stored)) {
      adopt(stored, 'other-tab', false)
      // A tab open for days writes its session back daily: browsers cap a cookie set from
      // script counting from its last write (Safari: 7 days), and a cookie that lapsed while
      // its customer was active would read as a logout here.
      const session = state.session
      if (session?.accessToken === stored.accessToken && now() - writtenAt >= 86_400_000)
        persist(session)
    } else if (stored === null && held && state.session?.sessionId === held)
      onTabMessage({ type: 'end', reason: 'logout' })
  }

  function onTabMessage(message: TabMessage): void {
    if (message.type === 'session')
      return adopt(message.session, 'other-tab', true, message.replaces)
    epoch += 1
    const reason = message.reason
    if (current())
      end(reason === 'logout' || reason === 'expired' ? 'logout-elsewhere' : reason, false)
  }

  /** Best effort: the token was never handed to anyone and expires by itself. */
  const revoke = (accessToken: string): void => {
    // Wrapped so a backend that throws synchronously cannot escape either.
    Promise.resolve(accessToken)
      .then((token) => backend.logout(token, ctx))
      .catch(noop)
  }

  /** True once a logout happened or the session moved on since `session` was current. */
  const staleness = (session: CustomerSession): (() => boolean) => {
    const epochAtStart = epoch
    return () => epoch !== epochAtStart || state.session?.accessToken !== session.accessToken
  }

  /** A token the backend issued, checked before it becomes a session. */
  function checkIssued(issued: IssuedToken | undefined): IssuedToken {
    const { accessToken, expiresAt, issuedAt } = issued ?? ({} as IssuedToken)
    if (
      typeof accessToken !== 'string' ||
      !accessToken ||
      !Number.isFinite(expiresAt) ||
      !Number.isFinite(issuedAt)
    )
      throw clientError('SERVER', 'Unusable token')
    if (expiresAt <= now()) throw clientError('TOKEN_INVALID', 'Token already expired')
    return { accessToken, expiresAt, issuedAt }
  }

  function startRenew(reason: RenewReason): Promise<CustomerSession> {
    if (!renewable()) return Promise.reject(clientError('UNSUPPORTED', `${backendId}: no renew`))
    const session = current()
    if (!session) return Promise.reject(clientError('TOKEN_INVALID', 'No session to renew'))
    if (!inflight) {
      renewReason = reason
      inflight = new Promise((resolve, reject) => {
        settle = (result) =>
          result instanceof CustomerAuthError ? reject(result) : resolve(result)
      })
      // A scheduled renew nobody awaits must not surface as an unhandled rejection.
      inflight.catch(noop)
    }
    const pending = inflight
    if (!attempting) void attempt(session)
    return pending
  }

  async function attempt(session: CustomerSession): Promise<void> {
    const stale = staleness(session)
    attempting = true
    reschedule()
    let release: (() => void) | null = null
    /**
     * True when the session moved on meanwhile (replaced): callers that asked since still wait,
     * for the current session's renew.
     */
    let movedOn = false
    try {
      release = await acquireLock()
      // Stopped while waiting (unmount): send nothing; callers hear ABORTED, start() renews again.
      if (!started) return settleInflight(clientError('ABORTED', 'Stopped'))
      if ((movedOn = stale())) return
      if (!release) {
        // Another tab is renewing this session: its result arrives as a message (or in storage);
        // look again shortly in case that tab dies first.
        renewAt = now() + Math.max(renewOptions.backoffMs, 1_000)
        return
      }
      const stored = readStored()
      if (stored && stored.sessionId === session.sessionId && isNewer(stored, session))
        return adopt(stored, 'other-tab', false)
      commit({ status: 'renewing' })
      let issued: IssuedToken
      // A request that never answers would keep the lock (and every retry) until the browser
      // gives up, maybe past expiry: abort it after the timeout; ABORTED is retried like NETWORK.
      const controller = new AbortController()
      abortRenew = () => {
        disarm()
        controller.abort()
      }
      const disarm = armDeadline(clock, now() + renewOptions.requestTimeoutMs, abortRenew)
      try {
        issued = checkIssued(
          await backend.renew?.(session.accessToken, { client, signal: controller.signal }),
        )
      } catch (cause) {
        // Aborted by stop(): callers get the error; no event, and start() renews again.
        if (!(movedOn = stale())) (started ? failRenew : settleInflight)(toCustomerAuthError(cause))
        return
      } finally {
        // Aborting a settled request is a no-op; it just clears the timeout.
        abortRenew()
      }
      const token = issued.accessToken
      if ((movedOn = stale())) {
        // A token nobody holds (the session ended or moved on meanwhile) is revoked; the same
        // token as before or as now (Shopify renews in place) must not be.
        if (token !== session.accessToken && token !== state.session?.accessToken) revoke(token)
        return
      }
      const next: CustomerSession = { ...issued, sessionId: session.sessionId }
      plan(next, next.expiresAt > session.expiresAt)
      settleInflight(next)
      take(next, [{ type: 'renew', reason: renewReason, session: next }])
    } finally {
      attempting = false
      release?.()
      if (state.status === 'renewing') commit({ status: 'authenticated' })
      reschedule()
      // Callers that asked while this attempt ran for a session since replaced still wait:
      // renew the current one for them now, not at its renew point.
      const next = movedOn && inflight && started ? current() : null
      if (next) void attempt(next)
    }
  }

  function failRenew(error: CustomerAuthError): void {
    const session = state.session
    if (!session) return
    settleInflight(error)
    // Only the API saying this token is dead ends the session. Anything else (a storefront token
    // refused, a frozen shop, an answer nobody can explain) says nothing about the customer's
    // token, which stays valid: keep it, and try again, transient failures soon, the others
    // seldom (half the time left, at least maxBackoffMs) so a shop-wide problem costs few calls.
    if (error.code === 'TOKEN_INVALID') return end('token-invalid', true, error, 'renew')
    const at =
      now() +
      (error.retryable || error.code === 'ABORTED'
        ? backoffDelay(retryAttempt++, renewOptions)
        : Math.max(renewOptions.maxBackoffMs, (session.expiresAt - now()) / 2))
    // A retry that would land past expiry is pointless: the session just expires then.
    renewAt = at < session.expiresAt ? at : Infinity
    report('renew', error, { status: 'authenticated' })
  }

  async function establish(
    issue: (ctx: BackendContext) => Promise<IssuedToken>,
    reason: LoginReason,
  ): Promise<CustomerSession> {
    const epochAtStart = epoch
    let issued: IssuedToken
    try {
      issued = await issue(ctx)
    } catch (cause) {
      throw toCustomerAuthError(cause)
    }
    if (epoch !== epochAtStart) {
      if (typeof issued?.accessToken === 'string') revoke(issued.accessToken)
      throw clientError('ABORTED', 'Dropped: logout while signing in')
    }
    const previous = state.session
    // A token rotation (password change) continues the signed-in session; with none left (signed
    // out meanwhile, in any tab) it must not sign the customer back in.
    if (reason === 'update-customer' && !previous) {
      if (typeof issued?.accessToken === 'string') revoke(issued.accessToken)
      throw clientError('ABORTED', 'Dropped: signed out during the update')
    }
    const token = checkIssued(issued)
    const sessionId = reason === 'update-customer' && previous ? previous.sessionId : randomId()
    const session: CustomerSession = { ...token, sessionId }
    const events: CustomerAuthEvent[] = [{ type: 'login', reason, session }]
    if (previous && previous.sessionId !== sessionId) {
      events.unshift({ type: 'logout', reason: 'replaced' })
      if (previous.accessToken !== session.accessToken) revoke(previous.accessToken)
      replaced(previous)
    } else settleInflight(session)
    plan(session, true)
    take(session, events)
    return session
  }

  const initial = options.initialSession
  const serverState: CustomerAuthState = initial
    ? { ...state, status: 'authenticated', session: initial, isAuthenticated: true }
    : state
  if (initial) {
    if (live(initial)) {
      plan(initial, true)
      commit({ status: 'authenticated', session: initial })
    } else commit({ status: 'expired', endReason: 'expired' })
  }

  return {
    backend,
    client,

    getSnapshot() {
      current(true)
      return state
    },

    getServerSnapshot: () => serverState,

    subscribe: adder(listeners),

    start() {
      if (started) return
      started = true
      const stored = readStored()
      if (live(stored)) {
        adopt(stored, 'restored', false)
        // Written back even when unchanged: browsers cap how long a cookie set from script
        // lives, counted from its last write (Safari: 7 days), so each visit restarts the count.
        // Same-value writes to web storage change nothing and notify no tab.
        if (state.session?.sessionId === stored.sessionId) persist(state.session)
      } else if (state.session) {
        // The app handed us a session (SSR) that storage lacks: keep it, so the next load has it.
        // After a stop (React's <Activity> hiding the provider) storage is the truth instead: the
        // session is gone because another tab ended it meanwhile, unheard.
        if (stored !== undefined && current())
          if (restarted) end('logout-elsewhere', false)
          else persist(state.session)
      } else if (stored) {
        unpersist()
        commit({ status: 'expired', endReason: 'expired' }, [{ type: 'expire', reason: 'expired' }])
      } else if (state.status === 'initializing') commit({ status: 'anonymous' })
      if (crossTab) tabs = connectTabs(backendId, storage, onTabMessage)
      const unwake = wake.subscribe(() => {
        if (crossTab) resync()
        check()
      })
      disconnect = () => {
        unwake()
        tabs?.close()
        tabs = undefined
      }
      reschedule()
    },

    stop() {
      if (!started) return
      started = false
      restarted = true
      cancelTimer()
      abortRenew()
      disconnect()
    },

    login(credentials) {
      // Checked before sending: an API refusing a value of the wrong type echoes it, unquoted for
      // a number, and a form can hand over anything (`Object.fromEntries(new FormData(form))`).
      const secret = credentials.oneTimeCode === undefined ? 'password' : 'oneTimeCode'
      const wrong =
        typeof credentials.email !== 'string'
          ? 'email'
          : typeof credentials[secret as keyof typeof credentials] !== 'string'
            ? secret
            : null
      if (wrong)
        return Promise.reject(
          new CustomerAuthError('VALIDATION', `login(): ${wrong} must be a string`, {
            source: 'client',
            retryable: false,
            fieldErrors: { [wrong]: [{ code: 'INVALID', message: `${wrong} must be a string` }] },
          }),
        )
      return establish(
        (context) => backend.login(credentials, context),
        secret === 'password' ? 'password' : 'one-time-code',
      )
    },

    loginWithMultipass(multipassToken) {
      const multipass = backend.loginWithMultipass
      if (!backend.capabilities.multipass || !multipass)
        return Promise.reject(clientError('UNSUPPORTED', `${backendId}: no Multipass`))
      return establish((context) => multipass.call(backend, multipassToken, context), 'multipass')
    },

    establish,

    renew: () => startRenew('manual'),

    async logout() {
      epoch += 1
      const session = state.session
      if (!session) {
        // Expired or anonymous: the stored value may be a session this tab has not heard of yet.
        if (readStored()?.sessionId === lastEnded) unpersist()
        if (state.status === 'expired') commit({ status: 'anonymous', endReason: 'logout' })
        return
      }
      end('logout', true)
      try {
        await backend.logout(session.accessToken, ctx)
      } catch (cause) {
        report('revoke', toCustomerAuthError(cause))
      }
    },

    async fetchCustomer(signal) {
      const session = current()
      if (!session) return null
      const stale = staleness(session)
      let customer
      try {
        customer = await backend.fetchCustomer(session.accessToken, { client, signal })
      } catch (cause) {
        const error = toCustomerAuthError(cause)
        if (error.code !== 'ABORTED' && !stale()) {
          if (error.code === 'TOKEN_INVALID') end('token-invalid', true, error, 'customer')
          else report('customer', error)
        }
        throw error
      }
      if (customer === null && !stale()) end('customer-missing', true)
      return customer
    },

    onEvent: adder(eventListeners),
  }
}
