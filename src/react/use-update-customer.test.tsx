import { act } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { UpdateCustomerResult } from '../core/backend.js'
import {
  createScriptedBackend,
  deferred,
  sampleCustomer,
} from '../core/test-support/scripted-backend.js'
import { renderAuthHook } from '../../test/integration/support/render-auth.js'
import { useCustomerAuth } from './use-customer-auth.js'
import { useCustomerAuthEngine } from './use-customer-auth-engine.js'
import { useLogout } from './use-logout.js'
import { useUpdateCustomer } from './use-update-customer.js'

describe('useUpdateCustomer', () => {
  it('drops the rotated token of a password change when another customer signed in meanwhile', async () => {
    const backend = createScriptedBackend({ lifetimeMs: 3_600_000 })
    const answer = deferred<UpdateCustomerResult>()
    backend.updateCustomer = () => answer.promise
    const { result } = renderAuthHook(
      () => ({ engine: useCustomerAuthEngine(), update: useUpdateCustomer() }),
      { backend, storage: 'memory', crossTab: false },
    )
    await act(() => result.current.engine.login({ email: 'ada@example.com', password: 'one' }))
    let pending: Promise<unknown> = Promise.resolve()
    act(() => {
      pending = result.current.update.mutateAsync({ password: 'a new password' }).catch((e) => e)
    })
    // Someone else signs in (here or in another tab) before the update answers.
    const grace = await act(() =>
      result.current.engine.login({ email: 'grace@example.com', password: 'two' }),
    )
    await act(async () => {
      answer.resolve({ customer: sampleCustomer, token: backend.issue('rotated') })
      expect(await pending).toMatchObject({ code: 'ABORTED' })
    })
    expect(result.current.engine.getSnapshot().session).toEqual(grace)
    expect(backend.calls.logout).toContain('rotated-3')
  })

  it('signing out while a password change is in flight keeps the customer signed out', async () => {
    const backend = createScriptedBackend({ lifetimeMs: 3_600_000 })
    const answer = deferred<UpdateCustomerResult>()
    backend.updateCustomer = () => answer.promise
    const { result, events } = renderAuthHook(
      () => ({
        engine: useCustomerAuthEngine(),
        auth: useCustomerAuth(),
        update: useUpdateCustomer(),
        logout: useLogout(),
      }),
      { backend, storage: 'local', crossTab: false },
    )
    await act(() => result.current.engine.login({ email: 'ada@example.com', password: 'one' }))
    let pending: Promise<unknown> = Promise.resolve()
    act(() => {
      pending = result.current.update.mutateAsync({ password: 'a new password' }).catch((e) => e)
    })
    // The customer presses "Sign out" (here or in another tab) before the update answers.
    await act(() => result.current.logout.mutateAsync())
    expect(result.current.auth.status).toBe('anonymous')
    let outcome: unknown
    await act(async () => {
      answer.resolve({ customer: sampleCustomer, token: backend.issue('rotated') })
      outcome = await pending
    })
    expect(result.current.auth).toMatchObject({ status: 'anonymous', session: null })
    expect(localStorage.length).toBe(0)
    expect(events.filter((event) => event.type === 'login')).toHaveLength(1)
    // The UI must not report a successful change, and the new token must not stay usable.
    expect(outcome).toMatchObject({ code: 'ABORTED' })
    expect(backend.calls.logout).toContain('rotated-2')
  })

  it('continues the session on the rotated token of a password change', async () => {
    const backend = createScriptedBackend({ lifetimeMs: 3_600_000 })
    backend.updateCustomer = async () => ({
      customer: sampleCustomer,
      token: backend.issue('rotated'),
    })
    const { result } = renderAuthHook(
      () => ({ engine: useCustomerAuthEngine(), update: useUpdateCustomer() }),
      { backend, storage: 'memory', crossTab: false },
    )
    const ada = await act(() =>
      result.current.engine.login({ email: 'ada@example.com', password: 'one' }),
    )
    await act(() => result.current.update.mutateAsync({ password: 'a new password' }))
    expect(result.current.engine.getSnapshot().session).toMatchObject({
      sessionId: ada.sessionId,
      accessToken: 'rotated-2',
    })
  })
})
