import { StrictMode } from 'react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { act, render, renderHook, screen } from '@testing-library/react'
import {
  QueryClient,
  QueryClientProvider,
  focusManager,
  onlineManager,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  CustomerAuthProvider,
  useCustomer,
  useCustomerAuth,
  useCustomerAuthEngine,
  useLogin,
  useLogout,
} from '../../src/react/index.js'
import { CustomerAuthError } from '../../src/core/customer-auth-error.js'
import { ada, setUpEmulator } from './support/emulator-fixture.js'
import { useFakeTime } from './support/fake-time.js'
import { renderAuthHook } from './support/render-auth.js'
import { until } from './support/until.js'

const fixture = setUpEmulator()

describe('CustomerAuthProvider', () => {
  it('sends one sign-in per call under StrictMode, and nothing on mount', async () => {
    const { result } = renderAuthHook(
      () => ({ login: useLogin(), status: useCustomerAuth((s) => s.status) }),
      {
        backend: fixture.backend('shopify'),
      },
    )
    expect(result.current.status).toBe('anonymous')
    expect(fixture.emulator.requests.count()).toBe(0)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    expect(fixture.emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(1)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    expect(fixture.emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(2)
    expect(result.current.status).toBe('authenticated')
  })

  it('leaves no timer, listener or channel behind after unmount', async () => {
    const time = useFakeTime(fixture.emulator)
    const listening = new Map<string, number>()
    const track = (target: EventTarget, label: string) => {
      const add = target.addEventListener.bind(target)
      const remove = target.removeEventListener.bind(target)
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        listening.set(`${label}:${type}`, (listening.get(`${label}:${type}`) ?? 0) + 1)
        add(type, listener, options)
      })
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
        listening.set(`${label}:${type}`, (listening.get(`${label}:${type}`) ?? 0) - 1)
        remove(type, listener, options)
      })
    }
    track(window, 'window')
    track(document, 'document')
    const open = new Set<BroadcastChannel>()
    const Original = globalThis.BroadcastChannel
    vi.stubGlobal(
      'BroadcastChannel',
      class extends Original {
        constructor(name: string) {
          super(name)
          open.add(this)
        }
        override close() {
          open.delete(this)
          super.close()
        }
      },
    )

    // No queryClient anywhere: the provider's private one is part of what must be cleaned up.
    function Account() {
      const login = useLogin()
      const customer = useCustomer()
      const logout = useLogout()
      return (
        <>
          <button onClick={() => login.mutate({ ...ada })}>Sign in</button>
          <button onClick={() => logout.mutate()}>Sign out</button>
          <p>{customer.data?.firstName ?? 'nobody'}</p>
        </>
      )
    }
    const view = render(
      <StrictMode>
        <CustomerAuthProvider backend={fixture.backend('shopify')}>
          <Account />
        </CustomerAuthProvider>
      </StrictMode>,
    )
    act(() => screen.getByText('Sign in').click())
    await until(() => screen.queryByText('Ada') !== null, 'the customer')
    await time.advance(60_000)
    expect(vi.getTimerCount()).toBeGreaterThan(0)
    expect(open.size).toBeGreaterThan(0)

    view.unmount()
    // Let what is already due run (react-query batches notifications with a 0 ms timeout).
    for (let i = 0; i < 3; i++) await act(() => vi.advanceTimersByTimeAsync(0))
    expect(vi.getTimerCount()).toBe(0)
    expect(open.size).toBe(0)
    for (const [key, count] of listening) expect({ key, count }).toEqual({ key, count: 0 })
  })

  it('works inside an outer QueryClientProvider and uses its client', async () => {
    const outer = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <QueryClientProvider client={outer}>
          <CustomerAuthProvider backend={fixture.backend('shopify')}>
            {children}
          </CustomerAuthProvider>
        </QueryClientProvider>
      </StrictMode>
    )
    const { result } = renderHook(() => ({ login: useLogin(), client: useQueryClient() }), {
      wrapper,
    })
    expect(result.current.client).toBe(outer)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    expect(outer.getMutationCache().getAll()).toHaveLength(1)
  })

  it('uses the queryClient prop for its hooks and leaves the outer provider to the app', async () => {
    const outer = new QueryClient()
    const own = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <QueryClientProvider client={outer}>
          <CustomerAuthProvider backend={fixture.backend('shopify')} queryClient={own}>
            {children}
          </CustomerAuthProvider>
        </QueryClientProvider>
      </StrictMode>
    )
    const { result } = renderHook(() => ({ login: useLogin(), client: useQueryClient() }), {
      wrapper,
    })
    expect(result.current.client).toBe(outer)
    await act(() => result.current.login.mutateAsync({ ...ada }))
    expect(own.getMutationCache().getAll()).toHaveLength(1)
    expect(outer.getMutationCache().getAll()).toHaveLength(0)
  })

  describe('with a queryClient prop beside an outer QueryClientProvider', () => {
    /** The prop client's mount() minus unmount() calls: 1 while the provider is mounted. */
    const countMounts = (client: QueryClient) => {
      const calls = { mount: 0, unmount: 0 }
      const mount = client.mount.bind(client)
      const unmount = client.unmount.bind(client)
      vi.spyOn(client, 'mount').mockImplementation(() => {
        calls.mount += 1
        mount()
      })
      vi.spyOn(client, 'unmount').mockImplementation(() => {
        calls.unmount += 1
        unmount()
      })
      return () => calls.mount - calls.unmount
    }

    const renderInsideOuter = (own: QueryClient) => {
      const outer = new QueryClient()
      // Stale at once, so that focus and reconnect refetch it.
      const useAccount = () => ({ login: useLogin(), customer: useCustomer({ staleTime: 0 }) })
      return renderHook(useAccount, {
        wrapper: ({ children }: { children: ReactNode }) => (
          <StrictMode>
            <QueryClientProvider client={outer}>
              <CustomerAuthProvider backend={fixture.backend('shopify')} queryClient={own}>
                {children}
              </CustomerAuthProvider>
            </QueryClientProvider>
          </StrictMode>
        ),
      })
    }

    it('refetches a stale customer when the window regains focus', async () => {
      const own = new QueryClient()
      const { result } = renderInsideOuter(own)
      await act(() => result.current.login.mutateAsync({ ...ada }))
      await until(() => result.current.customer.isSuccess, 'the customer')
      expect(fixture.emulator.requests.count({ field: 'customer' })).toBe(1)
      try {
        act(() => focusManager.setFocused(false))
        act(() => focusManager.setFocused(true))
        await until(
          () => fixture.emulator.requests.count({ field: 'customer' }) === 2,
          'a refetch on focus',
        )
      } finally {
        focusManager.setFocused(undefined)
      }
    })

    it('refetches a stale customer when the browser comes back online', async () => {
      const own = new QueryClient()
      const { result } = renderInsideOuter(own)
      await act(() => result.current.login.mutateAsync({ ...ada }))
      await until(() => result.current.customer.isSuccess, 'the customer')
      try {
        act(() => onlineManager.setOnline(false))
        act(() => onlineManager.setOnline(true))
        await until(
          () => fixture.emulator.requests.count({ field: 'customer' }) === 2,
          'a refetch on reconnect',
        )
      } finally {
        onlineManager.setOnline(true)
      }
    })

    it('mounts the prop client once while mounted and leaves it unmounted after', () => {
      const own = new QueryClient()
      const mounted = countMounts(own)
      const view = renderInsideOuter(own)
      expect(mounted()).toBe(1)
      view.unmount()
      expect(mounted()).toBe(0)
    })
  })

  it("leaves the app's client refetching on focus after it unmounts inside the app's provider", async () => {
    const outer = new QueryClient()
    let fetches = 0
    function AppQuery() {
      // The app's own query, stale at once, on the app's client.
      useQuery({ queryKey: ['app'], queryFn: () => ++fetches, staleTime: 0 })
      return null
    }
    const view = (withAuth: boolean) => (
      <StrictMode>
        <QueryClientProvider client={outer}>
          <AppQuery />
          {withAuth && <CustomerAuthProvider backend={fixture.backend('shopify')} />}
        </QueryClientProvider>
      </StrictMode>
    )
    const { rerender } = render(view(true))
    await until(() => fetches === 1, 'the app query')
    rerender(view(false))
    try {
      act(() => focusManager.setFocused(false))
      act(() => focusManager.setFocused(true))
      await until(() => fetches === 2, "a refetch of the app's query on focus")
    } finally {
      focusManager.setFocused(undefined)
    }
  })

  it('provides a QueryClient to its children when the app has none', () => {
    const { result } = renderAuthHook(() => useQueryClient(), {
      backend: fixture.backend('shopify'),
    })
    expect(result.current).toBeInstanceOf(QueryClient)
  })

  it('keeps its engine for a new backend object with the same id, and starts a new one for a new id', () => {
    let backend = fixture.backend('shopify')
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <CustomerAuthProvider backend={backend}>{children}</CustomerAuthProvider>
      </StrictMode>
    )
    const { result, rerender } = renderHook(() => useCustomerAuthEngine(), { wrapper })
    const first = result.current
    backend = fixture.backend('shopify')
    rerender()
    expect(result.current).toBe(first)
    backend = fixture.backend('adobe')
    rerender()
    expect(result.current).not.toBe(first)
    expect(result.current.backend.id).toBe(backend.id)
  })

  it('fails with a CONFIGURATION error when a hook is used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let thrown: unknown
    try {
      renderHook(() => useLogin())
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(CustomerAuthError)
    expect(thrown).toMatchObject({ code: 'CONFIGURATION' })
  })
})
