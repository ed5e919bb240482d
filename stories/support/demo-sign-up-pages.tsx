// Placeholder until RegisterForm and RecoverPasswordForm land on main (forms-a).
export function SignUpPage() {
  return (
    <section aria-labelledby="sign-up-heading">
      <h2 id="sign-up-heading">Create an account</h2>
    </section>
  )
}

export function ForgotPasswordPage() {
  return (
    <section aria-labelledby="forgot-heading">
      <h2 id="forgot-heading">Forgot your password?</h2>
    </section>
  )
}
