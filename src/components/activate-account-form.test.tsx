import '@testing-library/jest-dom/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { defined } from '../testing/test-support/defined.js'
import { ActivateAccountForm } from './activate-account-form.js'
import { renderWithEmulator } from './test-support/render-with-emulator.js'

const submitButton = () => screen.getByRole('button', { name: 'Activate account' })

describe('ActivateAccountForm', () => {
  it("activates an invited Shopify customer from the invitation's link and signs in", async () => {
    const onSuccess = vi.fn()
    const { user } = await renderWithEmulator(async ({ emulator }) => (
      <ActivateAccountForm
        location={{ href: defined(emulator.outbox.latest('invited@example.com', 'activate')?.url) }}
        onSuccess={onSuccess}
      />
    ))
    const password = screen.getByLabelText('Choose a password')
    expect(password).toHaveAttribute('autocomplete', 'new-password')
    expect(password).toHaveAccessibleDescription('Use 5 to 40 characters.')
    await user.type(password, 'Chosen-1')
    await user.type(screen.getByLabelText('Repeat the password'), 'Chosen-1')
    await user.click(submitButton())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your account is active and you are signed in.',
    )
  })

  it('says a spent or wrong link is so, and offers a new mail', async () => {
    const { user } = await renderWithEmulator(
      <ActivateAccountForm
        customerId="1"
        activationToken="not-the-token"
        location={null}
        requestNewLink="/account/recover"
      />,
    )
    await user.type(screen.getByLabelText('Choose a password'), 'Chosen-1')
    await user.type(screen.getByLabelText('Repeat the password'), 'Chosen-1')
    await user.click(submitButton())
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'This activation link has expired or was already used.',
      ),
    )
    expect(screen.getByRole('link', { name: 'Send me a new link' })).toHaveAttribute(
      'href',
      '/account/recover',
    )
  })

  it('says clearly that Adobe Commerce has no activation by link, sending nothing', async () => {
    const { emulator } = await renderWithEmulator(
      <ActivateAccountForm location={{ href: 'https://shop.example/account/activate/1/t' }} />,
      { vendor: 'adobe-commerce' },
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This store does not activate accounts by link.',
    )
    expect(screen.queryByLabelText('Choose a password')).toBeNull()
    expect(emulator.requests.count()).toBe(0)
  })
})
