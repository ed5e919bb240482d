import { act } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { createScriptedBackend } from '../core/test-support/scripted-backend.js'
import { renderAuthHook } from '../../test/integration/support/render-auth.js'
import { useLogin } from './use-login.js'

/** An app-wide default for the app's own mutations (e.g. cart lines on a flaky network). */
const retryingApp = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: 2, retryDelay: 0 } },
  })

describe('auth mutations and retries', () => {
  it("does not resend a refused sign-in because of the app's default mutation retry", async () => {
    const backend = createScriptedBackend({ lifetimeMs: 3_600_000 })
    backend.script.login = async () => {
      throw new CustomerAuthError('INVALID_CREDENTIALS', 'Unidentified customer', {
        source: 'shopify',
      })
    }
    const { result } = renderAuthHook(() => useLogin(), {
      backend,
      storage: 'memory',
      crossTab: false,
      queryClient: retryingApp(),
    })
    await act(async () => {
      await result.current
        .mutateAsync({ email: 'ada@example.com', password: 'wrong' })
        .catch(() => {})
    })
    // One wrong password is one attempt toward Shopify's sign-in limit, not three.
    expect(backend.calls.login).toHaveLength(1)
  })

  it('retries as the hook itself asks, with the real password each time', async () => {
    const backend = createScriptedBackend({ lifetimeMs: 3_600_000 })
    let attempts = 0
    backend.script.login = async () => {
      attempts += 1
      if (attempts === 1)
        throw new CustomerAuthError('NETWORK', 'Failed to fetch', { source: 'shopify' })
      return backend.issue('login')
    }
    const { result } = renderAuthHook(
      () =>
        useLogin({
          retry: (failureCount, error) => error.retryable && failureCount < 1,
          retryDelay: 0,
        }),
      { backend, storage: 'memory', crossTab: false, queryClient: retryingApp() },
    )
    await act(() => result.current.mutateAsync({ email: 'ada@example.com', password: 'right' }))
    expect(backend.calls.login.map((credentials) => credentials.password)).toEqual([
      'right',
      'right',
    ])
  })
})
