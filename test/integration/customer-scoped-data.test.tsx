import { Profiler, StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { act, render } from '@testing-library/react'
import { QueryClient, useQuery } from '@tanstack/react-query'
import type { CustomerAuth } from '../../src/core/customer-auth.js'
import {
  CustomerAuthProvider,
  useCustomerAccessToken,
  useCustomerAuth,
  useCustomerAuthEngine,
  useCustomerQueryKey,
  useLogin,
  useLogout,
} from '../../src/react/index.js'
import { ada, grace, setUpEmulator } from './support/emulator-fixture.js'
import { renderAuthHook } from './support/render-auth.js'
import { until } from './support/until.js'

const fixture = setUpEmulator()

describe('useCustomerAccessToken', () => {
  it('re-renders only when the token changes, under StrictMode', async () => {
    let commits = 0
    let engine: CustomerAuth | undefined
    const seen: (string | null)[] = []
    function Token() {
      const token = useCustomerAccessToken()
      seen.push(token)
      return <span>{token ? 'token' : 'none'}</span>
    }
    function EngineHandle() {
      engine = useCustomerAuthEngine()
      return null
    }
    render(
      <StrictMode>
        <CustomerAuthProvider backend={fixture.backend('shopify')} storage="memory">
          <EngineHandle />
          <Profiler id="token" onRender={() => void (commits += 1)}>
            <Token />
          </Profiler>
        </CustomerAuthProvider>
      </StrictMode>,
    )
    await until(() => engine?.getSnapshot().status === 'anonymous', 'the engine to start')
    const tab = engine as CustomerAuth
    const onMount = commits

    const session = await act(() => tab.login({ ...ada }))
    const onLogin = commits - onMount
    expect(seen.at(-1)).toBe(session.accessToken)

    // Shopify renews in place: a new expiry, the same token, so nothing to render.
    const renewed = await act(() => tab.renew())
    expect(renewed.expiresAt).toBeGreaterThanOrEqual(session.expiresAt)
    expect(renewed.accessToken).toBe(session.accessToken)
    const onRenew = commits - onMount - onLogin

    await act(() => tab.logout())
    const onLogout = commits - onMount - onLogin - onRenew
    expect(seen.at(-1)).toBeNull()
    expect([onMount, onLogin, onRenew, onLogout]).toEqual([1, 1, 0, 1])
  })
})

describe('useCustomerQueryKey', () => {
  /** A tab with an app's own query of customer data keyed by the session. */
  function openTab(backend = fixture.backend('shopify')) {
    return renderAuthHook(
      () => {
        const queryKey = useCustomerQueryKey(['orders', { first: 10 }])
        const orders = useQuery({
          queryKey,
          queryFn: () => ({ ordersOf: queryKey[3] }),
          enabled: queryKey[3] !== null,
        })
        return {
          queryKey,
          orders,
          auth: useCustomerAuth(),
          login: useLogin(),
          logout: useLogout(),
          engine: useCustomerAuthEngine(),
        }
      },
      { backend, queryClient: new QueryClient() },
    )
  }
  type Tab = ReturnType<typeof openTab>
  const cachedSessions = (tab: Tab) =>
    tab.queryClient
      .getQueryCache()
      .findAll({ queryKey: ['storefront-auth', tab.result.current.engine.backend.id, 'customer'] })
      .map((query) => query.queryKey[3])
      .filter((sessionId) => sessionId !== null)

  it('keys the query by the session, the same array across renders', async () => {
    const tab = openTab()
    const signedOutKey = tab.result.current.queryKey
    expect(signedOutKey).toEqual([
      'storefront-auth',
      tab.result.current.engine.backend.id,
      'customer',
      null,
      'orders',
      { first: 10 },
    ])
    tab.rerender()
    expect(tab.result.current.queryKey).toBe(signedOutKey)
    const session = await act(() => tab.result.current.login.mutateAsync({ ...ada }))
    expect(tab.result.current.queryKey[3]).toBe(session.sessionId)
  })

  it('removes the queries of a session on sign-out, in every tab', async () => {
    const [a, b] = [openTab(), openTab()]
    const session = await act(() => a.result.current.login.mutateAsync({ ...ada }))
    await until(
      () => [a, b].every((tab) => tab.result.current.orders.data?.ordersOf === session.sessionId),
      'both tabs to load the orders',
    )
    await act(() => b.result.current.logout.mutateAsync())
    await until(() => a.result.current.auth.status === 'anonymous', 'the sign-out to reach tab a')
    expect(cachedSessions(a)).toEqual([])
    expect(cachedSessions(b)).toEqual([])
    expect(a.result.current.orders.data).toBeUndefined()
  })

  it('removes the previous customer’s queries on a customer switch, in every tab', async () => {
    const [a, b] = [openTab(), openTab()]
    const first = await act(() => a.result.current.login.mutateAsync({ ...ada }))
    await until(
      () => b.result.current.orders.data?.ordersOf === first.sessionId,
      'tab b to load the orders',
    )
    const second = await act(() => a.result.current.login.mutateAsync({ ...grace }))
    await until(
      () => b.result.current.orders.data?.ordersOf === second.sessionId,
      'tab b to follow the switch',
    )
    expect(cachedSessions(a)).toEqual([second.sessionId])
    expect(cachedSessions(b)).toEqual([second.sessionId])
  })

  it('keeps them across a renew', async () => {
    const tab = openTab()
    const session = await act(() => tab.result.current.login.mutateAsync({ ...ada }))
    await until(() => tab.result.current.orders.data !== undefined, 'the orders')
    await act(() => tab.result.current.engine.renew())
    expect(cachedSessions(tab)).toEqual([session.sessionId])
  })
})
