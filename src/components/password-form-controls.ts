import type { FormEvent } from 'react'

/**
 * The parts every password form's hook returns besides its fields (reset, activate, change):
 * prop objects for the form, the one show-passwords toggle, the submit button and the two live
 * regions, and the pending state.
 */
export interface PasswordFormControls {
  readonly formProps: {
    /** Checks the fields, then calls the backend. */
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void
    readonly noValidate: true
  }
  /** One toggle for every password input: `aria-pressed` tells the state. */
  readonly toggleProps: {
    readonly type: 'button'
    readonly 'aria-pressed': boolean
    readonly 'aria-controls': string
    /** Shows or hides the passwords. */
    readonly onClick: () => void
  }
  /** Never `disabled` while pending (that drops focus): `aria-disabled`, a second submit ignored. */
  readonly submitProps: { readonly type: 'submit'; readonly 'aria-disabled': boolean | undefined }
  /** The form-level error region: always rendered, so screen readers pick up changes. */
  readonly formErrorProps: { readonly id: string; readonly role: 'alert' }
  readonly formError: string | null
  /** A polite live region: the pending state, then the success. */
  readonly statusProps: { readonly role: 'status' }
  readonly statusText: string
  readonly isPending: boolean
}
