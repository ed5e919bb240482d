import '@testing-library/jest-dom/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LoginForm } from './login-form.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

const una = { email: 'unconfirmed@example.com', password: 'confirm-me-first' }

describe('LoginForm on an unconfirmed Adobe Commerce account', () => {
  it('offers to resend the confirmation mail, sends it and announces it', async () => {
    const { user, emulator } = await renderWithEmulator(<LoginForm />, { vendor: 'adobe-commerce' })
    expect(screen.queryByRole('button', { name: 'Resend confirmation email' })).toBeNull()
    await user.type(screen.getByLabelText('Email'), una.email)
    await user.type(screen.getByLabelText('Password'), una.password)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const resend = await screen.findByRole('button', { name: 'Resend confirmation email' })
    expect(screen.getByRole('alert')).toHaveTextContent('This account is not confirmed yet.')
    await user.click(resend)
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('We sent a new confirmation email.'),
    )
    expect(emulator.requests.count({ field: 'resendConfirmationEmail' })).toBe(1)
    expect(emulator.outbox.latest(una.email, 'activate')).toBeDefined()
  })

  it('offers nothing for other refusals', async () => {
    const { user } = await renderWithEmulator(<LoginForm />, { vendor: 'adobe-commerce' })
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.type(screen.getByLabelText('Password'), 'wrong-password')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(screen.getByRole('alert')).not.toBeEmptyDOMElement())
    expect(screen.queryByRole('button', { name: 'Resend confirmation email' })).toBeNull()
  })
})
