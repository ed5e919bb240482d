import { RecoverPasswordForm, RegisterForm } from '../../src/components/index.js'
import { useDemoOutbox } from './demo-outbox.js'
import { useDemoRouter } from './demo-router.js'

/**
 * Sign-up: Shopify signs the new customer in (to the account page); Adobe Commerce, when the shop
 * requires email confirmation, says to check the mail, and the outbox beside the shop shows it.
 */
export function SignUpPage() {
  const { navigate } = useDemoRouter()
  const { refresh } = useDemoOutbox()
  return (
    <section aria-labelledby="sign-up-heading">
      <h2 id="sign-up-heading">Create an account</h2>
      <RegisterForm
        signIn="#/sign-in"
        onSuccess={(session) => (session ? navigate('account') : refresh())}
      />
    </section>
  )
}

/** Forgot password: the shop mails a reset link (the outbox shows it), whoever the address is. */
export function ForgotPasswordPage() {
  const { refresh } = useDemoOutbox()
  return (
    <section aria-labelledby="forgot-heading">
      <h2 id="forgot-heading">Forgot your password?</h2>
      <RecoverPasswordForm signIn="#/sign-in" onSuccess={refresh} />
    </section>
  )
}
