import { describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import { MutationCache, QueryClient, useMutationState } from '@tanstack/react-query'
import { generateMultipassToken } from '../../src/multipass/multipass-token.js'
import {
  useActivateAccount,
  useCustomer,
  useLogin,
  useMultipassLogin,
  useRegister,
  useResetPassword,
  useUpdateCustomer,
} from '../../src/react/index.js'
import { renderAuthHook } from './support/render-auth.js'
import { ada, setUpEmulator } from './support/emulator-fixture.js'
import type { BackendName } from './support/emulator-fixture.js'
import { until } from './support/until.js'

const fixture = setUpEmulator()

/** Everything react-query keeps: mutation states (variables included) and query states. */
function cacheContents(queryClient: QueryClient): string {
  return JSON.stringify({
    mutations: queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state),
    queries: queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.state),
  })
}

describe.each<BackendName>(['shopify', 'adobe'])('password redaction (%s)', (name) => {
  it('keeps no password in the QueryClient after a sign-in succeeds', async () => {
    const { result, queryClient } = renderAuthHook(
      () => ({ login: useLogin(), customer: useCustomer() }),
      { backend: fixture.backend(name) },
    )
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await until(() => result.current.customer.isSuccess, 'the customer')
    expect(result.current.login.isSuccess).toBe(true)
    expect(result.current.login.variables).toEqual({ email: ada.email, password: '[redacted]' })
    expect(cacheContents(queryClient)).toContain(ada.email)
    expect(cacheContents(queryClient)).not.toContain(ada.password)
  })

  it('keeps no password in the QueryClient after a sign-in fails', async () => {
    const { result, queryClient } = renderAuthHook(() => useLogin(), {
      backend: fixture.backend(name),
    })
    const wrong = 'not-the-analytical-engine'
    await act(async () => {
      await expect(
        result.current.mutateAsync({ email: ada.email, password: wrong }),
      ).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      })
    })
    await until(() => result.current.isError, 'the error state')
    expect(result.current.error?.code).toBe('INVALID_CREDENTIALS')
    expect(cacheContents(queryClient)).not.toContain(wrong)
  })

  it('hands callbacks the redacted input, never the password', async () => {
    const seen: unknown[] = []
    const { result } = renderAuthHook(
      () =>
        useLogin({
          onMutate: (variables) => void seen.push(variables),
          onSettled: (_data, _error, variables) => void seen.push(variables),
        }),
      { backend: fixture.backend(name) },
    )
    await act(() =>
      result.current.mutateAsync(
        { ...ada },
        { onSuccess: (_data, variables) => void seen.push(variables) },
      ),
    )
    expect(seen).toHaveLength(3)
    for (const variables of seen)
      expect(variables).toEqual({ email: ada.email, password: '[redacted]' })
  })
})

describe('password redaction in the account hooks (shopify)', () => {
  it('keeps no password from registration, reset, activation or update in the QueryClient', async () => {
    const { emulator } = fixture
    const { result, queryClient } = renderAuthHook(
      () => ({
        register: useRegister(),
        reset: useResetPassword(),
        activate: useActivateAccount(),
        update: useUpdateCustomer(),
      }),
      { backend: fixture.backend('shopify') },
    )
    const secrets: string[] = []
    const secret = (label: string) => {
      const value = `${label}-secret-${secrets.length}-x9`
      secrets.push(value)
      return value
    }
    await act(() =>
      result.current.register.mutateAsync({
        email: 'redaction@example.com',
        password: secret('register'),
        firstName: 'Red',
      }),
    )
    await act(() => result.current.update.mutateAsync({ password: secret('update') }))
    // A failing reset and activation still keep nothing.
    await act(async () => {
      await expect(
        result.current.reset.mutateAsync({
          resetUrl: `https://${emulator.shopDomain}/account/reset/1/not-a-token`,
          password: secret('reset'),
        }),
      ).rejects.toBeDefined()
      await expect(
        result.current.activate.mutateAsync({
          customerId: 'gid://shopify/Customer/1',
          activationToken: 'not-a-token',
          password: secret('activate'),
        }),
      ).rejects.toBeDefined()
    })
    const contents = cacheContents(queryClient)
    for (const value of secrets) expect(contents).not.toContain(value)
    expect(contents).not.toContain('not-a-token')
  })
})

describe('the variables react-query keeps (shopify)', () => {
  it('useMutationState and the MutationCache callbacks see the redacted input in the shape the hook was called with', async () => {
    const cacheSaw: unknown[] = []
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false } },
      // An app's global error reporting (e.g. a toast or an error tracker).
      mutationCache: new MutationCache({
        onMutate: (variables) => void cacheSaw.push(variables),
        onError: (_error, variables) => void cacheSaw.push(variables),
      }),
    })
    const { result } = renderAuthHook(
      () => ({
        login: useLogin(),
        states: useMutationState({ select: (mutation) => mutation.state.variables }),
      }),
      { backend: fixture.backend('shopify'), queryClient },
    )
    const wrong = 'not-the-analytical-engine'
    await act(async () => {
      await result.current.login.mutateAsync({ email: ada.email, password: wrong }).catch(() => {})
    })
    const redacted = { email: ada.email, password: '[redacted]' }
    expect(cacheSaw).toEqual([redacted, redacted])
    // A second call keeps a mutation state of its own, still in the input's shape.
    act(() => result.current.login.mutate({ ...ada }))
    await until(() => result.current.states.length === 1, 'the pending sign-in')
    expect(result.current.states).toEqual([redacted])
    expect(cacheContents(queryClient)).not.toContain(wrong)
    expect(cacheContents(queryClient)).not.toContain(ada.password)
    await until(() => result.current.login.isSuccess, 'the sign-in')
  })

  it('keeps a Multipass token as { input: "[redacted]" } (a string cannot key the secret)', async () => {
    const { result, queryClient } = renderAuthHook(
      () => ({
        multipass: useMultipassLogin(),
        states: useMutationState({ select: (mutation) => mutation.state.variables }),
      }),
      { backend: fixture.backend('shopify') },
    )
    const token = await generateMultipassToken(fixture.emulator.multipassSecret, {
      email: ada.email,
    })
    act(() => result.current.multipass.mutate(token))
    await until(() => result.current.states.length === 1, 'the pending sign-in')
    expect(result.current.states).toEqual([{ input: '[redacted]' }])
    await until(() => result.current.multipass.isSuccess, 'the sign-in')
    expect(result.current.multipass.variables).toBe('[redacted]')
    expect(cacheContents(queryClient)).not.toContain(token)
  })
})
