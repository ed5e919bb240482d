import type { CustomerAuth, CustomerAuthEvent, CustomerAuthOptions } from './customer-auth.js'
import { createDeadlineWatch } from './deadline-watch.js'
import { tabView } from './follow-incoming.js'
import type { EngineCore } from './engine-core.js'
import { endSession, endSessionElsewhere, signOut } from './end-session.js'
import { resolveEngineServices, type EngineServices } from './engine-services.js'
import { establishSession, signIn, signInWithMultipass } from './establish-session.js'
import { fetchCustomer } from './fetch-customer.js'
import { checkIssuedToken, revokeQuietly } from './issued-token.js'
import { createListenerSet } from './listener-set.js'
import { createRenewController } from './renew-controller.js'
import { caughtUp, renewFailed, renewed } from './renew-host.js'
import { resolveRenewOptions } from './renew-scheduler.js'
import { restoreOnStart, takeInitialSession } from './restore-session.js'
import type { CustomerSession, IssuedToken, SessionEndReason } from './session.js'
import { createSessionStore } from './session-store.js'
import { initialState, nextState, type SessionTransition } from './session-transitions.js'
import { createSnapshotReader } from './snapshot-reader.js'
import { resolveStorage } from './storage/resolve-storage.js'
import { systemClock } from './system-clock.js'
import { tokenForUse, tokenRefused } from './token-for-use.js'
import { followTabs, type TabFollower } from './tab-follower.js'
import type { TabMessage } from './tab-sync.js'
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

  const now = (): number => clock.now()
  const live = (token: IssuedToken | null | undefined): token is CustomerSession =>
    !!token && now() < token.expiresAt
  const store = createSessionStore({
    storage,
    backendId,
    clock,
    onError: (error) => report('storage', error),
  })
  const signedOut = new Set<string>()

  function transition(
    change: SessionTransition,
    emitted: readonly CustomerAuthEvent[] = [],
    effects = noop,
  ): void {
    const previous = core.state
    core.state = nextState(previous, change, now())
    effects()
    if (core.state !== previous) changes.fire(undefined)
    for (const event of emitted) events.fire(event)
  }
  const report: EngineCore['report'] = (reason, error, change) =>
    transition(change ?? { type: 'failed', error }, [{ type: 'error', reason, error }])
  const ownMeta = (replaces: string | null) => ({ signedInAt: core.signedInAt, replaces })

  const take: EngineCore['take'] = (session, change, emitted, how) => {
    const { save, share, meta } = how ?? {
      save: true,
      share: true,
      meta: ownMeta(core.state.session?.sessionId ?? null),
    }
    transition(change, emitted)
    if (save) store.persist(session, meta)
    if (share) post({ type: 'session', session, ...meta })
    watch.reschedule()
  }

  const end: EngineCore['end'] = (reason, how) => endSession(core, reason, how)
  const post = (message: TabMessage): void => follower?.post(message)

  /** The coordinator alone writes the state, the epoch and `started`; the pieces read them. */
  const core: Writable<EngineCore> = {
    backend,
    ctx: { client },
    crossTab,
    signedOut,
    state: initialState,
    started: false,
    epoch: 0,
    signedInAt: -Infinity,
    store,
    get renewer() {
      return renewer
    },
    now,
    live,
    view: () => tabView(core),
    transition,
    report,
    ownMeta,
    take,
    end,
    replaced(previous) {
      if (previous) signedOut.add(previous.sessionId)
      renewer.resolveWaiting(clientError('ABORTED', 'Session replaced'))
      renewer.releaseLock()
    },
    revoke: (accessToken) => revokeQuietly(backend, core.ctx, accessToken),
    cancelTimer: () => watch.cancel(),
    reschedule: () => watch.reschedule(),
    validSession: () => watch.validSession(),
    check: () => watch.check(),
    caughtUp: (session, how) => caughtUp(core, session, how),
    renewStarted: () => transition({ type: 'renewStarted' }),
    renewed: (next, reason) => renewed(core, next, reason),
    renewFailed: (error, retryAt, retries) => renewFailed(core, error, retryAt, retries),
    renewSettled: () => transition({ type: 'renewSettled' }),
    staleness(session) {
      const epochAtStart = core.epoch
      return () =>
        core.epoch !== epochAtStart || core.state.session?.accessToken !== session.accessToken
    },
    post,
  }
  const watch = createDeadlineWatch(core, {
    clock,
    renewable,
    // Reported as an `error` event and in the state; the controller retries.
    renewDue: () => void requestRenew('scheduled').catch(noop),
  })
  const renewer = createRenewController({
    clock,
    options: renewOptions,
    acquireLock: links.acquireLock,
    send: async (accessToken, signal) =>
      checkIssuedToken(await backend.renew?.(accessToken, { client, signal }), now()),
    host: core,
  })

  function requestRenew(reason: 'scheduled' | 'manual'): Promise<CustomerSession> {
    if (!renewable()) return Promise.reject(clientError('UNSUPPORTED', `${backendId}: no renew`))
    const session = watch.validSession()
    if (!session) return Promise.reject(clientError('TOKEN_INVALID', 'No session to renew'))
    return renewer.request(session, reason)
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
      follower = followTabs(core, {
        backendId,
        storage,
        connect: links.connectTabs,
        wake: links.wake,
        ended: endedElsewhere,
      })
      watch.reschedule()
    },

    stop() {
      if (!core.started) return
      core.started = false
      restarted = true
      watch.cancel()
      renewer.stop()
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

    getAccessToken: () =>
      tokenForUse(core, { renewable, renew: (session) => renewer.request(session, 'scheduled') }),

    tokenRefused: (accessToken, reason) => tokenRefused(core, accessToken, reason),

    onEvent: (listener) => events.add(listener),
  }
}
