import { describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import {
  useCustomerAuth,
  useCustomerAuthEngine,
  useLogin,
  useLogout,
} from '../../src/react/index.js'
import type { EmulatorFaultSpec } from '../../src/testing/index.js'
import { ada, setUpEmulator } from './support/emulator-fixture.js'
import { useFakeTime } from './support/fake-time.js'
import { renderAuthHook } from './support/render-auth.js'
import { turns, until } from './support/until.js'

const lifetime = 2 * 60 * 60_000
const renewPoint = 0.75 * lifetime
const renewField = 'customerAccessTokenRenew'

const fixture = setUpEmulator({ customerAccessTokenLifetimeMs: lifetime })

function renderSession() {
  return renderAuthHook(
    () => ({
      login: useLogin(),
      logout: useLogout(),
      auth: useCustomerAuth(),
      engine: useCustomerAuthEngine(),
    }),
    { backend: fixture.backend('shopify') },
  )
}

const transientFaults: [string, Omit<EmulatorFaultSpec, 'field'>, string][] = [
  ['a 503', { kind: 'status', status: 503 }, 'SERVER'],
  ['a dropped connection', { kind: 'drop' }, 'NETWORK'],
  ['a malformed body', { kind: 'malformed' }, 'SERVER'],
  ['throttling (429)', { kind: 'status', status: 429 }, 'THROTTLED'],
]

describe('a failing scheduled renew', () => {
  it.each(transientFaults)(
    'keeps the valid session after %s and retries with backoff',
    async (_label, fault, code) => {
      const time = useFakeTime(fixture.emulator)
      const { result, events } = renderSession()
      const session = await act(() => result.current.login.mutateAsync({ ...ada }))
      fixture.emulator.faults.add({ ...fault, field: renewField })

      const renews = () => fixture.emulator.requests.count({ field: renewField })
      // Up to the planned point minus the largest jitter, then in small steps.
      await time.advance(renewPoint - 5_000)
      await time.advanceUntil(() => renews() === 1, 100, 6_000)
      await until(() => result.current.auth.error !== null, 'the renew error')
      expect(result.current.auth).toMatchObject({
        status: 'authenticated',
        isAuthenticated: true,
        session,
      })
      expect(result.current.auth.error?.code).toBe(code)
      expect(events).toContainEqual(expect.objectContaining({ type: 'error', reason: 'renew' }))

      // First retry after the 1 s backoff; the fault is spent, so it succeeds.
      const waited = await time.advanceUntil(() => renews() === 2, 100, 5_000)
      expect(waited).toBeGreaterThanOrEqual(1_000)
      expect(waited).toBeLessThanOrEqual(1_100)
      await until(
        () => result.current.auth.session?.expiresAt !== session.expiresAt,
        'the retried renew',
      )
      expect(fixture.emulator.requests.count({ field: renewField })).toBe(2)
      expect(result.current.auth).toMatchObject({ status: 'authenticated', error: null })
      expect(result.current.auth.session?.sessionId).toBe(session.sessionId)
    },
  )

  it('backs off exponentially while the failure lasts', async () => {
    const time = useFakeTime(fixture.emulator)
    const { result } = renderSession()
    await act(() => result.current.login.mutateAsync({ ...ada }))
    fixture.emulator.faults.add({ kind: 'status', status: 503, field: renewField, times: Infinity })
    const count = () => fixture.emulator.requests.count({ field: renewField })
    await time.advance(renewPoint - 5_000)
    await time.advanceUntil(() => count() === 1, 100, 6_000)
    // Retries after 1 s, 2 s, 4 s: measured in 100 ms steps of fake time.
    for (const [delay, expected] of [
      [1_000, 2],
      [2_000, 3],
      [4_000, 4],
    ] as const) {
      const waited = await time.advanceUntil(() => count() === expected, 100, 10_000)
      expect(waited).toBeGreaterThanOrEqual(delay)
      expect(waited).toBeLessThanOrEqual(delay + 100)
    }
    expect(result.current.auth.session).not.toBeNull()
    expect(result.current.auth.isAuthenticated).toBe(true)
  })

  it('ends the session with token-invalid when the server refuses the token', async () => {
    const time = useFakeTime(fixture.emulator)
    const { result, events } = renderSession()
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    const { engine } = result.current
    await engine.backend.logout(session.accessToken, { client: engine.client })
    await time.advance(renewPoint)
    await until(() => result.current.auth.status === 'anonymous', 'the session to end')
    expect(result.current.auth).toMatchObject({ endReason: 'token-invalid', session: null })
    expect(result.current.auth.error?.code).toBe('TOKEN_INVALID')
    expect(events).toContainEqual({ type: 'logout', reason: 'token-invalid' })
  })

  it('drops the result of a renew that a logout overtook', async () => {
    const time = useFakeTime(fixture.emulator)
    const { result, events } = renderSession()
    await act(() => result.current.login.mutateAsync({ ...ada }))
    const hold = fixture.emulator.faults.add({ kind: 'hold', field: renewField })
    await time.advance(renewPoint)
    await until(() => hold.hits === 1, 'the renew to reach the server')

    await act(() => result.current.logout.mutateAsync())
    expect(result.current.auth).toMatchObject({
      status: 'anonymous',
      session: null,
      endReason: 'logout',
    })
    hold.release()
    await until(
      () => fixture.emulator.requests.count({ field: renewField }) === 1,
      'the held renew to finish',
    )
    await turns()
    expect(result.current.auth).toMatchObject({ status: 'anonymous', session: null })
    expect(localStorage.length).toBe(0)
    expect(events.filter((event) => event.type === 'renew')).toEqual([])
  })
})
