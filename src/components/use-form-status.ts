import { useRef, type FormEvent } from 'react'
import type { CustomerAuthError } from '../core/customer-auth-error.js'

/** The options of `useFormStatus`. */
export interface UseFormStatusOptions {
  /** Whether the form's request is running (the mutation's `isPending`). */
  readonly isPending: boolean
  /** Announced while pending, e.g. "Signing in…". */
  readonly pendingText: string
  /** Announced once the form is done, e.g. "Check your email." (empty or absent: nothing). */
  readonly doneText?: string
  /** The id of the form-level alert (`useFormFields().formErrorId`). */
  readonly formErrorId: string
}

/** What `useFormStatus` returns: the submit button, alert and status region props, and a guard. */
export interface UseFormStatusResult {
  /**
   * Never `disabled` while pending: a disabled button drops keyboard focus. It is
   * `aria-disabled` instead, and a second submit is ignored (see `begin`).
   */
  readonly submitProps: { readonly type: 'submit'; readonly 'aria-disabled': boolean | undefined }
  /** The form-level error region: always rendered, so screen readers pick up changes. */
  readonly formErrorProps: { readonly id: string; readonly role: 'alert' }
  /** A polite live region announcing the pending state while focus stays where it is. */
  readonly statusProps: { readonly role: 'status' }
  /** The pending text while pending, then the done text, else empty. */
  readonly statusText: string
  /** Starts a submission: `false` when one is already running (ignore the press then). */
  readonly begin: () => boolean
  /** Ends the submission `begin` started (call it when the request settles). */
  readonly end: () => void
}

/**
 * The pending state of an account form: the submit button stays focusable, the status region
 * announces what is happening, and a second press while a request runs sends nothing (the
 * guard is a ref, so it holds even before React re-renders with `isPending`).
 */
export function useFormStatus(options: UseFormStatusOptions): UseFormStatusResult {
  const { isPending, pendingText, doneText = '', formErrorId } = options
  const submitting = useRef(false)
  return {
    submitProps: { type: 'submit', 'aria-disabled': isPending || undefined },
    formErrorProps: { id: formErrorId, role: 'alert' },
    statusProps: { role: 'status' },
    statusText: isPending ? pendingText : doneText,
    begin: () => {
      if (submitting.current) return false
      submitting.current = true
      return true
    },
    end: () => {
      submitting.current = false
    },
  }
}

/**
 * What every account form's hook returns besides its fields: the form, the end of the form
 * (alert, submit, status line) and the last attempt's error.
 */
export interface AccountFormState {
  readonly formProps: {
    /** Checks the fields, then sends the form's request. */
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void
    readonly noValidate: true
  }
  readonly submitProps: UseFormStatusResult['submitProps']
  readonly formErrorProps: UseFormStatusResult['formErrorProps']
  /** The form-level error's text, or `null`. */
  readonly formError: string | null
  readonly statusProps: UseFormStatusResult['statusProps']
  /** The pending text while pending, then what happened. */
  readonly statusText: string
  readonly isPending: boolean
  /** The backend's error of the last attempt, for callers that branch on `error.code`. */
  readonly error: CustomerAuthError | null
}
