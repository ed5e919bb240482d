import { useContext, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import type { Client } from '@urql/core'
import type { CustomerAuthBackend } from '../core/backend.js'
import { createCustomerAuth } from '../core/create-customer-auth.js'
import type {
  Clock,
  CustomerAuth,
  CustomerAuthEvent,
  RenewOptions,
  StorageOption,
} from '../core/customer-auth.js'
import type { CustomerSession } from '../core/session.js'
import { CustomerAuthContext } from './customer-auth-context.js'
import type { CustomerAuthContextValue } from './customer-auth-context.js'
import { customerQueryPrefix } from './customer-query-key.js'

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
  readonly renew?: RenewOptions
  /** Tests: an injected clock to move time. */
  readonly clock?: Clock
  /** Share login, renew and logout with the other tabs of this origin. Default true. */
  readonly crossTab?: boolean
  readonly onEvent?: (event: CustomerAuthEvent) => void
  readonly children?: ReactNode
}

type EngineProps = Omit<CustomerAuthProviderProps, 'queryClient' | 'onEvent' | 'children'>

function createEngine(props: EngineProps): CustomerAuthContextValue['engine'] {
  const { backend, storage, client, initialSession, renew, clock, crossTab } = props
  return createCustomerAuth({ backend, storage, client, initialSession, renew, clock, crossTab })
}

interface EngineSlot {
  readonly engine: CustomerAuth
  /** Its state before start(): the hydration snapshot. */
  readonly serverState: CustomerAuthContextValue['serverState']
}

function createSlot(props: EngineProps): EngineSlot {
  const engine = createEngine(props)
  return { engine, serverState: engine.getSnapshot() }
}

/**
 * Gives its children a customer session. Thin by design (like react-query's provider): one core
 * engine per provider, started after mount and stopped on unmount, both idempotent, so
 * StrictMode's double mount sends nothing twice and leaves no timer or listener behind.
 */
export function CustomerAuthProvider(props: CustomerAuthProviderProps): ReactNode {
  const { backend, queryClient: queryClientProp, onEvent, children } = props
  // Read the context directly: useQueryClient() throws when there is no provider.
  const outerQueryClient = useContext(QueryClientContext)
  // Cheap to construct (two empty caches); it subscribes to nothing until mounted.
  const [privateQueryClient] = useState(() => new QueryClient())
  const queryClient = useMemo(
    () => queryClientProp ?? outerQueryClient ?? privateQueryClient,
    [queryClientProp, outerQueryClient, privateQueryClient],
  )

  // A private client is unreachable once we unmount: drop its queries and mutations with their
  // gc timers. Deferred to a microtask so it runs after the children's cleanups (which schedule gc)
  // and not at all for StrictMode's simulated unmount, which remounts in the same commit.
  const mounts = useRef(0)
  useEffect(() => {
    if (queryClient !== privateQueryClient) return undefined
    mounts.current += 1
    return () => {
      mounts.current -= 1
      queueMicrotask(() => {
        if (mounts.current === 0) privateQueryClient.clear()
      })
    }
  }, [queryClient, privateQueryClient])

  // Created in render (not in an effect) so the first render, on the server too, has the state.
  // Creating an engine has no side effects; start() does the work.
  const [slot, setSlot] = useState(() => createSlot(props))
  if (slot.engine.backend.id !== backend.id) setSlot(createSlot(props))
  const { engine, serverState } = slot

  useEffect(() => {
    if (onEvent === undefined) return undefined
    return engine.onEvent(onEvent)
  }, [engine, onEvent])

  // The customer cache follows the session: a logout or expiry drops it, a different customer's
  // session drops the previous one's entry. Renewals keep the sessionId and so the entry.
  useEffect(() => {
    const prefix = customerQueryPrefix(engine.backend.id)
    return engine.onEvent((event) => {
      if (event.type === 'logout' || event.type === 'expire')
        queryClient.removeQueries({ queryKey: prefix })
      else if (event.type === 'login')
        queryClient.removeQueries({
          queryKey: prefix,
          // The signed-out entry (sessionId null) holds no data; it is left to its gc.
          predicate: (query) =>
            query.queryKey[3] !== null && query.queryKey[3] !== event.session.sessionId,
        })
    })
  }, [engine, queryClient])

  // Declared after the listeners above so they hear the events start() emits (e.g. restored).
  useEffect(() => {
    engine.start()
    return () => engine.stop()
  }, [engine])

  const value = useMemo(
    () => ({ engine, queryClient, serverState }),
    [engine, queryClient, serverState],
  )
  const tree = <CustomerAuthContext.Provider value={value}>{children}</CustomerAuthContext.Provider>
  // An outer QueryClientProvider stays in charge of the app's own queries; the hooks are handed
  // their client explicitly. Without one, provide ours so it is mounted (focus/online refetch).
  return outerQueryClient ? (
    tree
  ) : (
    <QueryClientProvider client={queryClient}>{tree}</QueryClientProvider>
  )
}
