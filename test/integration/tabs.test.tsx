import { describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import { useCustomerAuth, useLogin, useLogout } from '../../src/react/index.js'
import { ada, setUpEmulator } from './support/emulator-fixture.js'
import { useFakeTime } from './support/fake-time.js'
import { renderAuthHook } from './support/render-auth.js'
import { turns, until } from './support/until.js'

const lifetime = 2 * 60 * 60_000
const renewField = { field: 'customerAccessTokenRenew' } as const

const fixture = setUpEmulator({ customerAccessTokenLifetimeMs: lifetime })

/**
 * Three providers in one document stand for three tabs: they share localStorage and talk over
 * BroadcastChannel (jsdom has no navigator.locks, so the storage lease path is the one used).
 */
function openTabs() {
  const backend = fixture.backend('shopify')
  const open = () =>
    renderAuthHook(() => ({ login: useLogin(), logout: useLogout(), auth: useCustomerAuth() }), {
      backend,
    })
  return [open(), open(), open()] as const
}

describe('three tabs', () => {
  it('all see a sign-in made in one of them', async () => {
    const [a, b, c] = openTabs()
    const session = await act(() => a.result.current.login.mutateAsync({ ...ada }))
    await until(
      () => [b, c].every((tab) => tab.result.current.auth.session?.sessionId === session.sessionId),
      'the other tabs to sign in',
    )
    expect(b.events).toContainEqual({ type: 'login', reason: 'other-tab', session })
    expect(fixture.emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(1)
  })

  it('all end the session on a logout in one of them', async () => {
    const [a, b, c] = openTabs()
    await act(() => a.result.current.login.mutateAsync({ ...ada }))
    await until(
      () => [b, c].every((tab) => tab.result.current.auth.isAuthenticated),
      'the sign-in to spread',
    )
    await act(() => b.result.current.logout.mutateAsync())
    await until(
      () => [a, c].every((tab) => tab.result.current.auth.status === 'anonymous'),
      'the logout to spread',
    )
    expect(a.result.current.auth.endReason).toBe('logout-elsewhere')
    expect(c.events).toContainEqual({ type: 'logout', reason: 'logout-elsewhere' })
    expect(localStorage.length).toBe(0)
    expect(fixture.emulator.requests.count({ field: 'customerAccessTokenDelete' })).toBe(1)
  })

  it('renew once for all of them at the renew point', async () => {
    const time = useFakeTime(fixture.emulator)
    const tabs = openTabs()
    const session = await act(() => tabs[0].result.current.login.mutateAsync({ ...ada }))
    await until(
      () => tabs.every((tab) => tab.result.current.auth.isAuthenticated),
      'the sign-in to spread',
    )

    await time.advance(0.75 * lifetime - 5_000)
    const renewedEverywhere = () =>
      tabs.every((tab) => (tab.result.current.auth.session?.expiresAt ?? 0) > session.expiresAt)
    await time.advanceUntil(renewedEverywhere, 100, 10_000)
    // Let every other tab's renew timer pass too: none may send its own.
    await time.advance(60_000)
    await turns()
    expect(fixture.emulator.requests.count(renewField)).toBe(1)
    for (const tab of tabs) {
      expect(tab.result.current.auth).toMatchObject({
        status: 'authenticated',
        isAuthenticated: true,
      })
      expect(tab.result.current.auth.session?.sessionId).toBe(session.sessionId)
    }
  })
})
