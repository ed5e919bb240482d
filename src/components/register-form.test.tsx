import '@testing-library/jest-dom/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { RegisterForm } from './register-form.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

const submit = () => screen.getByRole('button', { name: 'Create account' })

async function fill(
  user: Awaited<ReturnType<typeof renderWithEmulator>>['user'],
  values: { first?: string; last?: string; email?: string; password?: string },
) {
  if (values.first) await user.type(screen.getByLabelText('First name'), values.first)
  if (values.last) await user.type(screen.getByLabelText('Last name'), values.last)
  if (values.email) await user.type(screen.getByLabelText('Email'), values.email)
  if (values.password) await user.type(screen.getByLabelText('Password'), values.password)
}

const lin = {
  first: 'Lin',
  last: 'Euler',
  email: 'lin@example.com',
  password: 'Seven-Bridges-1736',
}

describe('RegisterForm', () => {
  it('shows the Shopify password rules before submit and asks for a new password', async () => {
    await renderWithEmulator(<RegisterForm />)
    const password = screen.getByLabelText('Password')
    expect(password).toHaveAttribute('autocomplete', 'new-password')
    expect(password).toHaveAccessibleDescription('Use 5 to 40 characters.')
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'email')
    expect(screen.getByLabelText('First name')).toHaveAttribute('autocomplete', 'given-name')
  })

  it('shows Adobe Commerce’s rules: the minimum and the character classes', async () => {
    await renderWithEmulator(<RegisterForm />, { vendor: 'adobe-commerce' })
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'Use 8 to 256 characters. Mix at least 3 of: lower-case letters, upper-case letters, digits, symbols.',
    )
  })

  it('catches empty fields before any request and focuses the first', async () => {
    const { user, emulator } = await renderWithEmulator(<RegisterForm />)
    await user.click(submit())
    expect(screen.getByLabelText('First name')).toHaveFocus()
    expect(screen.getByLabelText('First name')).toHaveAccessibleDescription(
      'Enter your first name.',
    )
    expect(screen.getByLabelText('Last name')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.')
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'Use 5 to 40 characters. Choose a password.',
    )
    expect(emulator.requests.count()).toBe(0)
  })

  it('checks the backend’s password rules before any request', async () => {
    const { user, emulator } = await renderWithEmulator(<RegisterForm />, {
      vendor: 'adobe-commerce',
    })
    await fill(user, { ...lin, password: 'alllowercase' })
    await user.click(submit())
    const password = screen.getByLabelText('Password')
    expect(password).toHaveFocus()
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getAllByText(/Mix at least 3 of/)).toHaveLength(2)
    expect(emulator.requests.count()).toBe(0)
  })

  it('creates the account, signs in, sends the consent and empties the password', async () => {
    const onSuccess = vi.fn()
    const { user, emulator } = await renderWithEmulator(<RegisterForm onSuccess={onSuccess} />)
    await fill(user, lin)
    await user.click(screen.getByLabelText('Email me news and offers'))
    await user.click(submit())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ accessToken: expect.any(String) })
    expect(screen.getByRole('status')).toHaveTextContent('Your account is ready.')
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(emulator.shopify.customers().find((c) => c.email === lin.email)).toMatchObject({
      acceptsMarketing: true,
    })
  })

  it('says to check the mail where Adobe Commerce confirms new accounts first', async () => {
    const onSuccess = vi.fn()
    const { user } = await renderWithEmulator(<RegisterForm onSuccess={onSuccess} />, {
      vendor: 'adobe-commerce',
      emulator: { adobeRequireConfirmation: true },
    })
    await fill(user, lin)
    await user.click(submit())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(null))
    expect(screen.getByRole('status')).toHaveTextContent('Check your email')
  })

  it('says to check the mail for a Shopify account that awaits activation', async () => {
    const onSuccess = vi.fn()
    const { user } = await renderWithEmulator(<RegisterForm onSuccess={onSuccess} />)
    await fill(user, { ...lin, email: 'invited@example.com' })
    await user.click(submit())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(null))
    expect(screen.getByRole('status')).toHaveTextContent('Check your email')
  })

  it.each(['shopify', 'adobe-commerce'] as const)(
    'marks a taken email on %s and focuses it',
    async (vendor) => {
      const onError = vi.fn()
      const { user } = await renderWithEmulator(<RegisterForm onError={onError} />, { vendor })
      await fill(user, { ...lin, email: 'ada@example.com' })
      await user.click(submit())
      await waitFor(() => expect(onError).toHaveBeenCalledTimes(1))
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
        'An account with this email already exists. Sign in instead.',
      )
      expect(screen.getByLabelText('Email')).toHaveFocus()
      expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields.')
    },
  )

  it('explains a dropped connection in the alert', async () => {
    const { user } = await renderWithEmulator(<RegisterForm />, {
      faults: [{ kind: 'drop', field: 'customerCreate' }],
    })
    await fill(user, lin)
    await user.click(submit())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Could not reach the store.'),
    )
  })

  it('keeps focus on the button and announces the pending state', async () => {
    const { user, emulator } = await renderWithEmulator(<RegisterForm />, {
      faults: [{ kind: 'hold', field: 'customerCreate', times: Infinity }],
    })
    await fill(user, lin)
    await user.click(submit())
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Creating your account…'),
    )
    expect(submit()).toHaveFocus()
    expect(submit()).toHaveAttribute('aria-disabled', 'true')
    await user.keyboard('{Enter}')
    emulator.faults.clear()
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your account is ready.'),
    )
    expect(emulator.requests.count({ field: 'customerCreate' })).toBe(1)
  })

  it('renders the sign-in link slot, its strings from messages, and drops classes unstyled', async () => {
    const { container } = await renderWithEmulator(
      <RegisterForm
        signIn="/connexion"
        unstyled
        className="shop-form"
        messages={{ submit: 'Créer le compte', signIn: 'Se connecter' }}
      />,
    )
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/connexion')
    expect(screen.getByRole('button', { name: 'Créer le compte' })).toBeInTheDocument()
    expect(container.querySelector('[class*="sfa-"]')).toBeNull()
    expect(container.querySelector('form')).toHaveClass('shop-form')
  })
})
