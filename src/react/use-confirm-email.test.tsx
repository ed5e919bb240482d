import '@testing-library/jest-dom/vitest'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithEmulator } from '../components/test-support/render-with-emulator.js'
import { REDACTED } from './redact.js'
import { useConfirmEmail } from './use-confirm-email.js'
import { useResendConfirmationEmail } from './use-resend-confirmation-email.js'

const email = 'unconfirmed@example.com'

function Confirm({ confirmationKey }: { confirmationKey: () => string }) {
  const resend = useResendConfirmationEmail()
  const confirm = useConfirmEmail()
  return (
    <>
      <button type="button" onClick={() => resend.mutate(email)}>
        resend
      </button>
      <button
        type="button"
        onClick={() => confirm.mutate({ email, confirmationKey: confirmationKey() })}
      >
        confirm
      </button>
      <output>
        {resend.status}/{confirm.status}/{confirm.error?.code ?? resend.error?.code ?? ''}/
        {confirm.variables?.confirmationKey ?? ''}
      </output>
    </>
  )
}

describe('useConfirmEmail and useResendConfirmationEmail', () => {
  it('resend a confirmation mail and confirm with its key, which react-query never keeps', async () => {
    let key = ''
    const { user, emulator, backend } = await renderWithEmulator(
      <Confirm confirmationKey={() => key} />,
      { vendor: 'adobe-commerce' },
    )
    await user.click(screen.getByRole('button', { name: 'resend' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^success\//))
    key = emulator.outbox.latest(email, 'activate')?.token ?? ''
    await user.click(screen.getByRole('button', { name: 'confirm' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('success/success'))
    expect(screen.getByRole('status')).toHaveTextContent(REDACTED)
    expect(screen.getByRole('status')).not.toHaveTextContent(key)
    await expect(
      backend.login({ email, password: 'confirm-me-first' }, { client: backend.createClient() }),
    ).resolves.toMatchObject({ accessToken: expect.any(String) })
  })

  it('reject with UNSUPPORTED on Shopify, which has no such step', async () => {
    const { user } = await renderWithEmulator(<Confirm confirmationKey={() => 'key'} />)
    await user.click(screen.getByRole('button', { name: 'confirm' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('UNSUPPORTED'))
  })
})
