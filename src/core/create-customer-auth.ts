import type { CustomerAuth, CustomerAuthEvent, CustomerAuthOptions } from './customer-auth.js'
import { armDeadline } from './deadline-timer.js'
import type { EngineCore } from './engine-core.js'
import { endSession, endSessionElsewhere, signOut } from './end-session.js'
import { resolveEngineServices, type EngineServices } from './engine-services.js'
import { establishSession, signIn, signInWithMultipass } from './establish-session.js'
import { fetchCustomer } from './fetch-customer.js'
import { followIncoming } from './follow-incoming.js'
import { checkIssuedToken } from './issued-token.js'
import { createListenerSet } from './listener-set.js'
import { createRenewController } from './renew-controller.js'
import { createRenewHost } from './renew-host.js'
import { resolveRenewOptions } from './renew-scheduler.js'
import { adoptStored, restoreOnStart, takeInitialSession } from './restore-session.js'
import type { CustomerSession, SessionEndReason } from './session.js'
import { createSessionStore } from './session-store.js'
import { initialState, nextState } from './session-transitions.js'
import { createSnapshotReader } from './snapshot-reader.js'
import { resolveStorage } from './storage/resolve-storage.js'
import { systemClock } from './system-clock.js'
import { followTabs, type TabFollower } from './tab-follower.js'
import { clientError } from './to-customer-auth-error.js'

export type { EngineServices } from './engine-services.js'

const noop = (): void => {}

type Writable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * The framework-free session engine: one per provider. This coordinator owns the one state and
 * the logout epoch and wires the pieces: the session store, the renew controller, the tab
 * follower, the pure rule for incoming sessions (`decideIncoming`) and the named transitions.
 * The behaviour is described in docs/session-lifecycle.md and docs/tabs-and-storage.md.
 */
export function createCustomerAuth(
  options: CustomerAuthOptions,
  services: Partial<EngineServices> = {},
): CustomerAuth {
  const { backend } = options
  const backendId = backend.id
  const clock = options.clock ?? systemClock
  const renewOptions = resolveRenewOptions(options.renew)
  const storage = resolveStorage(options.storage)
  const client = options.client ?? backend.createClient()
  const crossTab = options.crossTab ?? true
  const pollIntervalMs = renewOptions.pollIntervalMs
  const links = resolveEngineServices(services, {
    backendId,
    storage,
    clock,
    crossTab,
    pollIntervalMs,
  })
  const changes = createListenerSet<undefined>()
  const events = createListenerSet<CustomerAuthEvent>()
  if (options.onEvent) events.add(options.onEvent)
  const renewable = (): boolean => backend.capabilities.renew && !!backend.renew
  /** True after the first stop(): a later start() finds storage as other tabs left it. */
  let restarted = false
  let follower: TabFollower | undefined
  let cancelTimer = noop

  /** The coordinator alone writes the state, the epoch and `started`; the pieces read them. */
  const core: Writable<EngineCore> = {
    backend,
    ctx: { client },
    crossTab,
    signedOut: new Set(),
    state: initialState,
    started: false,
    epoch: 0,
    signedInAt: -Infinity,
    store: createSessionStore({
      storage,
      backendId,
      clock,
      onError: (error) => core.report('storage', error),
    }),
    get renewer() {
      return renewer
    },
    now: () => clock.now(),
    live: (token): token is CustomerSession => !!token && clock.now() < token.expiresAt,
    view: () => ({
      now: clock.now(),
      held: core.state.session,
      heldSignedInAt: core.signedInAt,
      signedOut: core.signedOut,
      lastStored: core.store.lastStored,
    }),
    transition(change, emitted = [], effects = noop) {
      const previous = core.state
      core.state = nextState(previous, change, clock.now())
      effects()
      if (core.state !== previous) changes.fire(undefined)
      for (const event of emitted) events.fire(event)
    },
    report: (reason, error, change) =>
      core.transition(change ?? { type: 'failed', error }, [{ type: 'error', reason, error }]),
    ownMeta: (replaces) => ({ signedInAt: core.signedInAt, replaces }),
    take(session, change, emitted, how) {
      const { save, share, meta } = how ?? {
        save: true,
        share: true,
        meta: core.ownMeta(core.state.session?.sessionId ?? null),
      }
      core.transition(change, emitted)
      if (save) core.store.persist(session, meta)
      if (share) follower?.post({ type: 'session', session, ...meta })
      core.reschedule()
    },
    end: (reason, how) => endSession(core, reason, how),
    replaced(previous) {
      if (previous) core.signedOut.add(previous.sessionId)
      core.renewer.resolveWaiting(clientError('ABORTED', 'Session replaced'))
    },
    revoke(accessToken) {
      // Best effort, wrapped so a backend that throws synchronously cannot escape either.
      Promise.resolve(accessToken)
        .then((token) => backend.logout(token, core.ctx))
        .catch(noop)
    },
    cancelTimer: () => cancelTimer(),
    reschedule() {
      cancelTimer()
      const session = core.state.session
      if (core.started && session)
        cancelTimer = armDeadline(
          clock,
          renewable() ? core.renewer.nextCheck(session) : session.expiresAt,
          core.check,
        )
    },
    validSession() {
      // Not a read: a session past its deadline is first looked for in storage (a tab whose
      // timers were frozen may have missed another tab's renewal or sign-in), then ended.
      if (core.state.session && !core.live(core.state.session) && core.started && crossTab) {
        const stored = core.store.read({ quiet: true })
        if (stored && core.live(stored.session)) adoptStored(core, stored, 'other-tab')
      }
      const session = core.state.session
      if (core.live(session)) return session
      if (session) core.end('expired', { broadcast: false })
      return null
    },
    check() {
      if (!core.validSession()) return
      // Reported as an `error` event and in the state; the controller retries.
      if (renewable() && core.renewer.isDue()) requestRenew('scheduled').catch(noop)
      core.reschedule()
    },
    staleness(session) {
      const epochAtStart = core.epoch
      return () =>
        core.epoch !== epochAtStart || core.state.session?.accessToken !== session.accessToken
    },
    post: (message) => follower?.post(message),
  }
  const renewer = createRenewController({
    clock,
    options: renewOptions,
    acquireLock: links.acquireLock,
    send: async (accessToken, signal) =>
      checkIssuedToken(await backend.renew?.(accessToken, { client, signal }), clock.now()),
    host: createRenewHost(core),
  })

  function requestRenew(reason: 'scheduled' | 'manual'): Promise<CustomerSession> {
    if (!renewable()) return Promise.reject(clientError('UNSUPPORTED', `${backendId}: no renew`))
    const session = core.validSession()
    if (!session) return Promise.reject(clientError('TOKEN_INVALID', 'No session to renew'))
    return core.renewer.request(session, reason)
  }

  /** Another tab ended the session (or storage lost it): later results are dropped too. */
  function endedElsewhere(reason: SessionEndReason): void {
    core.epoch += 1
    endSessionElsewhere(core, reason)
  }

  const serverState = takeInitialSession(core, options.initialSession)

  return {
    backend,
    client,
    getSnapshot: createSnapshotReader(core),
    getServerSnapshot: () => serverState,
    subscribe: (listener) => changes.add(listener),

    start() {
      if (core.started) return
      core.started = true
      restoreOnStart(core, { restarted })
      follower = followTabs({
        backendId,
        storage,
        crossTab,
        connect: links.connectTabs,
        wake: links.wake,
        store: core.store,
        view: core.view,
        apply: (decision, news) => followIncoming(core, decision, news, 'other-tab'),
        ended: endedElsewhere,
        foundOwn(record) {
          const session = core.state.session
          if (session?.accessToken === record.session.accessToken)
            core.store.writeBackIfDue(session, record)
        },
        woke: core.check,
      })
      core.reschedule()
    },

    stop() {
      if (!core.started) return
      core.started = false
      restarted = true
      cancelTimer()
      core.renewer.stop()
      follower?.stop()
      follower = undefined
    },

    login: (credentials) => signIn(core, credentials),
    loginWithMultipass: (multipassToken) => signInWithMultipass(core, multipassToken),

    establish: (issue, reason) => establishSession(core, issue, reason),

    renew: () => requestRenew('manual'),

    logout() {
      core.epoch += 1
      return signOut(core)
    },

    fetchCustomer: (signal) => fetchCustomer(core, signal),

    onEvent: (listener) => events.add(listener),
  }
}
