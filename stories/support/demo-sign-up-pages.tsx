// INTERIM until RegisterForm and RecoverPasswordForm land on main (forms-a): same labels.
import { useState, type FormEvent } from 'react'
import { useRecoverPassword, useRegister } from '../../src/react/index.js'
import { useDemoRouter } from './demo-router.js'

export function SignUpPage() {
  const register = useRegister()
  const { navigate } = useDemoRouter()
  const [checkEmail, setCheckEmail] = useState(false)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    register.mutate(
      {
        firstName: String(data.get('firstName')),
        lastName: String(data.get('lastName')),
        email: String(data.get('email')),
        password: String(data.get('password')),
      },
      { onSuccess: (session) => (session ? navigate('account') : setCheckEmail(true)) },
    )
  }
  return (
    <section aria-labelledby="sign-up-heading">
      <h2 id="sign-up-heading">Create an account</h2>
      <form onSubmit={submit}>
        <label htmlFor="fn">First name</label> <input id="fn" name="firstName" />
        <label htmlFor="ln">Last name</label> <input id="ln" name="lastName" />
        <label htmlFor="em">Email</label> <input id="em" name="email" />
        <label htmlFor="pw">Password</label> <input id="pw" name="password" type="password" />
        <button type="submit">Create account</button>
      </form>
      <p role="status">{checkEmail ? 'Check your email' : register.error?.code}</p>
    </section>
  )
}

export function ForgotPasswordPage() {
  const recover = useRecoverPassword()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    recover.mutate(String(new FormData(event.currentTarget).get('email')))
  }
  return (
    <section aria-labelledby="forgot-heading">
      <h2 id="forgot-heading">Forgot your password?</h2>
      <form onSubmit={submit}>
        <label htmlFor="fe">Email</label> <input id="fe" name="email" />
        <button type="submit">Send reset link</button>
      </form>
      <p role="status">{recover.isSuccess ? 'If an account exists' : recover.error?.code}</p>
    </section>
  )
}
