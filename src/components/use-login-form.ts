import { useEffect, useState, type FormEvent } from 'react'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { useLogin, useResendConfirmationEmail } from '../react/index.js'
import { isEmailShaped } from './email-shape.js'
import { serverFieldErrors } from './form-error-message.js'
import { loginErrorMessage } from './login-error-message.js'
import { defaultLoginFormMessages, type LoginFormMessages } from './login-form-messages.js'
import { useComponentMessages } from './use-component-messages.js'
import { useFormFields, type FormFieldInputProps } from './use-form-fields.js'
import { useFormStatus } from './use-form-status.js'
import { usePasswordToggle } from './use-password-toggle.js'

/** The options of `useLoginForm` (and the behaviour props of `LoginForm`). */
export interface UseLoginFormOptions {
  /** Called once the session exists (the form has already cleared its password field). */
  onSuccess?: (session: CustomerSession) => void
  /** Called when the backend refused the sign-in. Client-side checks never reach it. */
  onError?: (error: CustomerAuthError) => void
  /** Replaces any of the English strings (`defaultLoginFormMessages`). */
  messages?: Partial<LoginFormMessages>
  /** Focus the email field on mount. */
  autoFocus?: boolean
}

type LoginField = LoginFormInputProps['name']
type ClientProblem = 'emailRequired' | 'emailInvalid' | 'passwordRequired'

const loginFields: readonly LoginField[] = ['email', 'password']

/** Props for one input, ready to spread (the input stays uncontrolled: no password in state). */
export interface LoginFormInputProps extends FormFieldInputProps<'email' | 'password'> {
  readonly type: 'email' | 'password' | 'text'
  readonly autoComplete: 'email' | 'current-password'
  readonly required: true
  readonly spellCheck: false
  readonly autoCapitalize: 'none'
}

/** What `useLoginForm` returns: prop objects to spread on your markup, and the form's state. */
export interface UseLoginFormResult {
  readonly formProps: {
    /** Checks the fields, then signs in through `useLogin`. */
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void
    readonly noValidate: true
  }
  readonly emailLabelProps: { readonly htmlFor: string; readonly id: string }
  readonly emailInputProps: LoginFormInputProps
  readonly emailErrorProps: { readonly id: string }
  /** The email field's problem, or `null`. */
  readonly emailError: string | null
  readonly passwordLabelProps: { readonly htmlFor: string; readonly id: string }
  readonly passwordInputProps: LoginFormInputProps
  readonly passwordErrorProps: { readonly id: string }
  readonly passwordError: string | null
  /** A real toggle button: its label stays the same and `aria-pressed` tells the state. */
  readonly toggleProps: {
    readonly type: 'button'
    readonly 'aria-pressed': boolean
    readonly 'aria-controls': string
    /** Shows or hides the password. */
    readonly onClick: () => void
  }
  readonly isPasswordVisible: boolean
  /**
   * Never `disabled` while pending: a disabled button drops keyboard focus. It is
   * `aria-disabled` instead, and a second submit is ignored.
   */
  readonly submitProps: { readonly type: 'submit'; readonly 'aria-disabled': boolean | undefined }
  /** The form-level error region: always rendered, so screen readers pick up changes. */
  readonly formErrorProps: { readonly id: string; readonly role: 'alert' }
  readonly formError: string | null
  /** A polite live region announcing the pending state while focus stays where it is. */
  readonly statusProps: { readonly role: 'status' }
  readonly statusText: string
  /**
   * Adobe Commerce: when the sign-in was refused because the account is not confirmed, a button
   * that mails the confirmation link again to the email typed; else `null`.
   */
  readonly resendProps: {
    readonly type: 'button'
    readonly 'aria-disabled': boolean | undefined
    /** Requests the new confirmation mail (a second press while it runs is ignored). */
    readonly onClick: () => void
  } | null
  readonly isPending: boolean
  /** The backend's error of the last attempt, for callers that branch on `error.code`. */
  readonly error: CustomerAuthError | null
  readonly messages: LoginFormMessages
}

/**
 * The behaviour of a sign-in form without its markup (the react-aria model): checks input before
 * any request, submits through `useLogin`, maps errors to messages, and moves focus to the first
 * problem. `LoginForm` is this hook plus markup; a storefront can build its own the same way.
 */
export function useLoginForm(options: UseLoginFormOptions = {}): UseLoginFormResult {
  const { onSuccess, onError, autoFocus } = options
  const messages = useComponentMessages('loginForm', defaultLoginFormMessages, options.messages)
  const login = useLogin()
  const resend = useResendConfirmationEmail()
  const [resent, setResent] = useState<'sent' | 'failed' | null>(null)
  const fields = useFormFields<LoginField, ClientProblem>(loginFields)
  const status = useFormStatus({
    isPending: login.isPending,
    pendingText: messages.pending,
    formErrorId: fields.formErrorId,
  })

  useEffect(() => {
    if (autoFocus) fields.focusFirst((name) => name === 'email')
    // Only on mount: `fields` is new each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoFocus])

  const serverError = login.error ?? null
  const refused = serverFieldErrors(serverError)
  const { problems } = fields
  const emailError = problems.email
    ? messages[problems.email]
    : refused.email?.length
      ? messages.emailInvalid
      : null
  const passwordError = problems.password
    ? messages[problems.password]
    : refused.password?.length
      ? messages.passwordRejected
      : null
  const formError = serverError ? loginErrorMessage(serverError, messages) : null

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    if (!status.begin()) return
    const email = fields.value('email').trim()
    const password = fields.value('password')
    const found: Partial<Record<LoginField, ClientProblem>> = {}
    if (email === '') found.email = 'emailRequired'
    else if (!isEmailShaped(email)) found.email = 'emailInvalid'
    if (password === '') found.password = 'passwordRequired'
    if (fields.report(found)) {
      status.end()
      return
    }
    setResent(null)
    resend.reset()
    login.mutate(
      { email, password },
      {
        onSuccess(session) {
          status.end()
          // The password lives only in the input; drop it there too once it has done its job.
          fields.clear('password')
          onSuccess?.(session)
        },
        onError(error) {
          status.end()
          const fieldErrors = serverFieldErrors(error)
          if (error.code === 'INVALID_CREDENTIALS') fields.focusFirst((name) => name === 'password')
          else fields.focusFirst((name) => Boolean(fieldErrors[name]?.length))
          onError?.(error)
        },
      },
    )
  }

  const onResend = (): void => {
    if (resend.isPending) return
    resend.mutate(fields.value('email').trim(), {
      onSuccess: () => setResent('sent'),
      onError: () => setResent('failed'),
    })
  }
  const resendText = resend.isPending
    ? messages.resendPending
    : resent === 'sent'
      ? messages.resendSent
      : resent === 'failed'
        ? messages.resendFailed
        : ''

  const email = fields.field('email', emailError)
  const password = fields.field('password', passwordError)
  const toggle = usePasswordToggle(password.inputProps.id)
  const common = { required: true, spellCheck: false, autoCapitalize: 'none' } as const

  return {
    // No aria-busy on the form: it would hold back the status region's "Signing in…".
    formProps: { onSubmit, noValidate: true },
    emailLabelProps: email.labelProps,
    emailInputProps: { ...email.inputProps, ...common, type: 'email', autoComplete: 'email' },
    emailErrorProps: email.errorProps,
    emailError,
    passwordLabelProps: password.labelProps,
    passwordInputProps: {
      ...password.inputProps,
      ...common,
      type: toggle.inputType,
      autoComplete: 'current-password',
    },
    passwordErrorProps: password.errorProps,
    passwordError,
    toggleProps: toggle.toggleProps,
    isPasswordVisible: toggle.isPasswordVisible,
    submitProps: status.submitProps,
    formErrorProps: status.formErrorProps,
    formError,
    statusProps: status.statusProps,
    statusText: status.statusText || resendText,
    resendProps:
      serverError?.code === 'ACCOUNT_NOT_CONFIRMED'
        ? { type: 'button', 'aria-disabled': resend.isPending || undefined, onClick: onResend }
        : null,
    isPending: login.isPending,
    error: serverError,
    messages,
  }
}
