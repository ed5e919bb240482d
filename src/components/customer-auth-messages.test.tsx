import '@testing-library/jest-dom/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { de } from '../locales/de/index.js'
import { es } from '../locales/es/index.js'
import { fr } from '../locales/fr/index.js'
import { AccountBadge } from './account-badge.js'
import { ActivateAccountForm } from './activate-account-form.js'
import { ChangePasswordForm } from './change-password-form.js'
import { CustomerAuthMessages } from './customer-auth-messages.js'
import { LoginForm } from './login-form.js'
import { RecoverPasswordForm } from './recover-password-form.js'
import { RegisterForm } from './register-form.js'
import { ResetPasswordForm } from './reset-password-form.js'
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

  describe('on the password forms', () => {
    // A link the page carries, so the form (not the "no link" notice) is shown.
    const resetPage = { href: 'https://shop.example/account/reset/1/a-token' }

    it('translates ResetPasswordForm, its rules filled from the backend and its field errors', async () => {
      const { user, emulator } = await renderWithEmulator(
        <CustomerAuthMessages value={de}>
          <ResetPasswordForm location={resetPage} />
        </CustomerAuthMessages>,
      )
      const before = emulator.requests.count()
      expect(screen.getByRole('heading', { name: 'Neues Passwort festlegen' })).toBeVisible()
      const password = screen.getByLabelText('Neues Passwort')
      expect(password).toHaveAccessibleDescription('Verwenden Sie 5 bis 40 Zeichen.')
      await user.type(password, 'abc')
      await user.click(screen.getByRole('button', { name: 'Neues Passwort speichern' }))
      expect(password).toHaveFocus()
      expect(password).toHaveAccessibleDescription(
        'Verwenden Sie 5 bis 40 Zeichen. Verwenden Sie mindestens 5 Zeichen.',
      )
      expect(screen.getByLabelText('Neues Passwort wiederholen')).toHaveAccessibleDescription(
        'Bitte wiederholen Sie das neue Passwort.',
      )
      expect(emulator.requests.count()).toBe(before)
    })

    it('lets ResetPasswordForm’s own messages win over the pack, key by key', async () => {
      await renderWithEmulator(
        <CustomerAuthMessages value={de}>
          <ResetPasswordForm location={resetPage} messages={{ submit: 'Passwort speichern' }} />
        </CustomerAuthMessages>,
      )
      expect(screen.getByRole('button', { name: 'Passwort speichern' })).toBeVisible()
      expect(screen.getByRole('button', { name: 'Passwörter anzeigen' })).toBeVisible()
    })

    it('translates ChangePasswordForm when nobody is signed in', async () => {
      await renderWithEmulator(
        <CustomerAuthMessages value={fr}>
          <ChangePasswordForm signIn="/connexion" />
        </CustomerAuthMessages>,
      )
      expect(
        await screen.findByText('Connectez-vous pour modifier votre mot de passe.'),
      ).toBeVisible()
      expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
        'href',
        '/connexion',
      )
    })

    it('translates ActivateAccountForm’s notice on a backend without activation', async () => {
      await renderWithEmulator(
        <CustomerAuthMessages value={es}>
          <ActivateAccountForm location={{ href: 'https://shop.example/account/activate/1/t' }} />
        </CustomerAuthMessages>,
        { vendor: 'adobe-commerce' },
      )
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Esta tienda no activa cuentas mediante enlace.',
      )
    })
  })

  describe('on the sign-up and recovery forms', () => {
    it('translates RegisterForm: its labels, the backend’s rules and the field errors', async () => {
      const { user, emulator } = await renderWithEmulator(
        <CustomerAuthMessages value={es}>
          <RegisterForm />
        </CustomerAuthMessages>,
        { vendor: 'adobe-commerce' },
      )
      expect(await screen.findByLabelText('Contraseña')).toHaveAccessibleDescription(
        'Use entre 8 y 256 caracteres. Combine al menos 3 de estos tipos: minúsculas, mayúsculas, números, símbolos.',
      )
      const before = emulator.requests.count()
      await user.click(screen.getByRole('button', { name: 'Crear cuenta' }))
      expect(screen.getByLabelText('Nombre')).toHaveFocus()
      expect(screen.getByLabelText('Nombre')).toHaveAccessibleDescription('Ingrese su nombre.')
      expect(screen.getByLabelText('Correo electrónico')).toHaveAccessibleDescription(
        'Ingrese su correo electrónico.',
      )
      expect(emulator.requests.count()).toBe(before)
    })

    it('translates RecoverPasswordForm’s answer, and its own messages still win', async () => {
      const { user } = await renderWithEmulator(
        <CustomerAuthMessages value={fr}>
          <RecoverPasswordForm messages={{ submit: 'Envoyer' }} />
        </CustomerAuthMessages>,
      )
      await user.type(screen.getByLabelText('Adresse e-mail'), 'ada@example.com')
      await user.click(screen.getByRole('button', { name: 'Envoyer' }))
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Si un compte existe pour cette adresse, nous lui avons envoyé un lien',
        ),
      )
    })

    it('translates LoginForm’s offer to resend the confirmation mail (Adobe Commerce)', async () => {
      const { user, emulator } = await renderWithEmulator(
        <CustomerAuthMessages value={de}>
          <LoginForm />
        </CustomerAuthMessages>,
        { vendor: 'adobe-commerce' },
      )
      await user.type(screen.getByLabelText('E-Mail-Adresse'), 'unconfirmed@example.com')
      await user.type(screen.getByLabelText('Passwort'), 'confirm-me-first')
      await user.click(screen.getByRole('button', { name: 'Anmelden' }))
      const resend = await screen.findByRole('button', {
        name: 'Bestätigungs-E-Mail erneut senden',
      })
      await user.click(resend)
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Wir haben Ihnen eine neue Bestätigungs-E-Mail gesendet.',
        ),
      )
      expect(emulator.requests.count({ field: 'resendConfirmationEmail' })).toBe(1)
    })
  })
})
