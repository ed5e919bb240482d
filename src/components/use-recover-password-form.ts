import { useMemo, useState, type FormEvent } from 'react'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { useRecoverPassword } from '../react/index.js'
import { isEmailShaped } from './email-shape.js'
import { accountFormError, serverFieldErrors } from './form-error-message.js'
import {
  defaultRecoverPasswordFormMessages,
  type RecoverPasswordFormMessages,
} from './recover-password-form-messages.js'
import { useFormFields, type FormFieldProps } from './use-form-fields.js'
import { useFormStatus, type AccountFormState } from './use-form-status.js'

/** The options of `useRecoverPasswordForm` (and the behaviour props of `RecoverPasswordForm`). */
export interface UseRecoverPasswordFormOptions {
  /** Called once the request is through (also for an address without an account). */
  onSuccess?: (email: string) => void
  /** Called when the request failed (throttled, offline...). Client-side checks never reach it. */
  onError?: (error: CustomerAuthError) => void
  /** Replaces any of the English strings (`defaultRecoverPasswordFormMessages`). */
  messages?: Partial<RecoverPasswordFormMessages>
}

type RecoverProblem = 'emailRequired' | 'emailInvalid'

/** What `useRecoverPasswordForm` returns: prop objects to spread, and the form's state. */
export interface UseRecoverPasswordFormResult extends AccountFormState {
  readonly email: FormFieldProps<'email'> & {
    readonly inputProps: FormFieldProps<'email'>['inputProps'] & {
      readonly type: 'email'
      readonly autoComplete: 'email'
      readonly required: true
    }
  }
  /** Whether the last request went through (the mail is on its way if the account exists). */
  readonly isSent: boolean
  readonly messages: RecoverPasswordFormMessages
}

/**
 * Shopify answers an unknown address with an error, Magento does not: both are the same "sent"
 * here, so the form never tells whether an address has an account.
 */
function isUnknownAddress(error: CustomerAuthError): boolean {
  return error.code === 'NOT_FOUND' || Boolean(serverFieldErrors(error)['email']?.length)
}

/**
 * The behaviour of a forgot-password form without its markup: checks the email, asks the shop
 * for a reset mail through `useRecoverPassword`, and gives the same answer whether or not the
 * address has an account. The shop's limit shows as "try again later".
 */
export function useRecoverPasswordForm(
  options: UseRecoverPasswordFormOptions = {},
): UseRecoverPasswordFormResult {
  const { onSuccess, onError } = options
  const messages = useMemo(
    () => ({ ...defaultRecoverPasswordFormMessages, ...options.messages }),
    [options.messages],
  )
  const recover = useRecoverPassword()
  const [isSent, setSent] = useState(false)
  const fields = useFormFields<'email', RecoverProblem>(['email'])
  const status = useFormStatus({
    isPending: recover.isPending,
    pendingText: messages.pending,
    doneText: isSent ? messages.sent : '',
    formErrorId: fields.formErrorId,
  })
  const serverError = recover.error && !isUnknownAddress(recover.error) ? recover.error : null
  const problem = fields.problems.email
  const formError = accountFormError(serverError, messages, [])

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    if (!status.begin()) return
    const email = fields.value('email').trim()
    const found: Partial<Record<'email', RecoverProblem>> = {}
    if (email === '') found.email = 'emailRequired'
    else if (!isEmailShaped(email)) found.email = 'emailInvalid'
    if (fields.report(found)) {
      status.end()
      return
    }
    setSent(false)
    const sent = () => {
      status.end()
      setSent(true)
      onSuccess?.(email)
    }
    recover.mutate(email, {
      onSuccess: sent,
      onError(error) {
        if (isUnknownAddress(error)) return sent()
        status.end()
        onError?.(error)
      },
    })
  }

  const field = fields.field('email', problem ? messages[problem] : null)
  return {
    formProps: { onSubmit, noValidate: true },
    email: {
      ...field,
      inputProps: { ...field.inputProps, type: 'email', autoComplete: 'email', required: true },
    },
    submitProps: status.submitProps,
    formErrorProps: status.formErrorProps,
    formError,
    statusProps: status.statusProps,
    statusText: status.statusText,
    isPending: recover.isPending,
    isSent,
    error: serverError,
    messages,
  }
}
