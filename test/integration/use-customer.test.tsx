import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { QueryClient, keepPreviousData } from '@tanstack/react-query'
import type { Customer } from '../../src/core/customer.js'
import {
  customerQueryKey,
  useCustomer,
  useCustomerAuth,
  useCustomerAuthEngine,
  useLogin,
  useLogout,
  useRenew,
} from '../../src/react/index.js'
import { ada, grace, setUpEmulator } from './support/emulator-fixture.js'
import type { BackendName } from './support/emulator-fixture.js'
import { renderAuthHook } from './support/render-auth.js'
import { useFakeTime } from './support/fake-time.js'
import { turns, until } from './support/until.js'

const fixture = setUpEmulator()

const customerField: Record<BackendName, string> = { shopify: 'customer', adobe: 'customer' }

describe.each<BackendName>(['shopify', 'adobe'])('useCustomer (%s)', (name) => {
  it('returns one normalized customer shape', async () => {
    const { result } = renderAuthHook(() => ({ login: useLogin(), customer: useCustomer() }), {
      backend: fixture.backend(name),
    })
    expect(result.current.customer.fetchStatus).toBe('idle')
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.isSuccess, 'the customer')
    expect(result.current.customer.data).toMatchObject({
      id: expect.any(String),
      email: ada.email,
      firstName: 'Ada',
      lastName: 'Lovelace',
      displayName: 'Ada Lovelace',
    })
    expect(result.current.customer.data?.raw).toBeTypeOf('object')
  })

  it('sends one request for five consumers', async () => {
    const { result } = renderAuthHook(
      () => ({
        login: useLogin(),
        consumers: [useCustomer(), useCustomer(), useCustomer(), useCustomer(), useCustomer()],
      }),
      { backend: fixture.backend(name) },
    )
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.consumers.every((query) => query.isSuccess), 'every consumer')
    expect(fixture.emulator.requests.count({ field: customerField[name] })).toBe(1)
  })

  it('drops the cached customer on logout', async () => {
    const { result, queryClient } = renderAuthHook(
      () => ({
        login: useLogin(),
        logout: useLogout(),
        customer: useCustomer(),
        auth: useCustomerAuth(),
      }),
      { backend: fixture.backend(name) },
    )
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.isSuccess, 'the customer')
    const key = customerQueryKey(fixture.backend(name).id, session.sessionId)
    expect(queryClient.getQueryData(key)).toMatchObject({ email: ada.email })
    await act(() => result.current.logout.mutateAsync())
    expect(queryClient.getQueryData(key)).toBeUndefined()
    await until(() => result.current.customer.data === undefined, 'the customer to be gone')
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state),
      ),
    ).not.toContain(ada.email)
  })

  it('switches to the new customer when another one signs in', async () => {
    const { result, queryClient } = renderAuthHook(
      () => ({ login: useLogin(), customer: useCustomer() }),
      { backend: fixture.backend(name) },
    )
    const first = await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.data?.email === ada.email, 'Ada')
    await act(() => result.current.login.mutateAsync({ ...grace }))
    await until(() => result.current.customer.data?.email === grace.email, 'Grace')
    expect(
      queryClient.getQueryData(customerQueryKey(fixture.backend(name).id, first.sessionId)),
    ).toBeUndefined()
  })

  it('ends the session when the customer no longer exists for the token', async () => {
    const { result } = renderAuthHook(
      () => ({
        login: useLogin(),
        customer: useCustomer(),
        auth: useCustomerAuth(),
        engine: useCustomerAuthEngine(),
      }),
      { backend: fixture.backend(name) },
    )
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.isSuccess, 'the customer')
    // Revoked behind the app's back (another device, an admin): the next customer read finds out.
    const { engine } = result.current
    await engine.backend.logout(session.accessToken, { client: engine.client })
    await act(async () => {
      await result.current.customer.refetch()
    })
    await until(() => result.current.auth.status === 'anonymous', 'the session to end')
    // Both backends report "no customer for this token" as `null` (Shopify's `customer: null`,
    // Adobe Commerce's refused Bearer token), which ends the session.
    expect(result.current.auth.endReason).toBe('customer-missing')
    expect(result.current.customer.data ?? null).toBeNull()
  })
})

describe('useCustomer across a renewal (shopify)', () => {
  it('keeps the cached customer and sends no second customer request', async () => {
    const { result } = renderAuthHook(
      () => ({ login: useLogin(), renew: useRenew(), customer: useCustomer() }),
      { backend: fixture.backend('shopify') },
    )
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.isSuccess, 'the customer')
    const before = result.current.customer.data
    await act(() => result.current.renew.mutateAsync())
    await until(() => result.current.renew.isSuccess, 'the renew')
    expect(result.current.customer.data).toBe(before)
    expect(fixture.emulator.requests.count({ field: 'customer' })).toBe(1)
  })
})

describe('useCustomer when the customer request fails (shopify)', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
    fixture.emulator.faults.clear()
  })

  it('keeps the session, reports SERVER and retries after a 503', async () => {
    const time = useFakeTime(fixture.emulator)
    const { result, events } = renderAuthHook(
      () => ({ login: useLogin(), customer: useCustomer(), auth: useCustomerAuth() }),
      { backend: fixture.backend('shopify') },
    )
    fixture.emulator.faults.add({ kind: 'status', status: 503, field: 'customer' })
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(
      () => fixture.emulator.requests.count({ field: 'customer' }) === 1,
      'the first read',
    )
    await until(() => result.current.auth.error !== null, 'the error')
    expect(result.current.auth).toMatchObject({ status: 'authenticated', isAuthenticated: true })
    expect(result.current.auth.error?.code).toBe('SERVER')
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', reason: 'customer' }))
    // react-query's first retry comes after 1 s.
    await time.advanceUntil(() => result.current.customer.isSuccess, 100, 5_000)
    expect(result.current.customer.data?.email).toBe(ada.email)
    expect(fixture.emulator.requests.count({ field: 'customer' })).toBe(2)
  })

  it('does not retry a refusal', async () => {
    const { result } = renderAuthHook(
      () => ({ login: useLogin(), customer: useCustomer(), auth: useCustomerAuth() }),
      { backend: fixture.backend('shopify') },
    )
    fixture.emulator.faults.add({ kind: 'status', status: 401, field: 'customer' })
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.isError, 'the customer error')
    expect(result.current.customer.error?.retryable).toBe(false)
    await turns()
    expect(fixture.emulator.requests.count({ field: 'customer' })).toBe(1)
  })
})

describe("useCustomer with the app's keepPreviousData default (shopify)", () => {
  // A common app-wide default (pagination without flicker); it must not cross sessions.
  const appQueryClient = () =>
    new QueryClient({
      defaultOptions: { queries: { retry: false, placeholderData: keepPreviousData } },
    })

  it('never shows the previous customer after a logout', async () => {
    const { result } = renderAuthHook(
      () => ({ login: useLogin(), logout: useLogout(), customer: useCustomer() }),
      { backend: fixture.backend('shopify'), queryClient: appQueryClient() },
    )
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.data?.email === ada.email, 'Ada')
    await act(() => result.current.logout.mutateAsync())
    // Signed out: no customer may be shown ("Hello, Ada" on a shared computer).
    expect(result.current.customer.data).toBeUndefined()
    expect(result.current.customer.isPlaceholderData).toBe(false)
  })

  it("never shows the previous customer while the next one's loads", async () => {
    const shown: unknown[] = []
    const { result } = renderAuthHook(
      () => {
        const customer = useCustomer()
        shown.push(customer.data?.email)
        return { login: useLogin(), customer }
      },
      { backend: fixture.backend('shopify'), queryClient: appQueryClient() },
    )
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.data?.email === ada.email, 'Ada')
    const held = fixture.emulator.faults.add({ kind: 'hold', field: 'customer' })
    await act(() => result.current.login.mutateAsync({ ...grace }))
    shown.length = 0
    await turns()
    // Grace is signed in and her customer is still on its way: nothing is shown meanwhile.
    expect(result.current.customer.data).toBeUndefined()
    held.release()
    await until(() => result.current.customer.data?.email === grace.email, 'Grace')
    expect(shown).not.toContain(ada.email)
  })

  it("shows the hook's own placeholder while a session's customer loads, never while signed out", async () => {
    const placeholder: Customer = {
      id: '',
      email: '',
      firstName: null,
      lastName: null,
      displayName: 'Loading…',
      phone: null,
      acceptsMarketing: null,
      raw: {},
    }
    const { result } = renderAuthHook(
      () => ({ login: useLogin(), customer: useCustomer({ placeholderData: placeholder }) }),
      { backend: fixture.backend('shopify'), queryClient: appQueryClient() },
    )
    expect(result.current.customer.data).toBeUndefined()
    const held = fixture.emulator.faults.add({ kind: 'hold', field: 'customer' })
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.isPlaceholderData, 'the placeholder')
    expect(result.current.customer.data).toBe(placeholder)
    held.release()
    await until(() => result.current.customer.data?.email === ada.email, 'Ada')
  })
})
