import type { BackendContext } from './backend.js'
import type {
  CustomerAuth,
  CustomerAuthEvent,
  CustomerAuthOptions,
  CustomerAuthState,
  ErrorReason,
  LoginReason,
} from './customer-auth.js'
import type { CustomerAuthError } from './customer-auth-error.js'
import { armDeadline } from './deadline-timer.js'
import { decideIncoming, isNewer, type IncomingDecision, type TabView } from './incoming-session.js'
import { checkIssuedToken, credentialsError } from './issued-token.js'
import { createListenerSet } from './listener-set.js'
import { randomId } from './random-id.js'
import { createRenewController } from './renew-controller.js'
import { createRenewLock, type AcquireRenewLock } from './renew-lock.js'
import { resolveRenewOptions } from './renew-scheduler.js'
import type { SessionRecord, SessionRecordMeta } from './session-codec.js'
import { createSessionStore } from './session-store.js'
import {
  expiredView,
  initialState,
  nextState,
  type SessionTransition,
} from './session-transitions.js'
import type { CustomerSession, IssuedToken, SessionEndReason } from './session.js'
import { resolveStorage } from './storage/resolve-storage.js'
import { systemClock } from './system-clock.js'
import { followTabs, type IncomingNews, type TabFollower } from './tab-follower.js'
import { connectTabs, type TabConnector } from './tab-sync.js'
import { clientError, toCustomerAuthError } from './to-customer-auth-error.js'
import { createWakeManager, type WakeManager } from './wake-manager.js'

/** The engine's links to the page, injectable so tests and embedders need no stubbed globals. */
export interface EngineServices {
  /** Default: a BroadcastChannel per backend, else the storage's change events. */
  readonly connectTabs: TabConnector
  /** Default: visibility, focus, online and pageshow, plus the slow poll. */
  readonly wake: WakeManager
  /** Default: `navigator.locks`, else a lease in the shared storage. */
  readonly acquireLock: AcquireRenewLock
}

const noop = (): void => {}

/**
 * The framework-free session engine: one per provider. This coordinator owns the one state and
 * the logout epoch and wires the pieces: the session store, the renew controller, the tab
 * follower and the pure rule for incoming sessions. See docs/session-lifecycle.md.
 */
export function createCustomerAuth(
  options: CustomerAuthOptions,
  services: Partial<EngineServices> = {},
): CustomerAuth {
  const { backend } = options
  const backendId = backend.id
  const clock = options.clock ?? systemClock
  const now = (): number => clock.now()
  const renewOptions = resolveRenewOptions(options.renew)
  const storage = resolveStorage(options.storage)
  const client = options.client ?? backend.createClient()
  const crossTab = options.crossTab ?? true
  const ctx: BackendContext = { client }
  const changes = createListenerSet<void>()
  const events = createListenerSet<CustomerAuthEvent>()
  if (options.onEvent) events.add(options.onEvent)

  let state = initialState
  /** Bumped by every logout (here or in another tab): results started before it are dropped. */
  let epoch = 0
  let started = false
  /** True after the first stop(): a later start() finds storage as other tabs left it. */
  let restarted = false
  /** When the current session was signed in, kept across renewals (crossings are judged by it). */
  let signedInAt = -Infinity
  /** Sessions signed out or replaced, here or elsewhere: a late renew of one never returns. */
  const signedOut = new Set<string>()
  let follower: TabFollower | undefined
  let cancelTimer = noop
  let expiryCheckQueued = false
  let expiredSnapshot = { of: state, view: state }

  const live = (session: IssuedToken | null | undefined): session is CustomerSession =>
    !!session && now() < session.expiresAt
  const renewable = (): boolean => backend.capabilities.renew && !!backend.renew
  const view = (): TabView => ({
    now: now(),
    held: state.session,
    heldSignedInAt: signedInAt,
    signedOut,
    lastStored: store.lastStored,
  })

  /** The one way the state changes: then side effects, subscribers, events, in that order. */
  function transition(
    change: SessionTransition,
    emitted: readonly CustomerAuthEvent[] = [],
    effects = noop,
  ): void {
    const previous = state
    state = nextState(state, change, now())
    effects()
    if (state !== previous) changes.fire()
    for (const event of emitted) events.fire(event)
  }
  const report = (reason: ErrorReason, error: CustomerAuthError, change?: SessionTransition) =>
    transition(change ?? { type: 'failed', error }, [{ type: 'error', reason, error }])

  const store = createSessionStore({
    storage,
    backendId,
    clock,
    onError: (error) => report('storage', error),
  })
  const ownMeta = (replaces: string | null): SessionRecordMeta => ({ signedInAt, replaces })

  const renewer = createRenewController({
    clock,
    options: renewOptions,
    acquireLock:
      services.acquireLock ??
      (crossTab
        ? createRenewLock(`storefront-auth:renew:${backendId}`, storage, clock, randomId())
        : async () => noop),
    send: async (accessToken, signal) =>
      checkIssuedToken(await backend.renew?.(accessToken, { client, signal }), now()),
    host: {
      validSession,
      isStarted: () => started,
      staleness,
      caughtUp(session) {
        // Another tab's renewal heard while this attempt waited for the lock (Shopify renews in
        // place, so the token alone does not tell).
        if (state.session && isNewer(state.session, session)) return true
        const stored = store.read()
        if (!stored) return false
        const news = newsOf(stored, { save: false })
        const decision = decideIncoming(news.incoming, view())
        follow(decision, news, 'other-tab')
        return decision.kind !== 'ignore'
      },
      started: () => transition({ type: 'renewStarted' }),
      renewed: (next, reason) =>
        take(next, { type: 'renewed', session: next, requestInFlight: false }, [
          { type: 'renew', reason, session: next },
        ]),
      tokenInvalid: (error) =>
        end('token-invalid', { broadcast: true, error, errorReason: 'renew' }),
      failed(error, retryAt) {
        report('renew', error, { type: 'renewFailed', error })
        // One retry per round across all tabs: the others wait for this retry point too.
        const session = state.session
        if (!session || !crossTab || !Number.isFinite(retryAt)) return
        const meta = { ...ownMeta(session.sessionId), retryAt }
        store.persist(session, meta, { quiet: true })
        follower?.post({ type: 'session', session, ...meta })
      },
      settled: () => transition({ type: 'renewSettled' }),
      scheduleChanged: reschedule,
      revoke,
    },
  })

  function reschedule(): void {
    cancelTimer()
    const session = state.session
    if (started && session)
      cancelTimer = armDeadline(
        clock,
        renewable() ? renewer.nextCheck(session) : session.expiresAt,
        check,
      )
  }

  /** A stored record as news from another tab (what storage holds has no known sender). */
  const newsOf = (record: SessionRecord, how: { save: boolean }): IncomingNews => ({
    incoming: {
      kind: 'session',
      session: record.session,
      signedInAt: record.signedInAt,
      retryAt: record.retryAt,
    },
    save: how.save,
  })

  /** Applies a decision about a session heard from another tab, storage, or a restore. */
  function follow(
    decision: IncomingDecision,
    news: IncomingNews,
    reason: 'restored' | 'other-tab',
  ) {
    const previous = state.session
    const { session: next, signedInAt: sentSignedInAt, replaces, retryAt } = news.incoming
    const meta = { signedInAt: sentSignedInAt ?? next.issuedAt, replaces, retryAt }
    if (decision.kind === 'retry-later' && previous) {
      renewer.retryNotBefore(decision.at, previous)
      return reschedule()
    }
    if (decision.kind !== 'take-newer' && decision.kind !== 'switch') return
    renewer.plan(next)
    if (retryAt !== undefined) renewer.retryNotBefore(retryAt, next)
    // A tab whose storage is its own (sessionStorage, memory) keeps a copy, as it was sent, so
    // that copies in shared storage are same-value writes.
    const how = { save: news.save, share: false, meta }
    if (decision.kind === 'take-newer') {
      renewer.resolveWaiting(next)
      const change = {
        type: 'renewed',
        session: next,
        requestInFlight: renewer.attempting,
      } as const
      return take(next, change, [{ type: 'renew', reason: 'other-tab', session: next }], how)
    }
    replaced(previous)
    signedInAt = meta.signedInAt
    const loggedOut = previous ? [{ type: 'logout', reason: 'replaced' } as const] : []
    take(
      next,
      { type: 'signedIn', session: next },
      [...loggedOut, { type: 'login', reason, session: next }],
      how,
    )
  }

  /** Makes `session` the current one: state, events, storage, other tabs, timers. */
  function take(
    session: CustomerSession,
    change: SessionTransition,
    emitted: CustomerAuthEvent[],
    how = { save: true, share: true, meta: ownMeta(state.session?.sessionId ?? null) },
  ): void {
    transition(change, emitted)
    if (how.save) store.persist(session, how.meta)
    if (how.share) follower?.post({ type: 'session', session, ...how.meta })
    reschedule()
  }

  /** Another customer's sign-in took over: `previous` is over for good, here and from tabs. */
  function replaced(previous: CustomerSession | null): void {
    if (previous) signedOut.add(previous.sessionId)
    renewer.resolveWaiting(clientError('ABORTED', 'Session replaced'))
  }

  /**
   * The current session if still valid, else null. Not a read: a session past its deadline is
   * first looked for in storage (a tab whose timers were frozen may have missed another tab's
   * renewal or sign-in), then ended as expired.
   */
  function validSession(): CustomerSession | null {
    if (state.session && !live(state.session) && started && crossTab) {
      const stored = store.read({ quiet: true })
      if (stored && live(stored.session)) {
        const news = newsOf(stored, { save: false })
        follow(decideIncoming(news.incoming, view()), news, 'other-tab')
      }
    }
    const session = state.session
    if (live(session)) return session
    if (session) end('expired', { broadcast: false })
    return null
  }

  /** The wall-clock check run by timers and every wake signal. */
  function check(): void {
    if (!validSession()) return
    // Reported as an `error` event and in the state; the controller retries.
    if (renewable() && renewer.isDue()) requestRenew('scheduled').catch(noop)
    reschedule()
  }

  const requestRenew = (reason: 'scheduled' | 'manual'): Promise<CustomerSession> => {
    if (!renewable()) return Promise.reject(clientError('UNSUPPORTED', `${backendId}: no renew`))
    const session = validSession()
    if (!session) return Promise.reject(clientError('TOKEN_INVALID', 'No session to renew'))
    return renewer.request(session, reason)
  }

  /**
   * Ends the session: `expired` (not broadcast: other tabs see the deadline themselves) or
   * signed out for `reason`. `error` replaces the state's error; `errorReason` emits it.
   */
  function end(
    reason: SessionEndReason,
    how: { broadcast: boolean; error?: CustomerAuthError; errorReason?: ErrorReason },
  ): void {
    const expired = reason === 'expired'
    const ended = state.session?.sessionId
    store.lastEnded = ended
    if (!expired && ended) signedOut.add(ended)
    cancelTimer()
    renewer.cancel()
    renewer.resolveWaiting(
      clientError(expired ? 'TOKEN_INVALID' : 'ABORTED', `Session ended: ${reason}`),
    )
    const emitted: CustomerAuthEvent[] = [
      expired ? { type: 'expire', reason: 'expired' } : { type: 'logout', reason },
    ] as CustomerAuthEvent[]
    if (how.errorReason && how.error)
      emitted.unshift({ type: 'error', reason: how.errorReason, error: how.error })
    transition({ type: 'ended', reason, error: how.error }, emitted, () => {
      // Before start (a server render noticing expiry) storage is not ours to touch yet.
      if (started || !expired) store.removeIfHolds(ended, { keepIfLive: expired })
      if (how.broadcast) follower?.post({ type: 'end', reason })
    })
  }

  /** Another tab ended the session (or storage lost it). */
  function endedElsewhere(reason: SessionEndReason): void {
    epoch += 1
    if (validSession())
      end(reason === 'logout' || reason === 'expired' ? 'logout-elsewhere' : reason, {
        broadcast: false,
      })
  }

  /** Best effort: the token was never handed to anyone and expires by itself. */
  function revoke(accessToken: string): void {
    // Wrapped so a backend that throws synchronously cannot escape either.
    Promise.resolve(accessToken)
      .then((token) => backend.logout(token, ctx))
      .catch(noop)
  }

  /** True once a logout happened or the session moved on since `session` was current. */
  function staleness(session: CustomerSession): () => boolean {
    const epochAtStart = epoch
    return () => epoch !== epochAtStart || state.session?.accessToken !== session.accessToken
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
    const previous = state.session
    // Dropped after a logout; and a token rotation (password change) continues the signed-in
    // session: with none left (signed out meanwhile, in any tab) it must not sign anyone in.
    const rotation = reason === 'update-customer'
    if (epoch !== epochAtStart || (rotation && !previous)) {
      if (typeof issued?.accessToken === 'string') revoke(issued.accessToken)
      throw clientError(
        'ABORTED',
        rotation && epoch === epochAtStart
          ? 'Dropped: signed out during the update'
          : 'Dropped: logout while signing in',
      )
    }
    const token = checkIssuedToken(issued, now())
    const sessionId = rotation && previous ? previous.sessionId : randomId()
    const session: CustomerSession = { ...token, sessionId }
    const emitted: CustomerAuthEvent[] = [{ type: 'login', reason, session }]
    if (previous && previous.sessionId !== sessionId) {
      emitted.unshift({ type: 'logout', reason: 'replaced' })
      if (previous.accessToken !== session.accessToken) revoke(previous.accessToken)
      replaced(previous)
    } else renewer.resolveWaiting(session)
    if (previous?.sessionId !== sessionId) signedInAt = session.issuedAt
    renewer.plan(session)
    take(session, { type: 'signedIn', session }, emitted)
    return session
  }

  const initial = options.initialSession
  const serverState: CustomerAuthState = initial
    ? { ...state, status: 'authenticated', session: initial, isAuthenticated: true }
    : state
  if (initial) {
    if (live(initial)) {
      renewer.plan(initial)
      transition({ type: 'signedIn', session: initial })
    } else transition({ type: 'foundExpired' })
  }

  return {
    backend,
    client,

    getSnapshot() {
      const session = state.session
      if (!session || live(session)) return state
      // The deadline passed unnoticed (frozen timers, or before start). This is a read: the
      // catch-up or the end happens right after, outside render. Until then a stored renewal
      // of this session is not shown as an expiry, and anything else is shown expired.
      if (!expiryCheckQueued) {
        expiryCheckQueued = true
        // Queued by a running engine: only while it still runs. Before start (a server render)
        // the session just ends, leaving storage alone.
        const queuedWhileStarted = started
        queueMicrotask(() => {
          expiryCheckQueued = false
          if (started) check()
          else if (!queuedWhileStarted) validSession()
        })
      }
      const stored = started && crossTab ? store.read({ quiet: true }) : null
      if (stored && live(stored.session)) return state
      if (expiredSnapshot.of !== state) expiredSnapshot = { of: state, view: expiredView(state) }
      return expiredSnapshot.view
    },

    getServerSnapshot: () => serverState,

    subscribe: (listener) => changes.add(listener),

    start() {
      if (started) return
      started = true
      const stored = store.read()
      if (stored && live(stored.session)) {
        const news = newsOf(stored, { save: false })
        follow(decideIncoming(news.incoming, view()), news, 'restored')
        // Written back even when unchanged: browsers cap how long a cookie set from script
        // lives, counted from its last write (Safari: 7 days), so each visit restarts the count.
        // Same-value writes to web storage change nothing and notify no tab.
        if (state.session?.sessionId === stored.session.sessionId)
          store.persist(state.session, stored)
      } else if (state.session) {
        // The app handed us a session (SSR) that storage lacks: keep it, so the next load has it.
        // After a stop (React's <Activity> hiding the provider) storage is the truth instead: the
        // session is gone because another tab ended it meanwhile, unheard.
        if (stored !== undefined && validSession())
          if (restarted) end('logout-elsewhere', { broadcast: false })
          else store.persist(state.session, ownMeta(null))
      } else if (stored) {
        store.remove()
        transition({ type: 'foundExpired' }, [{ type: 'expire', reason: 'expired' }])
      } else transition({ type: 'foundNothing' })
      follower = followTabs({
        backendId,
        storage,
        crossTab,
        connect: services.connectTabs ?? connectTabs,
        wake: services.wake ?? createWakeManager(clock, renewOptions.pollIntervalMs),
        store,
        view,
        apply: (decision, news) => follow(decision, news, 'other-tab'),
        ended: endedElsewhere,
        foundOwn(record) {
          const session = state.session
          if (session?.accessToken === record.session.accessToken)
            store.writeBackIfDue(session, record)
        },
        woke: check,
      })
      reschedule()
    },

    stop() {
      if (!started) return
      started = false
      restarted = true
      cancelTimer()
      renewer.stop()
      follower?.stop()
      follower = undefined
    },

    login(credentials) {
      const refused = credentialsError(credentials)
      if (refused) return Promise.reject(refused)
      const reason = credentials.oneTimeCode === undefined ? 'password' : 'one-time-code'
      return establish((context) => backend.login(credentials, context), reason)
    },

    loginWithMultipass(multipassToken) {
      const multipass = backend.loginWithMultipass
      if (!backend.capabilities.multipass || !multipass)
        return Promise.reject(clientError('UNSUPPORTED', `${backendId}: no Multipass`))
      return establish((context) => multipass.call(backend, multipassToken, context), 'multipass')
    },

    establish,

    renew: () => requestRenew('manual'),

    async logout() {
      epoch += 1
      const session = state.session
      if (!session) {
        // Expired or anonymous: the stored value may be a session this tab has not heard of yet.
        if (store.read()?.session.sessionId === store.lastEnded) store.remove()
        transition({ type: 'acknowledgedExpiry' })
        return
      }
      end('logout', { broadcast: true })
      try {
        await backend.logout(session.accessToken, ctx)
      } catch (cause) {
        report('revoke', toCustomerAuthError(cause))
      }
    },

    async fetchCustomer(signal) {
      const session = validSession()
      if (!session) return null
      const stale = staleness(session)
      let customer
      try {
        customer = await backend.fetchCustomer(session.accessToken, { client, signal })
      } catch (cause) {
        const error = toCustomerAuthError(cause)
        if (error.code !== 'ABORTED' && !stale()) {
          if (error.code === 'TOKEN_INVALID')
            end('token-invalid', { broadcast: true, error, errorReason: 'customer' })
          else report('customer', error)
        }
        throw error
      }
      if (customer === null && !stale()) end('customer-missing', { broadcast: true })
      return customer
    },

    onEvent: (listener) => events.add(listener),
  }
}
