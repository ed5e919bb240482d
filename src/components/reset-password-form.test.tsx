import '@testing-library/jest-dom/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { defined } from '../testing/test-support/defined.js'
import { ResetPasswordForm } from './reset-password-form.js'
import { renderWithEmulator, type EmulatorSetup } from './test-support/render-with-emulator.js'

const ada = 'ada@example.com'
const submitButton = () => screen.getByRole('button', { name: 'Set new password' })

/** Asks the emulated shop for ada's reset mail and returns the page address its link opens. */
async function resetMailLink({ emulator, backend }: EmulatorSetup): Promise<string> {
  await defined(backend.recoverPassword)(ada, { client: backend.createClient() })
  const mail = defined(emulator.outbox.latest(ada))
  return mail.url ?? `https://shop.example/customer/account/createPassword/?token=${mail.token}`
}

describe('ResetPasswordForm on Shopify', () => {
  it('reads the link from the page, asks for the new password twice and signs in', async () => {
    const onSuccess = vi.fn()
    const { user } = await renderWithEmulator(async (setup) => (
      <ResetPasswordForm location={{ href: await resetMailLink(setup) }} onSuccess={onSuccess} />
    ))
    expect(screen.queryByLabelText('Email')).toBeNull()
    const password = screen.getByLabelText('New password')
    expect(password).toHaveAttribute('autocomplete', 'new-password')
    await user.type(password, 'Brand-New-1')
    await user.type(screen.getByLabelText('Repeat the new password'), 'Brand-New-1')
    await user.click(submitButton())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ accessToken: expect.any(String) })
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your new password is set and you are signed in.',
    )
  })

  it('reads the link from the page address, then takes its token out of the address and history', async () => {
    const onSuccess = vi.fn()
    const { user } = await renderWithEmulator(async (setup) => {
      const link = new URL(await resetMailLink(setup))
      window.history.replaceState(null, '', `${link.pathname}?utm_source=mail`)
      return <ResetPasswordForm onSuccess={onSuccess} />
    })
    // The token and id left the address bar; what is not the link's stays.
    expect(window.location.pathname).toBe('/account/reset')
    expect(window.location.search).toBe('?utm_source=mail')
    // The form still holds the link it read: the reset goes through.
    await user.type(screen.getByLabelText('New password'), 'Brand-New-1')
    await user.type(screen.getByLabelText('Repeat the new password'), 'Brand-New-1')
    await user.click(submitButton())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
    window.history.replaceState(null, '', '/')
  })

  it('catches empty and different passwords before any request, focusing the first problem', async () => {
    const { user, emulator } = await renderWithEmulator(async (setup) => (
      <ResetPasswordForm location={{ href: await resetMailLink(setup) }} />
    ))
    const before = emulator.requests.count()
    // Shopify's rules are shown before any submit.
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'Use 5 to 40 characters.',
    )
    await user.click(submitButton())
    expect(screen.getByLabelText('New password')).toHaveFocus()
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'Use 5 to 40 characters. Enter a new password.',
    )
    await user.type(screen.getByLabelText('New password'), 'abc')
    await user.click(submitButton())
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'Use 5 to 40 characters. Use at least 5 characters.',
    )
    await user.clear(screen.getByLabelText('New password'))
    await user.type(screen.getByLabelText('New password'), 'Brand-New-1')
    await user.type(screen.getByLabelText('Repeat the new password'), 'Brand-New-2')
    await user.click(submitButton())
    const confirmation = screen.getByLabelText('Repeat the new password')
    expect(confirmation).toHaveFocus()
    expect(confirmation).toHaveAttribute('aria-invalid', 'true')
    expect(confirmation).toHaveAccessibleDescription('The two passwords are not the same.')
    expect(emulator.requests.count()).toBe(before)
  })

  it('says an expired or used link is so, and offers a new mail', async () => {
    const { user } = await renderWithEmulator(
      <ResetPasswordForm
        location={{ href: 'https://shop.example/account/reset/1/not-a-token' }}
        requestNewLink="/account/recover"
      />,
    )
    await user.type(screen.getByLabelText('New password'), 'Brand-New-1')
    await user.type(screen.getByLabelText('Repeat the new password'), 'Brand-New-1')
    await user.click(submitButton())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'This link has expired or was already used. Ask for a new one.',
      ),
    )
    expect(screen.getByRole('link', { name: 'Send me a new link' })).toHaveAttribute(
      'href',
      '/account/recover',
    )
    expect(screen.queryByLabelText('New password')).toBeNull()
  })

  it('says so when the page carries no link', async () => {
    await renderWithEmulator(
      <ResetPasswordForm location={{ href: 'https://shop.example/account/reset' }} />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Open this page from the link in your password-reset email.',
    )
  })
})

describe('ResetPasswordForm on Adobe Commerce', () => {
  it('asks for the email when the link lacks it, then resets and signs in', async () => {
    const onSuccess = vi.fn()
    const { user } = await renderWithEmulator(
      async (setup) => (
        <ResetPasswordForm location={{ href: await resetMailLink(setup) }} onSuccess={onSuccess} />
      ),
      { vendor: 'adobe-commerce' },
    )
    await user.click(submitButton())
    expect(screen.getByLabelText('Email')).toHaveFocus()
    await user.type(screen.getByLabelText('Email'), ada)
    // Magento's character classes, checked before any request.
    await user.type(screen.getByLabelText('New password'), 'lowercase-only')
    await user.type(screen.getByLabelText('Repeat the new password'), 'lowercase-only')
    await user.click(submitButton())
    expect(screen.getByLabelText('New password')).toHaveFocus()
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true')
    await user.clear(screen.getByLabelText('New password'))
    await user.clear(screen.getByLabelText('Repeat the new password'))
    await user.type(screen.getByLabelText('New password'), 'Brand-New-1')
    await user.type(screen.getByLabelText('Repeat the new password'), 'Brand-New-1')
    await user.click(submitButton())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
  })

  it("offers a new mail when Magento refuses the link (its answer does not say whether it's the link)", async () => {
    const { user } = await renderWithEmulator(
      <ResetPasswordForm
        location={{ href: `https://shop.example/reset?email=${ada}&token=spent` }}
        requestNewLink="/account/recover"
      />,
      { vendor: 'adobe-commerce' },
    )
    expect(screen.queryByLabelText('Email')).toBeNull()
    await user.type(screen.getByLabelText('New password'), 'Brand-New-1')
    await user.type(screen.getByLabelText('Repeat the new password'), 'Brand-New-1')
    await user.click(submitButton())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The store did not accept this link or password.',
      ),
    )
    expect(screen.getByRole('link', { name: 'Send me a new link' })).toBeInTheDocument()
  })
})
