import { waitFor } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderAuthHook } from '../../test/integration/support/render-auth.js'
import {
  startEmulator,
  type EmulatorFixture,
} from '../../test/integration/support/emulator-fixture.js'
import { useActivateAccountForm } from './use-activate-account-form.js'
import { useChangePasswordForm } from './use-change-password-form.js'
import { useResetPasswordForm } from './use-reset-password-form.js'

// The headless hooks on their own (no markup), under StrictMode against the emulator.

let fixture: EmulatorFixture
beforeAll(async () => {
  fixture = await startEmulator()
})
afterAll(() => fixture.close())

const render = <T,>(hook: () => T, name: 'shopify' | 'adobe' = 'shopify') =>
  renderAuthHook(hook, { backend: fixture.backend(name), storage: 'memory', crossTab: false })

describe('useResetPasswordForm', () => {
  it('is link-missing without a link, and a form with one given as props', () => {
    expect(render(() => useResetPasswordForm({ location: null })).result.current.status).toBe(
      'link-missing',
    )
    const { result } = render(() =>
      useResetPasswordForm({ location: null, customerId: '1', resetToken: 't' }),
    )
    expect(result.current.status).toBe('form')
    expect(result.current.email).toBeNull()
    expect(result.current.newPassword.hint).toBe('Use 5 to 40 characters.')
    expect(result.current.newPassword.inputProps.autoComplete).toBe('new-password')
  })

  it('asks for the email on Adobe Commerce when the link lacks it', () => {
    const { result } = render(
      () => useResetPasswordForm({ location: { href: 'https://shop.example/r?token=t' } }),
      'adobe',
    )
    expect(result.current.status).toBe('form')
    expect(result.current.email?.inputProps.autoComplete).toBe('email')
  })

  it('lets the app reword any message', () => {
    const { result } = render(() =>
      useResetPasswordForm({ location: null, messages: { linkMissing: 'Kein Link.' } }),
    )
    expect(result.current.messages.linkMissing).toBe('Kein Link.')
    expect(result.current.messages.submit).toBe('Set new password')
  })
})

describe('useActivateAccountForm', () => {
  it('is unsupported on Adobe Commerce, a form on Shopify', () => {
    const link = { location: null, customerId: '1', activationToken: 't' }
    expect(render(() => useActivateAccountForm(link), 'adobe').result.current.status).toBe(
      'unsupported',
    )
    expect(render(() => useActivateAccountForm(link)).result.current.status).toBe('form')
  })
})

describe('useChangePasswordForm', () => {
  it('is signed-out once the session check finds nobody', async () => {
    const { result } = render(() => useChangePasswordForm())
    await waitFor(() => expect(result.current.status).toBe('signed-out'))
    expect(result.current.currentPassword.inputProps.autoComplete).toBe('current-password')
  })
})
