import { act } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { UpdateCustomerResult } from '../core/backend.js'
import {
  createScriptedBackend,
  deferred,
  sampleCustomer,
} from '../core/test-support/scripted-backend.js'
import { renderAuthHook } from '../../test/integration/support/render-auth.js'
import { useCustomerAuthEngine } from './use-customer-auth-engine.js'
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
      pending = result.current.update.mutateAsync({ password: 'a new password' })
    })
    // Someone else signs in (here or in another tab) before the update answers.
    const grace = await act(() =>
      result.current.engine.login({ email: 'grace@example.com', password: 'two' }),
    )
    await act(async () => {
      answer.resolve({ customer: sampleCustomer, token: backend.issue('rotated') })
      await pending
    })
    expect(result.current.engine.getSnapshot().session).toEqual(grace)
    expect(backend.calls.logout).toContain('rotated-3')
  })
})
