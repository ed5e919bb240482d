import '@testing-library/jest-dom/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ChangePasswordForm } from './change-password-form.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
const submitButton = () => screen.getByRole('button', { name: 'Change password' })

describe.each(['shopify', 'adobe-commerce'] as const)('ChangePasswordForm on %s', (vendor) => {
  it('changes the password of the signed-in customer, who stays signed in', async () => {
    const onSuccess = vi.fn()
    const { user, backend } = await renderWithEmulator(
      <ChangePasswordForm onSuccess={onSuccess} />,
      { vendor, signedInAs: ada.email },
    )
    const current = screen.getByLabelText('Current password')
    expect(current).toHaveAttribute('autocomplete', 'current-password')
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password')
    await user.type(current, ada.password)
    await user.type(screen.getByLabelText('New password'), 'Changed-Password-1')
    await user.click(submitButton())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ email: ada.email })
    expect(screen.getByRole('status')).toHaveTextContent('Your password is changed.')
    await expect(
      backend.login(
        { email: ada.email, password: 'Changed-Password-1' },
        { client: backend.createClient() },
      ),
    ).resolves.toMatchObject({ accessToken: expect.any(String) })
  })

  it('catches empty fields and the rules before any request, focusing the first problem', async () => {
    const { user, emulator } = await renderWithEmulator(<ChangePasswordForm />, {
      vendor,
      signedInAs: ada.email,
    })
    const before = emulator.requests.count()
    await user.click(submitButton())
    expect(screen.getByLabelText('Current password')).toHaveFocus()
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(
      'Enter your current password.',
    )
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true')
    await user.type(screen.getByLabelText('Current password'), ada.password)
    await user.type(screen.getByLabelText('New password'), 'abc')
    await user.click(submitButton())
    expect(screen.getByLabelText('New password')).toHaveFocus()
    expect(emulator.requests.count()).toBe(before)
  })

  it('puts a wrong current password on its field and focuses it, the session kept', async () => {
    const { user } = await renderWithEmulator(<ChangePasswordForm />, {
      vendor,
      signedInAs: ada.email,
    })
    await user.type(screen.getByLabelText('Current password'), 'not-my-password')
    await user.type(screen.getByLabelText('New password'), 'Changed-Password-1')
    await user.click(submitButton())
    await waitFor(() =>
      expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(
        'The current password is incorrect.',
      ),
    )
    expect(screen.getByLabelText('Current password')).toHaveFocus()
    expect(screen.getByRole('alert')).toHaveTextContent('')
  })

  it('says so when nobody is signed in, with a sign-in link', async () => {
    await renderWithEmulator(<ChangePasswordForm signIn="/account/login" />, { vendor })
    await waitFor(() =>
      expect(screen.getByText('Sign in to change your password.')).toBeInTheDocument(),
    )
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/account/login')
    expect(screen.queryByLabelText('Current password')).toBeNull()
  })
})
