import { useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import type { Client } from '@urql/core'
import type { CustomerAuthBackend } from '../core/backend.js'
import { createCustomerAuth } from '../core/create-customer-auth.js'
import type {
  Clock,
  CustomerAuthEvent,
  RenewOptions,
  StorageOption,
} from '../core/customer-auth.js'
import type { CustomerSession } from '../core/session.js'
import { CustomerAuthContext } from './customer-auth-context.js'
import { customerQueryPrefix } from './customer-query-key.js'

/** The props of `CustomerAuthProvider`: the engine's options plus `queryClient` and `children`. */
export interface CustomerAuthProviderProps {
  /** `shopifyStorefront({...})` or `adobeCommerce({...})`. A new `id` starts a new engine. */
  readonly backend: CustomerAuthBackend
  /** Where the session is kept between page loads. Default `'local'`. Read once per engine. */
  readonly storage?: StorageOption
  /** Else the surrounding QueryClientProvider's, else a private one. */
  readonly queryClient?: QueryClient
  /** An urql client for the backend's endpoint; default `backend.createClient()`. */
  readonly client?: Client
  /** The session the server rendered with (read from the cookie), so hydration matches. */
  readonly initialSession?: CustomerSession | null
  /** When to renew and how to retry a failed renew; see `RenewOptions`. */
  readonly renew?: RenewOptions
  /** Tests: an injected clock to move time. */
  readonly clock?: Clock
  /** Share login, renew and logout with the other tabs of this origin. Default true. */
  readonly crossTab?: boolean
  /** Called with each session event (`login`, `renew`, `logout`, `expire`, `error`). */
  readonly onEvent?: (event: CustomerAuthEvent) => void
  readonly children?: ReactNode
}

/**
 * Gives its children a customer session. Thin by design (like react-query's provider): one core
 * engine per provider, started after mount and stopped on unmount, both idempotent, so
 * StrictMode's double mount sends nothing twice and leaves no timer or listener behind.
 */
export function CustomerAuthProvider(props: CustomerAuthProviderProps): ReactNode {
  // What is left after these is the engine's options (backend, storage, client, clock, ...).
  const { queryClient: queryClientProp, onEvent, children, ...engineOptions } = props
  // Read the context directly: useQueryClient() throws when there is no provider.
  const outerQueryClient = useContext(QueryClientContext)
  // Cheap to construct (two empty caches); it subscribes to nothing until mounted.
  const [privateQueryClient] = useState(() => new QueryClient())
  const queryClient = queryClientProp ?? outerQueryClient ?? privateQueryClient

  // Mount the client the hooks use, so react-query's focus and reconnect refetching applies to
  // it: a QueryClientProvider mounts only its own client, and beside the app's we render none, so
  // a `queryClient` prop would otherwise never be mounted. react-query counts mount() calls, so
  // this is balanced under StrictMode and harmless for a client a QueryClientProvider mounts too.
  const mounted = useRef<QueryClient>(undefined)
  useEffect(() => {
    queryClient.mount()
    mounted.current = queryClient
    return () => {
      queryClient.unmount()
      mounted.current = undefined
      // A private client is unreachable once we unmount: drop its queries and mutations with
      // their gc timers. Deferred to a microtask so it runs after the children's cleanups (which
      // schedule gc), and skipped when StrictMode's simulated unmount remounts it meanwhile.
      if (queryClient === privateQueryClient)
        queueMicrotask(() => {
          if (mounted.current !== queryClient) queryClient.clear()
        })
    }
  }, [queryClient, privateQueryClient])

  // Created in render (not in an effect) so the first render, on the server too, has the state;
  // its state before start() is the hydration snapshot. Creating an engine has no side effects;
  // start() does the work. A new backend id starts a new engine.
  const createSlot = () => {
    const engine = createCustomerAuth(engineOptions)
    return { engine, serverState: engine.getServerSnapshot() }
  }
  const [slot, setSlot] = useState(createSlot)
  if (slot.engine.backend.id !== props.backend.id) setSlot(createSlot())
  const { engine } = slot

  useEffect(() => onEvent && engine.onEvent(onEvent), [engine, onEvent])

  // The customer cache follows the session: on any state change (login, logout, expiry, a session
  // from another tab), drop the entries of every session but the current one. A renewal keeps the
  // sessionId and so the entry. The signed-out entry (sessionId null) holds no data: left to gc.
  useEffect(
    () =>
      engine.subscribe(() => {
        const current = engine.getSnapshot().session?.sessionId
        queryClient.removeQueries({
          queryKey: customerQueryPrefix(engine.backend.id),
          predicate: ({ queryKey: [, , , sessionId] }) =>
            sessionId !== null && sessionId !== current,
        })
      }),
    [engine, queryClient],
  )

  // Declared after the listeners above so they hear the events start() emits (e.g. restored).
  useEffect(() => {
    engine.start()
    return engine.stop
  }, [engine])

  const value = useMemo(() => ({ ...slot, queryClient }), [slot, queryClient])
  const tree = <CustomerAuthContext.Provider value={value}>{children}</CustomerAuthContext.Provider>
  // An outer QueryClientProvider stays in charge of the app's own queries; the hooks are handed
  // their client explicitly. Without one, provide ours so the app's own hooks below find it.
  return outerQueryClient ? (
    tree
  ) : (
    <QueryClientProvider client={queryClient}>{tree}</QueryClientProvider>
  )
}
