import '@testing-library/jest-dom/vitest'
import { Profiler, StrictMode, type ReactNode } from 'react'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import type { CustomerAuth } from '../core/customer-auth.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { ManualClock } from '../core/test-support/manual-clock.js'
import { createScriptedBackend } from '../core/test-support/scripted-backend.js'
import { CustomerAuthProvider, useCustomerAuthEngine } from '../react/index.js'
import { AccountBadge } from './account-badge.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

/** Hands the test the provider's engine, to renew or expire the session from outside. */
function EngineProbe({ onEngine }: { onEngine: (engine: CustomerAuth) => void }) {
  onEngine(useCustomerAuthEngine())
  return null
}

const openMenu = async () => screen.findByRole('button', { name: 'Ada Lovelace' })

describe('AccountBadge', () => {
  it('offers "Sign in" as a link to signInHref when nobody is signed in', async () => {
    await renderWithEmulator(<AccountBadge signInHref="/account/login" />)
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/account/login',
    )
  })

  it('offers "Sign in" as a button calling onSignIn when there is no href', async () => {
    const onSignIn = vi.fn()
    const { user } = await renderWithEmulator(<AccountBadge onSignIn={onSignIn} />)
    await user.click(await screen.findByRole('button', { name: 'Sign in' }))
    expect(onSignIn).toHaveBeenCalledTimes(1)
  })

  it('shows a busy skeleton while the customer loads', async () => {
    await renderWithEmulator(<AccountBadge />, {
      signedInAs: 'ada@example.com',
      faults: [{ kind: 'hold', field: 'customer', times: Infinity }],
    })
    const status = await screen.findByRole('status')
    expect(status).toHaveAttribute('aria-busy', 'true')
    expect(status).toHaveTextContent('Loading your account…')
  })

  it('shows initials and the name of a signed-in customer as a menu button', async () => {
    await renderWithEmulator(<AccountBadge />, { signedInAs: 'ada@example.com' })
    const button = await openMenu()
    expect(button).toHaveAttribute('aria-haspopup', 'menu')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button.querySelector('.sfa-account-badge__avatar')).toHaveTextContent('AL')
  })

  it('falls back to the email for a customer with no name', async () => {
    await renderWithEmulator(<AccountBadge />, { signedInAs: 'nameless@example.com' })
    expect(await screen.findByRole('button', { name: 'nameless@example.com' })).toBeVisible()
  })

  it('keeps the full long name as the accessible name and the title', async () => {
    const fullName = 'María de los Ángeles Fernández-Castellanos de la Torre'
    await renderWithEmulator(<AccountBadge />, {
      signedInAs: 'maria.de.los.angeles.long-surname@example.com',
    })
    expect(await screen.findByRole('button', { name: fullName })).toHaveAttribute('title', fullName)
  })

  it('opens with Enter on the first item and moves with the arrows, Home and End', async () => {
    const { user } = await renderWithEmulator(
      <AccountBadge accountHref="/account" menuItems={[{ label: 'Orders', href: '/orders' }]} />,
      { signedInAs: 'ada@example.com' },
    )
    const button = await openMenu()
    button.focus()
    await user.keyboard('{Enter}')
    const items = screen.getAllByRole('menuitem')
    expect(items.map((item) => item.textContent)).toEqual(['My account', 'Orders', 'Sign out'])
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('menu')).toHaveAccessibleName('Ada Lovelace')
    expect(items[0]).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(items[1]).toHaveFocus()
    await user.keyboard('{End}')
    expect(items[2]).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(items[0]).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(items[2]).toHaveFocus()
    await user.keyboard('{Home}')
    expect(items[0]).toHaveFocus()
    await user.keyboard('o')
    expect(items[1]).toHaveFocus()
  })

  it('opens with Space, and with ArrowUp on the last item', async () => {
    const { user } = await renderWithEmulator(<AccountBadge accountHref="/account" />, {
      signedInAs: 'ada@example.com',
    })
    const button = await openMenu()
    button.focus()
    await user.keyboard(' ')
    expect(screen.getAllByRole('menuitem')[0]).toHaveFocus()
    await user.keyboard('{Escape}')
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus()
  })

  it('closes on Escape and returns focus to the button', async () => {
    const { user } = await renderWithEmulator(<AccountBadge />, { signedInAs: 'ada@example.com' })
    const button = await openMenu()
    button.focus()
    await user.keyboard('{ArrowDown}')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('closes on a click outside and gives focus back to the button', async () => {
    const { user } = await renderWithEmulator(
      <>
        <p>Outside</p>
        <AccountBadge />
      </>,
      { signedInAs: 'ada@example.com' },
    )
    const button = await openMenu()
    await user.click(button)
    expect(screen.getByRole('menu')).toBeInTheDocument()
    await user.click(screen.getByText('Outside'))
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    await waitFor(() => expect(button).toHaveFocus())
  })

  it('closes on Tab and lets focus move on', async () => {
    const { user } = await renderWithEmulator(
      <>
        <AccountBadge />
        <button type="button">Next</button>
      </>,
      { signedInAs: 'ada@example.com' },
    )
    const button = await openMenu()
    await user.click(button)
    await user.tab()
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
  })

  it('runs a custom item and returns focus to the button', async () => {
    const onSelect = vi.fn()
    const { user } = await renderWithEmulator(
      <AccountBadge menuItems={[{ label: 'Contact support', onSelect }]} />,
      { signedInAs: 'ada@example.com' },
    )
    const button = await openMenu()
    await user.click(button)
    await user.click(screen.getByRole('menuitem', { name: 'Contact support' }))
    expect(onSelect).toHaveBeenCalledTimes(1)
    expect(button).toHaveFocus()
  })

  it('signs out through useLogout, revokes the token and puts focus on "Sign in"', async () => {
    const onSignOut = vi.fn()
    const { user, emulator } = await renderWithEmulator(
      <AccountBadge signInHref="/login" onSignOut={onSignOut} />,
      { signedInAs: 'ada@example.com' },
    )
    const button = await openMenu()
    button.focus()
    await user.keyboard('{ArrowUp}{Enter}')
    const signIn = await screen.findByRole('link', { name: 'Sign in' })
    expect(signIn).toHaveFocus()
    expect(onSignOut).toHaveBeenCalledTimes(1)
    await waitFor(() =>
      expect(emulator.requests.count({ field: 'customerAccessTokenDelete' })).toBe(1),
    )
  })

  it('says the session expired when the token has run out', async () => {
    const hour = 60 * 60 * 1000
    await renderWithEmulator(<AccountBadge signInHref="/login" />, {
      initialSession: {
        accessToken: 'a-token-past-its-deadline',
        issuedAt: Date.now() - 2 * hour,
        expiresAt: Date.now() - hour,
        sessionId: 'expired-session',
      },
    })
    expect(
      await screen.findByRole('link', { name: 'Session expired — sign in again' }),
    ).toHaveAttribute('href', '/login')
  })

  it('goes back to "Sign in" when the API no longer knows the token', async () => {
    let engine: CustomerAuth | undefined
    const { emulator } = await renderWithEmulator(
      <>
        <EngineProbe onEngine={(value) => (engine = value)} />
        <AccountBadge signInHref="/login" />
      </>,
      { signedInAs: 'ada@example.com' },
    )
    await openMenu()
    emulator.clock.advance(43 * 24 * 60 * 60 * 1000) // past Shopify's 42-day lifetime
    await act(async () => {
      await engine?.fetchCustomer().catch(() => undefined)
    })
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument()
  })

  it('does not render at all during a renew that keeps the same customer', async () => {
    let engine: CustomerAuth | undefined
    const renders: string[] = []
    const { emulator } = await renderWithEmulator(
      <>
        <EngineProbe onEngine={(value) => (engine = value)} />
        <Profiler id="badge" onRender={(_id, phase) => renders.push(phase)}>
          <AccountBadge />
        </Profiler>
      </>,
      { signedInAs: 'ada@example.com' },
    )
    await openMenu()
    await act(() => Promise.resolve())
    const before = renders.length
    await act(async () => {
      await engine?.renew()
    })
    expect(emulator.requests.count({ field: 'customerAccessTokenRenew' })).toBe(1)
    expect(renders.length - before).toBe(0)
    expect(screen.getByRole('button', { name: 'Ada Lovelace' })).toBeVisible()
  })

  it('links "Sign in" to /account/login when given neither signInHref nor onSignIn', async () => {
    await renderWithEmulator(<AccountBadge />)
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/account/login',
    )
  })

  it('takes its strings from messages and drops its classes when unstyled', async () => {
    const { container } = await renderWithEmulator(
      <AccountBadge unstyled className="shop-badge" messages={{ signIn: 'Se connecter' }} />,
    )
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument()
    expect(container.querySelector('[class*="sfa-"]')).toBeNull()
    expect(container.querySelector('.shop-badge')).not.toBeNull()
  })

  describe('when the session ends while focus is in the badge', () => {
    const HOUR = 3_600_000

    /** Signed in as Ada on a clock the test moves; the renew never gets through (offline). */
    async function renderSignedIn(extra?: ReactNode) {
      const clock = new ManualClock()
      const backend = createScriptedBackend({ lifetimeMs: HOUR, now: () => clock.now() })
      backend.script.renew = async () => {
        throw new CustomerAuthError('NETWORK', 'Failed to fetch', { source: 'network' })
      }
      let engine: CustomerAuth | undefined
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
      render(
        <StrictMode>
          <CustomerAuthProvider
            backend={backend}
            storage="memory"
            crossTab={false}
            clock={clock}
            queryClient={queryClient}
          >
            <EngineProbe onEngine={(value) => (engine = value)} />
            {extra}
            <AccountBadge signInHref="/login" accountHref="/account" />
          </CustomerAuthProvider>
        </StrictMode>,
      )
      await act(async () => {
        await engine?.login({ email: 'ada@example.com', password: 'analytical-engine' })
      })
      const user = userEvent.setup()
      return { clock, user, engine: engine as CustomerAuth }
    }

    const liveRegion = () => document.querySelector('[aria-live="polite"]')

    it('moves focus from the menu button to "Session expired" and announces the expiry', async () => {
      const { clock, user } = await renderSignedIn()
      const button = await openMenu()
      await user.click(button)
      await user.keyboard('{Escape}')
      expect(button).toHaveFocus()
      expect(liveRegion()).toHaveTextContent('')
      await act(() => clock.advance(HOUR + 60_000))
      const signIn = await screen.findByRole('link', { name: 'Session expired — sign in again' })
      expect(signIn).toHaveFocus()
      expect(liveRegion()).toHaveTextContent('Session expired — sign in again')
    })

    it('moves focus from the open menu to "Sign in" and announces a sign-out from another tab', async () => {
      const { user, engine } = await renderSignedIn()
      await user.click(await openMenu())
      expect(screen.getAllByRole('menuitem')[0]).toHaveFocus()
      // Another tab's sign-out reaches this one as the same local end of the session.
      await act(() => engine.logout())
      expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveFocus()
      expect(liveRegion()).toHaveTextContent('You are signed out.')
    })

    it('gives focus back to the menu button after another customer signs in over the session', async () => {
      const { engine } = await renderSignedIn()
      ;(await openMenu()).focus()
      // The button leaves the page while the next customer loads, then comes back.
      await act(async () => {
        await engine.login({ email: 'grace@example.com', password: 'compiler-1952' })
      })
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Ada Lovelace' })).toHaveFocus(),
      )
      expect(liveRegion()).toHaveTextContent('')
    })

    it('leaves focus where it is when it was elsewhere on the page', async () => {
      const { user, engine } = await renderSignedIn(<input aria-label="Search" />)
      await openMenu()
      await user.click(screen.getByLabelText('Search'))
      await act(() => engine.logout())
      await screen.findByRole('link', { name: 'Sign in' })
      expect(screen.getByLabelText('Search')).toHaveFocus()
      expect(liveRegion()).toHaveTextContent('You are signed out.')
    })

    it('announces nothing when the page opens signed out', async () => {
      await renderWithEmulator(<AccountBadge />)
      await screen.findByRole('link', { name: 'Sign in' })
      expect(liveRegion()).toHaveTextContent('')
      expect(screen.getByRole('link', { name: 'Sign in' })).not.toHaveFocus()
    })
  })
})
