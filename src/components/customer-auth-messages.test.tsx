import '@testing-library/jest-dom/vitest'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { de } from '../locales/de/index.js'
import { fr } from '../locales/fr/index.js'
import { AccountBadge } from './account-badge.js'
import { CustomerAuthMessages } from './customer-auth-messages.js'
import { LoginForm } from './login-form.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

describe('CustomerAuthMessages', () => {
  it('translates LoginForm and AccountBadge below it, field errors included', async () => {
    const { user } = await renderWithEmulator(
      <CustomerAuthMessages value={de}>
        <AccountBadge />
        <LoginForm />
      </CustomerAuthMessages>,
    )
    expect(await screen.findByRole('link', { name: 'Anmelden' })).toBeVisible()
    expect(screen.getByLabelText('E-Mail-Adresse')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Anmelden' }))
    expect(await screen.findByText('Bitte geben Sie Ihre E-Mail-Adresse ein.')).toBeVisible()
  })

  it('lets a component’s own messages win, key by key', async () => {
    await renderWithEmulator(
      <CustomerAuthMessages value={fr}>
        <LoginForm messages={{ submit: 'Connexion' }} />
      </CustomerAuthMessages>,
    )
    expect(screen.getByRole('button', { name: 'Connexion' })).toBeVisible()
    expect(screen.getByLabelText('Mot de passe')).toBeVisible()
  })

  it('fills what a partial value leaves out with English', async () => {
    await renderWithEmulator(
      <CustomerAuthMessages value={{ loginForm: { submit: 'Einloggen' } }}>
        <LoginForm />
      </CustomerAuthMessages>,
    )
    expect(screen.getByRole('button', { name: 'Einloggen' })).toBeVisible()
    expect(screen.getByLabelText('Email')).toBeVisible()
  })

  it('applies a pack per component through the messages prop alone', async () => {
    await renderWithEmulator(<LoginForm messages={de.loginForm} />)
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeVisible()
  })
})
