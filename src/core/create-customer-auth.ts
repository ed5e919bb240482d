import type { BackendContext } from './backend.js'
import type {
  CustomerAuth,
  CustomerAuthEvent,
  CustomerAuthOptions,
  CustomerAuthState,
  LoginReason,
  RenewReason,
} from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import type { Customer } from './customer.js'
import { armDeadline } from './deadline-timer.js'
import { randomId } from './random-id.js'
import { createRenewLock, type AcquireRenewLock } from './renew-lock.js'
import { backoffDelay, planRenewAt, resolveRenewOptions } from './renew-scheduler.js'
import { decodeSession, encodeSession, storageKey } from './session-codec.js'
import type { CustomerSession, IssuedToken, SessionEndReason } from './session.js'
import { resolveStorage } from './storage/resolve-storage.js'
import { systemClock } from './system-clock.js'
import { connectTabs, type TabMessage, type TabSync } from './tab-sync.js'
import { storageError, toCustomerAuthError } from './to-customer-auth-error.js'
import { createWakeManager } from './wake-manager.js'

interface InflightRenew {
  readonly sessionId: string
  readonly reason: RenewReason
  readonly promise: Promise<CustomerSession>
  readonly resolve: (session: CustomerSession) => void
  readonly reject: (error: CustomerAuthError) => void
}

type StatePatch = Partial<Omit<CustomerAuthState, 'isAuthenticated'>>

const clientError = (
  code: 'TOKEN_INVALID' | 'UNSUPPORTED' | 'ABORTED' | 'SERVER',
  message: string,
): CustomerAuthError => new CustomerAuthError(code, message, { source: 'client', retryable: false })

/**
 * A later token of the same session (renewed or rotated after the one we hold): older in
 * neither time and different in something. Equal times with another token happen when a renew
 * lands in the same millisecond; the token another tab just wrote is then the newer one.
 */
const isNewer = (a: IssuedToken, b: IssuedToken): boolean =>
  a.expiresAt >= b.expiresAt &&
  a.issuedAt >= b.issuedAt &&
  (a.accessToken !== b.accessToken || a.expiresAt !== b.expiresAt || a.issuedAt !== b.issuedAt)

/** Errors from outside (listeners) must not break the engine; rethrown where they surface. */
function safely(fn: () => void): void {
  try {
    fn()
  } catch (error) {
    queueMicrotask(() => {
      throw error
    })
  }
}

/**
 * The framework-free session engine: one per provider. See the "Session lifecycle" section of the
 * README for the behaviour; comments here say why the code is shaped as it is.
 */
export function createCustomerAuth(options: CustomerAuthOptions): CustomerAuth {
  const { backend } = options
  const clock = options.clock ?? systemClock
  const renewOptions = resolveRenewOptions(options.renew)
  const storage = resolveStorage(options.storage)
  const key = storageKey(backend.id)
  const client = options.client ?? backend.createClient()
  const crossTab = options.crossTab ?? true
  const acquireLock: AcquireRenewLock = crossTab
    ? createRenewLock(`storefront-auth:renew:${backend.id}`, storage, clock, randomId())
    : async () => () => {}
  const wake = createWakeManager(clock, renewOptions.pollIntervalMs)
  const ctx: BackendContext = { client }

  const listeners = new Set<() => void>()
  const eventListeners = new Set<(event: CustomerAuthEvent) => void>()
  if (options.onEvent) eventListeners.add(options.onEvent)

  /** Bumped by every logout (here or in another tab): results started before it are dropped. */
  let epoch = 0
  let started = false
  let disconnect: (() => void)[] = []
  let tabs: TabSync | undefined
  let cancelTimer: (() => void) | undefined
  let renewAt = Number.POSITIVE_INFINITY
  let retryAt: number | undefined
  let retryAttempt = 0
  /** False once a renew returned no later expiry: renewing again would only loop. */
  let extendable = true
  let attempting = false
  let inflight: InflightRenew | undefined

  const canRenew = (): boolean =>
    backend.capabilities.renew && typeof backend.renew === 'function' && extendable

  const build = (patch: StatePatch, from: CustomerAuthState): CustomerAuthState => {
    const next = { ...from, ...patch }
    const session = next.session
    return { ...next, isAuthenticated: session !== null && clock.now() < session.expiresAt }
  }

  const initial = options.initialSession ?? null
  let state: CustomerAuthState = build(
    initial === null
      ? { status: 'initializing', session: null }
      : initial.expiresAt > clock.now()
        ? { status: 'authenticated', session: initial }
        : { status: 'expired', session: null, endReason: 'expired' },
    { status: 'initializing', session: null, isAuthenticated: false, error: null, endReason: null },
  )
  if (state.session) plan(state.session)

  function emit(event: CustomerAuthEvent): void {
    for (const listener of [...eventListeners]) safely(() => listener(event))
  }

  /**
   * Replaces the snapshot (only when a field really changed, so `getSnapshot` stays referentially
   * stable), then runs side effects, notifies subscribers and emits events. `defer` postpones all
   * but the state change to a microtask: used when `getSnapshot` itself notices expiry during a
   * render, where notifying or writing storage is not allowed.
   */
  function commit(
    patch: StatePatch,
    events: readonly CustomerAuthEvent[] = [],
    effects?: () => void,
    defer = false,
  ): void {
    const next = build(patch, state)
    const changed = (Object.keys(next) as (keyof CustomerAuthState)[]).some(
      (name) => next[name] !== state[name],
    )
    if (changed) state = next
    const flush = (): void => {
      effects?.()
      if (changed) for (const listener of [...listeners]) safely(listener)
      for (const event of events) emit(event)
    }
    if (defer) queueMicrotask(flush)
    else flush()
  }

  function reportStorage(cause: unknown): void {
    const error = storageError(cause)
    commit({ error }, [{ type: 'error', reason: 'storage', error }])
  }

  function persist(session: CustomerSession): void {
    try {
      storage.setItem(key, encodeSession(session, backend.id), session.expiresAt)
    } catch (cause) {
      reportStorage(cause)
    }
  }

  function unpersist(): void {
    try {
      storage.removeItem(key)
    } catch (cause) {
      reportStorage(cause)
    }
  }

  /** `ok` is false when storage threw or held something we discarded. */
  function readStored(): { ok: boolean; session: CustomerSession | null } {
    let raw: string | null
    try {
      raw = storage.getItem(key)
    } catch (cause) {
      reportStorage(cause)
      return { ok: false, session: null }
    }
    const decoded = decodeSession(raw, backend.id)
    if (decoded.kind === 'invalid') {
      reportStorage(new Error('The stored session was corrupt or foreign and was discarded.'))
      try {
        storage.removeItem(key)
      } catch {
        // Already reported; the value is ignored either way.
      }
      return { ok: false, session: null }
    }
    return { ok: true, session: decoded.kind === 'session' ? decoded.session : null }
  }

  function plan(session: CustomerSession): void {
    renewAt = planRenewAt(session, renewOptions, Math.random())
    retryAt = undefined
    retryAttempt = 0
  }

  function settleInflight(result: CustomerSession | CustomerAuthError): void {
    const pending = inflight
    inflight = undefined
    if (!pending) return
    if (result instanceof CustomerAuthError) pending.reject(result)
    else pending.resolve(result)
  }

  function reschedule(): void {
    cancelTimer?.()
    cancelTimer = undefined
    const session = state.session
    if (!started || !session) return
    // While a renew runs only the deadline matters; a past renew point would re-fire at once.
    const due =
      attempting || !canRenew()
        ? session.expiresAt
        : Math.min(retryAt ?? renewAt, session.expiresAt)
    cancelTimer = armDeadline(clock, due, check)
  }

  /** The wall-clock check run by timers and every wake signal. */
  function check(): void {
    const session = state.session
    if (!session) return
    const now = clock.now()
    if (now >= session.expiresAt) {
      expire()
      return
    }
    if (!attempting && canRenew() && now >= (retryAt ?? renewAt)) {
      startRenew('scheduled').catch(() => {
        // Reported as an `error` event and in the state; the scheduler retries.
      })
    }
    reschedule()
  }

  function endSession(
    status: 'anonymous' | 'expired',
    endReason: SessionEndReason,
    events: readonly CustomerAuthEvent[],
    options: {
      broadcast: boolean
      error?: CustomerAuthError | null
      defer?: boolean
      keepStorage?: boolean
    },
  ): void {
    cancelTimer?.()
    cancelTimer = undefined
    renewAt = Number.POSITIVE_INFINITY
    retryAt = undefined
    settleInflight(
      clientError(
        status === 'expired' ? 'TOKEN_INVALID' : 'ABORTED',
        `The session ended (${endReason}).`,
      ),
    )
    commit(
      { status, session: null, endReason, error: options.error ?? state.error },
      events,
      () => {
        if (!options.keepStorage) unpersist()
        if (options.broadcast) tabs?.post({ type: 'end', reason: endReason })
      },
      options.defer,
    )
  }

  /** Past the deadline: no renew is ever sent for an expired token; other tabs see it themselves. */
  function expire(defer = false): void {
    if (!state.session) return
    endSession('expired', 'expired', [{ type: 'expire', reason: 'expired' }], {
      broadcast: false,
      defer,
      // Before start (e.g. a server render noticing expiry) storage is not ours to touch yet;
      // start() clears an expired stored session itself.
      keepStorage: !started,
    })
  }

  /** Takes a session that came from storage or another tab; returns false when nothing changed. */
  function adopt(next: CustomerSession, reason: 'restored' | 'other-tab', save: boolean): boolean {
    if (next.expiresAt <= clock.now()) return false
    const current = state.session
    if (current && current.sessionId === next.sessionId) {
      if (!isNewer(next, current)) return false
      extendable = next.expiresAt > current.expiresAt
      plan(next)
      commit({ session: next, status: attempting ? 'renewing' : 'authenticated', error: null }, [
        { type: 'renew', reason: 'other-tab', session: next },
      ])
      settleInflight(next)
    } else {
      settleInflight(clientError('ABORTED', 'Another session replaced this one.'))
      extendable = true
      plan(next)
      const events: CustomerAuthEvent[] = current ? [{ type: 'logout', reason: 'replaced' }] : []
      events.push({ type: 'login', reason, session: next })
      commit({ session: next, status: 'authenticated', error: null, endReason: null }, events)
    }
    // A tab whose storage is its own (sessionStorage, memory) keeps a copy; same-value writes
    // to shared storage are no-ops.
    if (save) persist(next)
    reschedule()
    return true
  }

  function onTabMessage(message: TabMessage): void {
    if (message.type === 'session') {
      adopt(message.session, 'other-tab', true)
      return
    }
    epoch += 1
    const session = state.session
    if (!session) return
    if (clock.now() >= session.expiresAt) {
      expire()
      return
    }
    const reason =
      message.reason === 'logout' || message.reason === 'expired'
        ? 'logout-elsewhere'
        : message.reason
    endSession('anonymous', reason, [{ type: 'logout', reason }], { broadcast: false })
  }

  function revokeQuietly(accessToken: string): void {
    // Wrapped so a backend that throws synchronously cannot escape either.
    Promise.resolve()
      .then(() => backend.logout(accessToken, ctx))
      .catch(() => {
        // Best effort: the token was never handed to anyone and expires by itself.
      })
  }

  /** A token the backend issued, checked before it becomes a session. */
  function checkIssued(issued: IssuedToken): IssuedToken {
    const { accessToken, expiresAt, issuedAt } = issued ?? ({} as IssuedToken)
    if (
      typeof accessToken !== 'string' ||
      accessToken === '' ||
      !Number.isFinite(expiresAt) ||
      !Number.isFinite(issuedAt)
    ) {
      throw clientError('SERVER', 'The backend returned an unusable token.')
    }
    if (expiresAt <= clock.now())
      throw clientError('TOKEN_INVALID', 'The issued token has already expired.')
    return { accessToken, expiresAt, issuedAt }
  }

  function startRenew(reason: RenewReason): Promise<CustomerSession> {
    const session = state.session
    if (!backend.capabilities.renew || typeof backend.renew !== 'function') {
      return Promise.reject(
        new CustomerAuthError('UNSUPPORTED', `The backend ${backend.id} cannot renew tokens.`, {
          source: 'client',
        }),
      )
    }
    if (!session || clock.now() >= session.expiresAt) {
      if (session) expire()
      return Promise.reject(clientError('TOKEN_INVALID', 'There is no valid session to renew.'))
    }
    if (!inflight) {
      let resolve!: (session: CustomerSession) => void
      let reject!: (error: CustomerAuthError) => void
      const promise = new Promise<CustomerSession>((res, rej) => {
        resolve = res
        reject = rej
      })
      // A scheduled renew nobody awaits must not surface as an unhandled rejection.
      promise.catch(() => {})
      inflight = { sessionId: session.sessionId, reason, promise, resolve, reject }
    }
    const pending = inflight
    if (!attempting) void attempt(session)
    return pending.promise
  }

  async function attempt(session: CustomerSession): Promise<void> {
    const renewFn = backend.renew
    if (!renewFn) return
    const epochAtStart = epoch
    const stale = (): boolean =>
      epoch !== epochAtStart || state.session?.accessToken !== session.accessToken
    attempting = true
    reschedule()
    let release: (() => void) | null = null
    try {
      release = await acquireLock()
      if (stale()) return
      if (release === null) {
        // Another tab is renewing this session: its result arrives as a message (or in storage);
        // look again shortly in case that tab dies first.
        retryAt = clock.now() + Math.max(renewOptions.backoffMs, 1_000)
        return
      }
      const stored = readStored().session
      if (stored && stored.sessionId === session.sessionId && isNewer(stored, session)) {
        adopt(stored, 'other-tab', false)
        return
      }
      commit({ status: 'renewing' })
      let issued: IssuedToken
      try {
        issued = checkIssued(await renewFn.call(backend, session.accessToken, ctx))
      } catch (cause) {
        if (!stale()) failRenew(toCustomerAuthError(cause))
        return
      }
      if (stale()) {
        // A token nobody holds (the session ended or moved on meanwhile) is revoked; the same
        // token as before or as now (Shopify renews in place) must not be.
        const orphan =
          issued.accessToken !== session.accessToken &&
          issued.accessToken !== state.session?.accessToken
        if (orphan) revokeQuietly(issued.accessToken)
        return
      }
      const next: CustomerSession = { ...issued, sessionId: session.sessionId }
      extendable = next.expiresAt > session.expiresAt
      plan(next)
      const reason = inflight?.reason ?? 'scheduled'
      commit({ status: 'authenticated', session: next, error: null }, [
        { type: 'renew', reason, session: next },
      ])
      persist(next)
      tabs?.post({ type: 'session', session: next })
      settleInflight(next)
    } finally {
      attempting = false
      release?.()
      if (state.status === 'renewing') commit({ status: 'authenticated' })
      reschedule()
    }
  }

  function failRenew(error: CustomerAuthError): void {
    const session = state.session
    if (!session) return
    if (error.retryable || error.code === 'ABORTED') {
      const at = clock.now() + backoffDelay(retryAttempt, renewOptions)
      retryAttempt += 1
      // A retry that would land past expiry is pointless: the session just expires then.
      retryAt = at < session.expiresAt ? at : Number.POSITIVE_INFINITY
      commit({ status: 'authenticated', error }, [{ type: 'error', reason: 'renew', error }])
      settleInflight(error)
      return
    }
    settleInflight(error)
    endSession(
      'anonymous',
      'token-invalid',
      [
        { type: 'error', reason: 'renew', error },
        { type: 'logout', reason: 'token-invalid' },
      ],
      { broadcast: true, error },
    )
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
      if (typeof issued?.accessToken === 'string') revokeQuietly(issued.accessToken)
      throw clientError('ABORTED', 'A logout happened while signing in; the sign-in was dropped.')
    }
    const token = checkIssued(issued)
    const previous = state.session
    // A token rotation of the signed-in customer (password change) is the same session.
    const sessionId = reason === 'update-customer' && previous ? previous.sessionId : randomId()
    const session: CustomerSession = { ...token, sessionId }
    const events: CustomerAuthEvent[] = []
    if (previous && previous.sessionId !== sessionId) {
      events.push({ type: 'logout', reason: 'replaced' })
      if (previous.accessToken !== session.accessToken) revokeQuietly(previous.accessToken)
      settleInflight(clientError('ABORTED', 'Another session replaced this one.'))
    } else {
      settleInflight(session)
    }
    events.push({ type: 'login', reason, session })
    extendable = true
    plan(session)
    commit({ status: 'authenticated', session, error: null, endReason: null }, events)
    persist(session)
    tabs?.post({ type: 'session', session })
    reschedule()
    return session
  }

  function currentSession(): CustomerSession | null {
    const session = state.session
    if (session && clock.now() >= session.expiresAt) {
      expire()
      return null
    }
    return session
  }

  const auth: CustomerAuth = {
    backend,
    client,

    getSnapshot() {
      const session = state.session
      if (session && clock.now() >= session.expiresAt) expire(true)
      return state
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },

    start() {
      if (started) return
      started = true
      const stored = readStored()
      if (stored.session && stored.session.expiresAt > clock.now()) {
        adopt(stored.session, 'restored', false)
      } else if (state.session) {
        // The app handed us a session (SSR) that storage lacks: keep it, so the next load has it.
        if (stored.ok) persist(state.session)
      } else if (stored.session) {
        unpersist()
        commit({ status: 'expired', endReason: 'expired' }, [{ type: 'expire', reason: 'expired' }])
      } else if (state.status === 'initializing') {
        commit({ status: 'anonymous' })
      }
      if (crossTab) {
        const sync = connectTabs(backend.id, storage, onTabMessage)
        tabs = sync
        disconnect.push(() => {
          sync.close()
          if (tabs === sync) tabs = undefined
        })
      }
      disconnect.push(wake.subscribe(check))
      reschedule()
    },

    stop() {
      if (!started) return
      started = false
      cancelTimer?.()
      cancelTimer = undefined
      for (const fn of disconnect) fn()
      disconnect = []
    },

    login(credentials) {
      return establish((context) => backend.login(credentials, context), 'password')
    },

    loginWithMultipass(multipassToken) {
      const loginWithMultipass = backend.loginWithMultipass
      if (!backend.capabilities.multipass || !loginWithMultipass) {
        return Promise.reject(
          new CustomerAuthError('UNSUPPORTED', `The backend ${backend.id} has no Multipass.`, {
            source: 'client',
          }),
        )
      }
      return establish(
        (context) => loginWithMultipass.call(backend, multipassToken, context),
        'multipass',
      )
    },

    establish,

    renew() {
      return startRenew('manual')
    },

    async logout() {
      epoch += 1
      const session = state.session
      if (!session) {
        unpersist()
        if (state.status === 'expired') commit({ status: 'anonymous', endReason: 'logout' })
        return
      }
      endSession('anonymous', 'logout', [{ type: 'logout', reason: 'logout' }], {
        broadcast: true,
        error: null,
      })
      try {
        await backend.logout(session.accessToken, ctx)
      } catch (cause) {
        const error = toCustomerAuthError(cause)
        commit({ error }, [{ type: 'error', reason: 'revoke', error }])
      }
    },

    async fetchCustomer(signal?: AbortSignal): Promise<Customer | null> {
      const session = currentSession()
      if (!session) return null
      const epochAtStart = epoch
      const stale = (): boolean =>
        epoch !== epochAtStart || state.session?.accessToken !== session.accessToken
      let customer: Customer | null
      try {
        customer = await backend.fetchCustomer(session.accessToken, { client, signal })
      } catch (cause) {
        const error = toCustomerAuthError(cause)
        if (error.code !== 'ABORTED' && !stale()) {
          if (error.code === 'TOKEN_INVALID') {
            endSession(
              'anonymous',
              'token-invalid',
              [
                { type: 'error', reason: 'customer', error },
                { type: 'logout', reason: 'token-invalid' },
              ],
              { broadcast: true, error },
            )
          } else {
            commit({ error }, [{ type: 'error', reason: 'customer', error }])
          }
        }
        throw error
      }
      if (customer === null && !stale()) {
        endSession(
          'anonymous',
          'customer-missing',
          [{ type: 'logout', reason: 'customer-missing' }],
          {
            broadcast: true,
          },
        )
      }
      return customer
    },

    onEvent(listener) {
      eventListeners.add(listener)
      return () => void eventListeners.delete(listener)
    },
  }
  return auth
}
