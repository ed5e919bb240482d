import { describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import {
  REDACTED,
  useChangePassword,
  useCustomer,
  useCustomerAuth,
  useRegister,
} from '../../src/react/index.js'
import { setUpEmulator } from './support/emulator-fixture.js'
import type { BackendName } from './support/emulator-fixture.js'
import { renderAuthHook } from './support/render-auth.js'
import { until } from './support/until.js'

const fixture = setUpEmulator()

let uniqueId = 0
const newPassword = () => `Changed-Password-${uniqueId++}`
const firstPassword = 'First-Password-1'

/** A new customer per test, signed in by the sign-up, with `firstPassword`. */
async function signUp(result: {
  current: { register: ReturnType<typeof useRegister> }
}): Promise<string> {
  const email = `change-${Date.now()}-${uniqueId++}@example.com`
  await act(() =>
    result.current.register.mutateAsync({
      email,
      password: firstPassword,
      firstName: 'Ada',
      lastName: 'Lovelace',
    }),
  )
  return email
}

function renderChangePassword(name: BackendName) {
  return renderAuthHook(
    () => ({
      auth: useCustomerAuth(),
      register: useRegister(),
      change: useChangePassword(),
      customer: useCustomer(),
    }),
    { backend: fixture.backend(name), storage: 'memory', crossTab: false },
  )
}

describe.each<BackendName>(['shopify', 'adobe'])('useChangePassword on the %s emulator', (name) => {
  it('changes the password and the customer stays signed in, in the same session', async () => {
    const { result, events, queryClient } = renderChangePassword(name)
    const email = await signUp(result)
    const current = firstPassword
    const session = result.current.auth.session
    const next = newPassword()
    const customer = await act(() =>
      result.current.change.mutateAsync({ currentPassword: current, newPassword: next }),
    )
    expect(customer.email).toBe(email)
    expect(result.current.auth.status).toBe('authenticated')
    expect(result.current.auth.session?.sessionId).toBe(session?.sessionId)
    // Shopify rotated the token; Adobe kept it.
    if (name === 'shopify')
      expect(result.current.auth.session?.accessToken).not.toBe(session?.accessToken)
    else expect(result.current.auth.session?.accessToken).toBe(session?.accessToken)
    expect(events.filter((event) => event.type === 'logout')).toEqual([])
    await until(() => result.current.customer.data?.email === email, 'the customer')
    // Neither password stays in react-query once the call settled.
    const kept = JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state.variables),
    )
    expect(kept).not.toContain(current)
    expect(kept).not.toContain(next)
    expect(result.current.change.variables).toEqual({
      currentPassword: REDACTED,
      newPassword: REDACTED,
    })
  })

  it('refuses a wrong current password with INVALID_CREDENTIALS on currentPassword and keeps the session', async () => {
    const { result } = renderChangePassword(name)
    await signUp(result)
    const session = result.current.auth.session
    await act(async () => {
      await expect(
        result.current.change.mutateAsync({
          currentPassword: 'not-the-password',
          newPassword: newPassword(),
        }),
      ).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
        fieldErrors: { currentPassword: [expect.anything()] },
      })
    })
    expect(result.current.auth).toMatchObject({ status: 'authenticated', session })
  })

  it('refuses without a session with TOKEN_INVALID, sending nothing', async () => {
    const { result } = renderChangePassword(name)
    const before = fixture.emulator.requests.count()
    await act(async () => {
      await expect(
        result.current.change.mutateAsync({ currentPassword: 'a', newPassword: 'b' }),
      ).rejects.toMatchObject({ code: 'TOKEN_INVALID' })
    })
    expect(fixture.emulator.requests.count()).toBe(before)
  })
})
