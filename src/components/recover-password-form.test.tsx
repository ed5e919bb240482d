import '@testing-library/jest-dom/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { RecoverPasswordForm } from './recover-password-form.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

const submit = () => screen.getByRole('button', { name: 'Send reset link' })
const sent = 'If an account exists for this address, we have sent it a link'

describe('RecoverPasswordForm', () => {
  it('catches an empty or malformed email before any request and focuses it', async () => {
    const { user, emulator } = await renderWithEmulator(<RecoverPasswordForm />)
    await user.click(submit())
    expect(screen.getByLabelText('Email')).toHaveFocus()
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.')
    await user.type(screen.getByLabelText('Email'), 'ada@example')
    await user.click(submit())
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    )
    expect(emulator.requests.count()).toBe(0)
  })

  it.each(['shopify', 'adobe-commerce'] as const)(
    'gives the same answer on %s whether or not the address has an account',
    async (vendor) => {
      const onSuccess = vi.fn()
      const { user, emulator } = await renderWithEmulator(
        <RecoverPasswordForm onSuccess={onSuccess} />,
        { vendor },
      )
      await user.type(screen.getByLabelText('Email'), 'ada@example.com')
      await user.click(submit())
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(sent))
      expect(emulator.outbox.latest('ada@example.com')).toBeDefined()
      await user.clear(screen.getByLabelText('Email'))
      await user.type(screen.getByLabelText('Email'), 'nobody@example.com')
      await user.click(submit())
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(2))
      expect(screen.getByRole('status')).toHaveTextContent(sent)
      expect(screen.getByRole('alert')).toBeEmptyDOMElement()
      expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid')
    },
  )

  it('shows the shop’s limit as try again later', async () => {
    const onError = vi.fn()
    const { user } = await renderWithEmulator(<RecoverPasswordForm onError={onError} />, {
      emulator: { recoverRequestLimit: 1 },
    })
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.click(submit())
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(sent))
    await user.click(submit())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Too many requests. Please try again later.',
      ),
    )
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'THROTTLED' })
  })

  it('explains a dropped connection, and keeps focus on the button while pending', async () => {
    const { user, emulator } = await renderWithEmulator(<RecoverPasswordForm />, {
      faults: [{ kind: 'hold', field: 'customerRecover', times: Infinity }],
    })
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.click(submit())
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sending…'))
    expect(submit()).toHaveFocus()
    expect(submit()).toHaveAttribute('aria-disabled', 'true')
    emulator.faults.clear()
    emulator.faults.add({ kind: 'drop', field: 'customerRecover' })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(sent))
    await user.click(submit())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Could not reach the store.'),
    )
  })

  it('renders the sign-in link slot with its text from messages', async () => {
    await renderWithEmulator(
      <RecoverPasswordForm signIn="/login" messages={{ signIn: 'Zurück zur Anmeldung' }} />,
    )
    expect(screen.getByRole('link', { name: 'Zurück zur Anmeldung' })).toHaveAttribute(
      'href',
      '/login',
    )
  })
})
