import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type RefObject,
} from 'react'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { useLogin } from '../react/index.js'
import { loginErrorMessage } from './login-error-message.js'
import { defaultLoginFormMessages, type LoginFormMessages } from './login-form-messages.js'
import { useComponentMessages } from './use-component-messages.js'

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
type ClientProblems = Partial<Record<LoginField, ClientProblem>>

// Deliberately loose: the API has the final word; this only catches what is surely a typo.
const emailShape = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

function checkCredentials(email: string, password: string): ClientProblems {
  const problems: ClientProblems = {}
  if (email === '') problems.email = 'emailRequired'
  else if (!emailShape.test(email)) problems.email = 'emailInvalid'
  if (password === '') problems.password = 'passwordRequired'
  return problems
}

/** Props for one input, ready to spread (the input stays uncontrolled: no password in state). */
export interface LoginFormInputProps {
  readonly ref: RefObject<HTMLInputElement | null>
  readonly id: string
  readonly name: 'email' | 'password'
  readonly type: 'email' | 'password' | 'text'
  readonly autoComplete: 'email' | 'current-password'
  readonly required: true
  readonly spellCheck: false
  readonly autoCapitalize: 'none'
  readonly 'aria-invalid': boolean | undefined
  readonly 'aria-describedby': string | undefined
  /** Clears the field's error as the shopper types. */
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void
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
  const baseId = useId()
  const ids = {
    email: `${baseId}-email`,
    emailLabel: `${baseId}-email-label`,
    emailError: `${baseId}-email-error`,
    password: `${baseId}-password`,
    passwordLabel: `${baseId}-password-label`,
    passwordError: `${baseId}-password-error`,
    formError: `${baseId}-form-error`,
  }
  const emailRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const submitting = useRef(false)
  const [problems, setProblems] = useState<ClientProblems>({})
  const [isPasswordVisible, setPasswordVisible] = useState(false)

  useEffect(() => {
    if (autoFocus) emailRef.current?.focus()
  }, [autoFocus])

  const serverError = login.error ?? null
  const serverFieldErrors = serverError?.code === 'VALIDATION' ? serverError.fieldErrors : {}
  const emailError = problems.email
    ? messages[problems.email]
    : serverFieldErrors.email?.length
      ? messages.emailInvalid
      : null
  const passwordError = problems.password
    ? messages[problems.password]
    : serverFieldErrors.password?.length
      ? messages.passwordRejected
      : null
  const formError = serverError ? loginErrorMessage(serverError, messages) : null

  const focusField = (field: LoginField): void => {
    const input = field === 'email' ? emailRef.current : passwordRef.current
    input?.focus()
    input?.select()
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    if (submitting.current) return
    const email = emailRef.current?.value.trim() ?? ''
    const password = passwordRef.current?.value ?? ''
    const found = checkCredentials(email, password)
    if (found.email || found.password) {
      setProblems(found)
      focusField(found.email ? 'email' : 'password')
      return
    }
    // Only a real change re-renders: a clean form goes straight to the pending render.
    setProblems((current) => (current.email || current.password ? {} : current))
    submitting.current = true
    login.mutate(
      { email, password },
      {
        onSuccess(session) {
          submitting.current = false
          // The password lives only in the input; drop it there too once it has done its job.
          if (passwordRef.current) passwordRef.current.value = ''
          onSuccess?.(session)
        },
        onError(error) {
          submitting.current = false
          if (error.code === 'VALIDATION') {
            if (error.fieldErrors.email?.length) focusField('email')
            else if (error.fieldErrors.password?.length) focusField('password')
          } else if (error.code === 'INVALID_CREDENTIALS') {
            focusField('password')
          }
          onError?.(error)
        },
      },
    )
  }

  const clearProblem = useCallback((field: LoginField) => {
    setProblems((current) => {
      if (!current[field]) return current
      return field === 'email' ? { password: current.password } : { email: current.email }
    })
  }, [])

  const describedBy = (errorId: string, error: string | null): string | undefined =>
    error ? errorId : undefined

  return {
    // No aria-busy on the form: it would hold back the status region's "Signing in…".
    formProps: { onSubmit, noValidate: true },
    emailLabelProps: { htmlFor: ids.email, id: ids.emailLabel },
    emailInputProps: {
      ref: emailRef,
      id: ids.email,
      name: 'email',
      type: 'email',
      autoComplete: 'email',
      required: true,
      spellCheck: false,
      autoCapitalize: 'none',
      'aria-invalid': emailError ? true : undefined,
      'aria-describedby': describedBy(ids.emailError, emailError),
      onChange: () => clearProblem('email'),
    },
    emailErrorProps: { id: ids.emailError },
    emailError,
    passwordLabelProps: { htmlFor: ids.password, id: ids.passwordLabel },
    passwordInputProps: {
      ref: passwordRef,
      id: ids.password,
      name: 'password',
      type: isPasswordVisible ? 'text' : 'password',
      autoComplete: 'current-password',
      required: true,
      spellCheck: false,
      autoCapitalize: 'none',
      'aria-invalid': passwordError ? true : undefined,
      'aria-describedby': describedBy(ids.passwordError, passwordError),
      onChange: () => clearProblem('password'),
    },
    passwordErrorProps: { id: ids.passwordError },
    passwordError,
    toggleProps: {
      type: 'button',
      'aria-pressed': isPasswordVisible,
      'aria-controls': ids.password,
      onClick: () => setPasswordVisible((visible) => !visible),
    },
    isPasswordVisible,
    submitProps: { type: 'submit', 'aria-disabled': login.isPending || undefined },
    formErrorProps: { id: ids.formError, role: 'alert' },
    formError,
    statusProps: { role: 'status' },
    statusText: login.isPending ? messages.pending : '',
    isPending: login.isPending,
    error: serverError,
    messages,
  }
}
