import { useEffect, useState, type FormEvent } from 'react'
import type { Customer } from '../core/customer.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { useChangePassword, useCustomerAuth, useCustomerAuthEngine } from '../react/index.js'
import {
  defaultChangePasswordFormMessages,
  type ChangePasswordFormMessages,
} from './change-password-form-messages.js'
import { useComponentMessages } from './use-component-messages.js'
import { commonErrorTexts, formErrorMessage, serverFieldErrors } from './form-error-message.js'
import { checkNewPassword, newPasswordProblemMessage } from './new-password-check.js'
import { useFormFields } from './use-form-fields.js'
import { useFormStatus } from './use-form-status.js'
import { useNewPasswordField } from './use-new-password-field.js'
import type { PasswordFormControls } from './password-form-controls.js'
import type { LinkPasswordFormField } from './use-link-password-form.js'

/** The options of `useChangePasswordForm` (and the behaviour props of `ChangePasswordForm`). */
export interface UseChangePasswordFormOptions {
  /** Called once the password is changed (the customer stays signed in). */
  onSuccess?: (customer: Customer) => void
  /** Called when the backend refused the change. Client-side checks never reach it. */
  onError?: (error: CustomerAuthError) => void
  /**
   * Replaces any of the strings, key by key: the English defaults
   * (`defaultChangePasswordFormMessages`) or those of the nearest `CustomerAuthMessages`.
   */
  messages?: Partial<ChangePasswordFormMessages>
  /** Focus the current-password field on mount. */
  autoFocus?: boolean
}

/**
 * Where the change stands: the form, nobody signed in (or the session check still running:
 * `initializing`), a backend without password changes, or done.
 */
export type ChangePasswordFormStatus =
  'form' | 'initializing' | 'signed-out' | 'unsupported' | 'success'

/** What `useChangePasswordForm` returns: prop objects to spread on your markup, and the state. */
export interface UseChangePasswordFormResult extends PasswordFormControls {
  readonly status: ChangePasswordFormStatus
  readonly currentPassword: LinkPasswordFormField
  readonly newPassword: LinkPasswordFormField
  /** The backend's error of the last attempt, for callers that branch on `error.code`. */
  readonly error: CustomerAuthError | null
  readonly messages: ChangePasswordFormMessages
}

type Field = 'currentPassword' | 'newPassword'
const changeFields: readonly Field[] = ['currentPassword', 'newPassword']

/**
 * The behaviour of a change-password form for the signed-in customer, without its markup: the
 * current password and the new one (the backend's rules shown before submit), checks before any
 * request with focus to the first problem, the change through `useChangePassword` (the customer
 * stays signed in), a wrong current password on its field, and a clear state when nobody is
 * signed in.
 */
export function useChangePasswordForm(
  options: UseChangePasswordFormOptions = {},
): UseChangePasswordFormResult {
  const { onSuccess, onError, autoFocus } = options
  const messages = useComponentMessages(
    'changePasswordForm',
    defaultChangePasswordFormMessages,
    options.messages,
  )
  const change = useChangePassword()
  const supported = useCustomerAuthEngine().backend.capabilities.changePassword
  const auth = useCustomerAuth((state) =>
    state.status === 'initializing' ? 'initializing' : state.isAuthenticated ? 'in' : 'out',
  )
  const fields = useFormFields<Field, string>(changeFields)
  const [done, setDone] = useState(false)
  const serverError = change.error ?? null
  const refused = serverFieldErrors(serverError)
  const wrongCurrent =
    serverError?.code === 'INVALID_CREDENTIALS' ? messages.currentPasswordIncorrect : null
  const newRejected = refused['newPassword']?.length ? messages.newPasswordRejected : null
  const newPassword = useNewPasswordField(
    fields,
    'newPassword',
    fields.problems.newPassword ?? newRejected,
    messages,
  )
  const current = fields.field('currentPassword', fields.problems.currentPassword ?? wrongCurrent)
  const formStatus = useFormStatus({
    isPending: change.isPending,
    pendingText: messages.pending,
    doneText: done ? messages.success : '',
    formErrorId: fields.formErrorId,
  })

  useEffect(() => {
    if (autoFocus) fields.focusFirst((name) => name === 'currentPassword')
    // Only on mount, as the LoginForm does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoFocus])

  const status: ChangePasswordFormStatus = !supported
    ? 'unsupported'
    : done
      ? 'success'
      : auth === 'initializing'
        ? 'initializing'
        : auth === 'out'
          ? 'signed-out'
          : 'form'
  const formError =
    !serverError || wrongCurrent || newRejected
      ? null
      : formErrorMessage(
          serverError,
          {
            ...commonErrorTexts(messages),
            THROTTLED: messages.throttled,
            UNSUPPORTED: messages.unsupported,
            TOKEN_INVALID: messages.sessionEnded,
            ABORTED: messages.sessionEnded,
          },
          ['currentPassword', 'newPassword'],
        )

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    if (status !== 'form') return
    const currentPassword = fields.value('currentPassword')
    const next = fields.value('newPassword')
    const found: Partial<Record<Field, string>> = {}
    if (currentPassword === '') found.currentPassword = messages.currentPasswordRequired
    const problem = checkNewPassword(next, newPassword.rules)
    if (problem) found.newPassword = newPasswordProblemMessage(problem, newPassword.rules, messages)
    if (fields.report(found) || !formStatus.begin()) return
    change.mutate(
      { currentPassword, newPassword: next },
      {
        onSuccess(customer) {
          formStatus.end()
          fields.clear('currentPassword')
          fields.clear('newPassword')
          setDone(true)
          onSuccess?.(customer)
        },
        onError(error) {
          formStatus.end()
          if (error.code === 'INVALID_CREDENTIALS')
            fields.focusFirst((name) => name === 'currentPassword')
          else if (error.fieldErrors['newPassword']?.length)
            fields.focusFirst((name) => name === 'newPassword')
          onError?.(error)
        },
      },
    )
  }

  const noHint = { hint: '', hintProps: { id: `${fields.baseId}-no-hint` } }
  return {
    status,
    formProps: { onSubmit, noValidate: true },
    currentPassword: {
      ...current,
      ...noHint,
      inputProps: {
        ...current.inputProps,
        required: true,
        spellCheck: false,
        autoCapitalize: 'none',
        // The toggle shows both: the customer checks what they typed in either.
        type: newPassword.inputProps.type,
        autoComplete: 'current-password',
      },
    },
    newPassword,
    toggleProps: {
      ...newPassword.toggleProps,
      'aria-controls': `${current.inputProps.id} ${newPassword.inputProps.id}`,
    },
    submitProps: formStatus.submitProps,
    formErrorProps: formStatus.formErrorProps,
    formError,
    statusProps: formStatus.statusProps,
    statusText: formStatus.statusText,
    isPending: change.isPending,
    error: serverError,
    messages,
  }
}
