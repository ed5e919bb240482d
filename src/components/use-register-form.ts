import { useMemo, useState, type FormEvent } from 'react'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { usePasswordRules, useRegister } from '../react/index.js'
import { isEmailShaped } from './email-shape.js'
import { accountFormError, serverFieldErrors } from './form-error-message.js'
import {
  checkNewPassword,
  isNewPasswordProblem,
  newPasswordProblemMessage,
  type NewPasswordProblem,
} from './new-password-check.js'
import { defaultRegisterFormMessages, type RegisterFormMessages } from './register-form-messages.js'
import { useFormFields, type FormFieldInputProps } from './use-form-fields.js'
import { useFormStatus, type AccountFormState } from './use-form-status.js'
import { useNewPasswordField, type UseNewPasswordFieldResult } from './use-new-password-field.js'

/** The options of `useRegisterForm` (and the behaviour props of `RegisterForm`). */
export interface UseRegisterFormOptions {
  /**
   * Called once the account exists: with the session when the customer is signed in, or `null`
   * when the account must first be confirmed (Adobe Commerce) or activated (Shopify) from a mail.
   */
  onSuccess?: (session: CustomerSession | null) => void
  /** Called when the backend refused the sign-up. Client-side checks never reach it. */
  onError?: (error: CustomerAuthError) => void
  /** Replaces any of the English strings (`defaultRegisterFormMessages`). */
  messages?: Partial<RegisterFormMessages>
}

/** The fields of `RegisterForm`, in the order they are shown. */
export type RegisterField = 'firstName' | 'lastName' | 'email' | 'password' | 'acceptsMarketing'

type RegisterProblem =
  'firstNameRequired' | 'lastNameRequired' | 'emailRequired' | 'emailInvalid' | NewPasswordProblem

const registerFields: readonly RegisterField[] = [
  'firstName',
  'lastName',
  'email',
  'password',
  'acceptsMarketing',
]

/** A text field's pieces, ready to spread. */
export interface RegisterTextField {
  readonly labelProps: { readonly htmlFor: string; readonly id: string }
  readonly inputProps: FormFieldInputProps<RegisterField> & {
    readonly type: 'text' | 'email'
    readonly autoComplete: 'given-name' | 'family-name' | 'email'
    readonly required: true
  }
  readonly errorProps: { readonly id: string }
  readonly error: string | null
}

/** What `useRegisterForm` returns: prop objects to spread on your markup, and the form's state. */
export interface UseRegisterFormResult extends AccountFormState {
  readonly firstName: RegisterTextField
  readonly lastName: RegisterTextField
  readonly email: RegisterTextField
  /** The new-password field: its rules hint, error and show-password toggle. */
  readonly password: UseNewPasswordFieldResult<RegisterField>
  readonly acceptsMarketing: {
    readonly labelProps: { readonly htmlFor: string }
    readonly inputProps: Pick<FormFieldInputProps<RegisterField>, 'ref' | 'id' | 'name'> & {
      readonly type: 'checkbox'
    }
  }
  /** How the last sign-up ended: `signed-in`, `check-email`, or `null` before any. */
  readonly outcome: 'signed-in' | 'check-email' | null
  readonly messages: RegisterFormMessages
}

/**
 * The behaviour of a sign-up form without its markup: names, email, a new password checked
 * against the backend's rules (shown before submit), marketing consent; submits through
 * `useRegister`, which signs in after creating the account, or reports that a mail must be
 * opened first. `RegisterForm` is this hook plus markup.
 */
export function useRegisterForm(options: UseRegisterFormOptions = {}): UseRegisterFormResult {
  const { onSuccess, onError } = options
  const messages = useMemo(
    () => ({ ...defaultRegisterFormMessages, ...options.messages }),
    [options.messages],
  )
  const register = useRegister()
  const [outcome, setOutcome] = useState<UseRegisterFormResult['outcome']>(null)
  const fields = useFormFields<RegisterField, RegisterProblem>(registerFields)
  const status = useFormStatus({
    isPending: register.isPending,
    pendingText: messages.pending,
    doneText:
      outcome === 'signed-in'
        ? messages.signedIn
        : outcome === 'check-email'
          ? messages.checkEmail
          : '',
    formErrorId: fields.formErrorId,
  })

  const serverError = register.error ?? null
  const refused = serverFieldErrors(serverError)
  const { problems } = fields
  const nameError = (name: 'firstName' | 'lastName'): string | null => {
    const problem = problems[name]
    if (problem === 'firstNameRequired' || problem === 'lastNameRequired') return messages[problem]
    return refused[name]?.length ? messages.nameRejected : null
  }
  const emailProblem = problems.email
  const emailError =
    emailProblem === 'emailRequired' || emailProblem === 'emailInvalid'
      ? messages[emailProblem]
      : refused.email?.some((field) => field.code === 'TAKEN')
        ? messages.emailTaken
        : refused.email?.length
          ? messages.emailInvalid
          : null
  const rules = usePasswordRules()
  const passwordProblem = problems.password
  const passwordError = isNewPasswordProblem(passwordProblem)
    ? newPasswordProblemMessage(passwordProblem, rules, messages)
    : refused.password?.length
      ? messages.newPasswordRejected
      : null
  const password = useNewPasswordField(fields, 'password', passwordError, messages)

  const formError = accountFormError(serverError, messages, [
    'firstName',
    'lastName',
    'email',
    'password',
  ])

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    if (!status.begin()) return
    const firstName = fields.value('firstName').trim()
    const lastName = fields.value('lastName').trim()
    const email = fields.value('email').trim()
    const newPassword = fields.value('password')
    const found: Partial<Record<RegisterField, RegisterProblem>> = {}
    if (firstName === '') found.firstName = 'firstNameRequired'
    if (lastName === '') found.lastName = 'lastNameRequired'
    if (email === '') found.email = 'emailRequired'
    else if (!isEmailShaped(email)) found.email = 'emailInvalid'
    const newPasswordProblem = checkNewPassword(newPassword, rules)
    if (newPasswordProblem) found.password = newPasswordProblem
    if (fields.report(found)) {
      status.end()
      return
    }
    setOutcome(null)
    register.mutate(
      {
        firstName,
        lastName,
        email,
        password: newPassword,
        acceptsMarketing: fields.checked('acceptsMarketing'),
      },
      {
        onSuccess(session) {
          status.end()
          // The password lives only in the input; drop it there too once it has done its job.
          fields.clear('password')
          setOutcome(session ? 'signed-in' : 'check-email')
          onSuccess?.(session)
        },
        onError(error) {
          status.end()
          const fieldErrors = serverFieldErrors(error)
          fields.focusFirst((name) => Boolean(fieldErrors[name]?.length))
          onError?.(error)
        },
      },
    )
  }

  const textField = (
    name: 'firstName' | 'lastName' | 'email',
    error: string | null,
    type: 'text' | 'email',
    autoComplete: RegisterTextField['inputProps']['autoComplete'],
  ): RegisterTextField => {
    const field = fields.field(name, error)
    return { ...field, inputProps: { ...field.inputProps, type, autoComplete, required: true } }
  }
  const marketing = fields.field('acceptsMarketing', null)

  return {
    // No aria-busy on the form: it would hold back the status region's announcement.
    formProps: { onSubmit, noValidate: true },
    firstName: textField('firstName', nameError('firstName'), 'text', 'given-name'),
    lastName: textField('lastName', nameError('lastName'), 'text', 'family-name'),
    email: textField('email', emailError, 'email', 'email'),
    password,
    acceptsMarketing: {
      labelProps: { htmlFor: marketing.inputProps.id },
      inputProps: {
        ref: marketing.inputProps.ref,
        id: marketing.inputProps.id,
        name: 'acceptsMarketing',
        type: 'checkbox',
      },
    },
    submitProps: status.submitProps,
    formErrorProps: status.formErrorProps,
    formError,
    statusProps: status.statusProps,
    statusText: status.statusText,
    isPending: register.isPending,
    outcome,
    error: serverError,
    messages,
  }
}
