import { describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { useCustomer, useCustomerAuth, useLogin } from '../../src/react/index.js'
import type { SessionStorage } from '../../src/core/customer-auth.js'
import { storageKey } from '../../src/core/session-codec.js'
import { ada, setUpEmulator } from './support/emulator-fixture.js'
import { renderAuthHook } from './support/render-auth.js'
import { until } from './support/until.js'

const fixture = setUpEmulator()

function renderSession(storage?: SessionStorage) {
  return renderAuthHook(
    () => ({ login: useLogin(), auth: useCustomerAuth(), customer: useCustomer() }),
    {
      backend: fixture.backend('shopify'),
      ...(storage ? { storage } : {}),
    },
  )
}

describe('session storage', () => {
  it('restores a valid stored session on reload without any mutation', async () => {
    const first = renderSession()
    const session = await act(() => first.result.current.login.mutateAsync({ ...ada }))
    first.unmount()
    fixture.emulator.requests.reset()

    const reloaded = renderSession()
    expect(reloaded.result.current.auth).toMatchObject({ status: 'authenticated', session })
    expect(reloaded.events).toContainEqual({ type: 'login', reason: 'restored', session })
    await until(() => reloaded.result.current.customer.isSuccess, 'the customer')
    // The customer query is the only request: no sign-in, no renew.
    expect(fixture.emulator.requests.entries.map((entry) => entry.fields)).toEqual([['customer']])
  })

  it.each([
    ['corrupt JSON', '{"v":1,"backend'],
    ['a foreign value', JSON.stringify({ token: 'someone-else' })],
    [
      'another backend',
      JSON.stringify({
        v: 1,
        backend: 'shopify:elsewhere',
        accessToken: 'x',
        expiresAt: 9e15,
        issuedAt: 1,
        sessionId: 's',
      }),
    ],
  ])('discards %s and starts signed out', (_label, raw) => {
    const key = storageKey(fixture.backend('shopify').id)
    localStorage.setItem(key, raw)
    const { result, events } = renderSession()
    expect(result.current.auth).toMatchObject({ status: 'anonymous', session: null })
    expect(result.current.auth.error?.code).toBe('STORAGE')
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', reason: 'storage' }))
    expect(localStorage.getItem(key)).toBeNull()
  })

  it('works on a storage that throws: signed out at start, signed in for this page after login', async () => {
    const throwing: SessionStorage = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
      removeItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    }
    const { result, events } = renderSession(throwing)
    expect(result.current.auth.status).toBe('anonymous')
    expect(result.current.auth.error?.code).toBe('STORAGE')
    await act(() => result.current.login.mutateAsync({ ...ada }))
    expect(result.current.auth).toMatchObject({ status: 'authenticated', isAuthenticated: true })
    expect(
      events.filter((event) => event.type === 'error').every((event) => event.reason === 'storage'),
    ).toBe(true)
  })

  it('works where merely reading window.localStorage throws (privacy modes)', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    const { result } = renderSession()
    expect(result.current.auth.status).toBe('anonymous')
    await act(() => result.current.login.mutateAsync({ ...ada }))
    expect(result.current.auth.status).toBe('authenticated')
  })

  it('never stores the password', async () => {
    const { result } = renderSession()
    await act(() => result.current.login.mutateAsync({ ...ada }))
    const everything = JSON.stringify({ ...localStorage })
    expect(everything).not.toContain(ada.password)
    expect(everything).toContain(result.current.auth.session?.sessionId)
  })
})
