import '@testing-library/jest-dom/vitest'
import { Profiler } from 'react'
import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { EmulatorFaultSpec, EmulatorOptions } from '../testing/index.js'
import { LoginForm } from './login-form.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

const submitButton = () => screen.getByRole('button', { name: 'Sign in' })

describe('LoginForm', () => {
  it('labels its fields visibly and tells the browser which credentials to fill in', async () => {
    await renderWithEmulator(<LoginForm />)
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'email')
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password')
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password')
  })

  it('catches empty fields before any request, marks them invalid and focuses the first', async () => {
    const { user, emulator } = await renderWithEmulator(<LoginForm />)
    await user.click(submitButton())
    const email = screen.getByLabelText('Email')
    const password = screen.getByLabelText('Password')
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('Enter your email address.')
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(password).toHaveAccessibleDescription('Enter your password.')
    expect(email).toHaveFocus()
    expect(emulator.requests.count()).toBe(0)
  })

  it('catches a malformed email before any request and focuses it', async () => {
    const { user, emulator } = await renderWithEmulator(<LoginForm />)
    await user.type(screen.getByLabelText('Email'), 'ada@example')
    await user.type(screen.getByLabelText('Password'), 'analytical-engine')
    await user.click(submitButton())
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    )
    expect(screen.getByLabelText('Email')).toHaveFocus()
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid')
    expect(emulator.requests.count()).toBe(0)
  })

  it('clears a field problem as soon as the field is edited', async () => {
    const { user } = await renderWithEmulator(<LoginForm />)
    await user.click(submitButton())
    await user.type(screen.getByLabelText('Email'), 'a')
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid')
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true')
  })

  it('signs in, hands the session to onSuccess and empties the password field', async () => {
    const onSuccess = vi.fn()
    const { user, emulator } = await renderWithEmulator(<LoginForm onSuccess={onSuccess} />)
    await user.type(screen.getByLabelText('Email'), '  ada@example.com ')
    await user.type(screen.getByLabelText('Password'), 'analytical-engine')
    await user.click(submitButton())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ accessToken: expect.any(String) })
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(screen.getByRole('alert')).toBeEmptyDOMElement()
    expect(emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(1)
  })

  const backendErrors: ReadonlyArray<{
    name: string
    vendor?: 'shopify' | 'adobe-commerce'
    email?: string
    password?: string
    emulator?: EmulatorOptions
    faults?: EmulatorFaultSpec[]
    failuresFirst?: number
    code: string
    message: string
  }> = [
    {
      name: 'a wrong password',
      password: 'not-the-password',
      code: 'INVALID_CREDENTIALS',
      message: 'The email or password is incorrect.',
    },
    {
      name: 'too many attempts',
      emulator: { loginAttemptLimit: 1 },
      failuresFirst: 1,
      code: 'THROTTLED',
      message: 'Too many sign-in attempts. Please try again later.',
    },
    {
      name: "Adobe Commerce's unconfirmed account",
      vendor: 'adobe-commerce',
      email: 'unconfirmed@example.com',
      password: 'confirm-me-first',
      code: 'ACCOUNT_NOT_CONFIRMED',
      message: 'This account is not confirmed yet.',
    },
    {
      name: 'a dropped connection',
      faults: [{ kind: 'drop', field: 'customerAccessTokenCreate' }],
      code: 'NETWORK',
      message: 'Could not reach the store. Check your connection and try again.',
    },
    {
      name: 'a 503 from the API',
      faults: [{ kind: 'status', status: 503, field: 'customerAccessTokenCreate' }],
      code: 'SERVER',
      message: 'The store could not sign you in right now.',
    },
    {
      name: 'a storefront token the shop refuses',
      faults: [{ kind: 'status', status: 401, field: 'customerAccessTokenCreate' }],
      code: 'CONFIGURATION',
      message: 'Sign-in is not available on this store right now.',
    },
  ]

  it.each(backendErrors)('explains $name in the alert ($code)', async (scenario) => {
    const onError = vi.fn()
    const { user, backend } = await renderWithEmulator(<LoginForm onError={onError} />, {
      vendor: scenario.vendor,
      emulator: scenario.emulator,
      faults: scenario.faults,
    })
    const email = scenario.email ?? 'ada@example.com'
    for (let attempt = 0; attempt < (scenario.failuresFirst ?? 0); attempt++)
      await backend
        .login({ email, password: 'wrong' }, { client: backend.createClient() })
        .catch(() => undefined)
    await user.type(screen.getByLabelText('Email'), email)
    await user.type(screen.getByLabelText('Password'), scenario.password ?? 'analytical-engine')
    await user.click(submitButton())
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(scenario.message))
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: scenario.code })
  })

  it('keeps focus on the button and announces the pending state while the sign-in runs', async () => {
    const { user, emulator } = await renderWithEmulator(<LoginForm />, {
      faults: [{ kind: 'hold', field: 'customerAccessTokenCreate', times: Infinity }],
    })
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.type(screen.getByLabelText('Password'), 'analytical-engine')
    await user.click(submitButton())
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Signing in…'))
    expect(submitButton()).toHaveFocus()
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true')
    expect(submitButton()).not.toBeDisabled()
    // A second press while pending sends nothing more.
    await user.click(submitButton())
    await user.keyboard('{Enter}')
    emulator.faults.clear()
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement())
    expect(emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(1)
  })

  it('shows the password with a real toggle button whose pressed state is announced', async () => {
    const { user } = await renderWithEmulator(<LoginForm />)
    const toggle = screen.getByRole('button', { name: 'Show password' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(toggle).toHaveAttribute('type', 'button')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'text')
    await user.click(toggle)
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password')
  })

  it('keeps every error region in the DOM, so an error fills space that was already there', async () => {
    const { user, container } = await renderWithEmulator(<LoginForm />)
    const before = Array.from(container.querySelectorAll('form *')).length
    await user.click(submitButton())
    expect(Array.from(container.querySelectorAll('form *')).length).toBe(before)
  })

  it('takes every visible string from messages', async () => {
    const { user } = await renderWithEmulator(
      <LoginForm
        forgotPassword="/mot-de-passe"
        messages={{
          emailLabel: 'Adresse e-mail',
          passwordLabel: 'Mot de passe',
          showPassword: 'Afficher',
          submit: 'Se connecter',
          forgotPassword: 'Mot de passe oublié ?',
          emailRequired: 'Saisissez votre adresse e-mail.',
        }}
      />,
    )
    expect(screen.getByRole('link', { name: 'Mot de passe oublié ?' })).toHaveAttribute(
      'href',
      '/mot-de-passe',
    )
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(screen.getByLabelText('Adresse e-mail')).toHaveAccessibleDescription(
      'Saisissez votre adresse e-mail.',
    )
    expect(screen.getByRole('button', { name: 'Afficher' })).toBeInTheDocument()
  })

  it('renders a custom forgot-password element in the slot', async () => {
    await renderWithEmulator(<LoginForm forgotPassword={<button type="button">Reset it</button>} />)
    expect(screen.getByRole('button', { name: 'Reset it' })).toBeInTheDocument()
  })

  it('drops its own classes when unstyled but keeps the caller’s', async () => {
    const { container } = await renderWithEmulator(
      <LoginForm unstyled className="shop-form" classNames={{ submit: 'shop-submit' }} />,
    )
    expect(container.querySelector('[class*="sfa-"]')).toBeNull()
    expect(container.querySelector('form')).toHaveClass('shop-form')
    expect(submitButton()).toHaveClass('shop-submit')
  })

  it('focuses the email field on mount with autoFocus', async () => {
    // The prop under test, not a page choice.
    // eslint-disable-next-line jsx-a11y/no-autofocus
    await renderWithEmulator(<LoginForm autoFocus />)
    expect(screen.getByLabelText('Email')).toHaveFocus()
  })

  it('commits at most 3 times from submit to success', async () => {
    const commits: string[] = []
    const onSuccess = vi.fn()
    const { user } = await renderWithEmulator(
      <Profiler id="login-form" onRender={(_id, phase) => commits.push(phase)}>
        <LoginForm onSuccess={onSuccess} />
      </Profiler>,
    )
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.type(screen.getByLabelText('Password'), 'analytical-engine')
    const beforeSubmit = commits.length
    await user.click(submitButton())
    await waitFor(() => expect(onSuccess).toHaveBeenCalled())
    // Let anything the success scheduled (microtasks, state updates) land before counting.
    await act(() => Promise.resolve())
    expect(commits.length - beforeSubmit).toBeLessThanOrEqual(3)
  })
})
