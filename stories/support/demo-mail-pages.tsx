import { ActivateAccountForm, ResetPasswordForm } from '../../src/components/index.js'
import { useConfirmEmail } from '../../src/react/index.js'
import type { OutboxMail } from '../../src/testing/index.js'
import { mailLink, type MailPage } from './demo-mail.js'
import { useDemoRouter } from './demo-router.js'

/** Magento's confirmation link carries the email and the key (`?email=…&key=…`). */
function ConfirmEmailPage({ mail }: { mail: OutboxMail }) {
  const confirm = useConfirmEmail()
  const link = new URL(mailLink(mail))
  const email = link.searchParams.get('email') ?? ''
  const confirmationKey = link.searchParams.get('key') ?? ''
  return (
    <section aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">Confirm your email</h2>
      {confirm.isSuccess ? (
        <p>
          <a href="#/sign-in">Sign in</a> with your new account.
        </p>
      ) : (
        <>
          <p>{`Confirm ${email} to finish creating your account.`}</p>
          <button
            type="button"
            onClick={() => confirm.mutate({ email, confirmationKey })}
            aria-disabled={confirm.isPending || undefined}
          >
            Confirm my email
          </button>
        </>
      )}
      <p role="status">
        {confirm.isPending
          ? 'Confirming…'
          : confirm.isSuccess
            ? 'Your email is confirmed.'
            : confirm.error
              ? `This link could not confirm the account (${confirm.error.code}).`
              : ''}
      </p>
    </section>
  )
}

/**
 * The page a mail's link opens: reset the password, activate the invited account (Shopify) or
 * confirm the email (Adobe Commerce). The link goes to the forms as the page address they read.
 */
export function MailLinkPage({ page, mail }: { page: MailPage; mail: OutboxMail | undefined }) {
  const { navigate } = useDemoRouter()
  if (!mail) {
    return (
      <section aria-labelledby="mail-heading">
        <h2 id="mail-heading">Link not found</h2>
        <p>
          This mail is not in the outbox any more. <a href="#/forgot-password">Ask for a new one</a>
        </p>
      </section>
    )
  }
  const location = { href: mailLink(mail) }
  // Pages whose only job is this form (a mail's link opened them): starting in it is expected.
  /* eslint-disable jsx-a11y/no-autofocus */
  switch (page) {
    case 'reset-password':
      return (
        <ResetPasswordForm
          location={location}
          requestNewLink="#/forgot-password"
          onSuccess={() => navigate('account')}
          autoFocus
        />
      )
    case 'activate':
      return (
        <ActivateAccountForm location={location} onSuccess={() => navigate('account')} autoFocus />
      )
    case 'confirm-email':
      return <ConfirmEmailPage mail={mail} />
  }
  /* eslint-enable jsx-a11y/no-autofocus */
}
