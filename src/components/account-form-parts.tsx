import type { ReactNode } from 'react'
import {
  accountFormClassOf,
  accountFormRootClass,
  type AccountFormClassOf,
  type AccountFormLookProps,
} from './account-form-class-names.js'
import type { AccountFormState } from './use-form-status.js'
import type { FormFieldInputProps } from './use-form-fields.js'
import type { UseFormStatusResult } from './use-form-status.js'
import type { UseNewPasswordFieldResult } from './use-new-password-field.js'

// The markup the account forms share. Each part takes what its headless hook returned, so a
// form is its hook plus these parts in order.

/** A labelled input with its error line (always rendered: an error never moves the form). */
export function TextFieldMarkup(props: {
  readonly field: {
    readonly labelProps: { readonly htmlFor: string; readonly id: string }
    readonly inputProps: FormFieldInputProps<string>
    readonly errorProps: { readonly id: string }
    readonly error: string | null
  }
  readonly label: string
  readonly classOf: AccountFormClassOf
}): ReactNode {
  const { field, label, classOf } = props
  return (
    <div className={classOf('field')}>
      <label {...field.labelProps} className={classOf('label')}>
        {label}
      </label>
      <input {...field.inputProps} className={classOf('input')} />
      <p {...field.errorProps} className={classOf('fieldError')}>
        {field.error}
      </p>
    </div>
  )
}

/** A new-password input with its show-password toggle, its rules and its error line. */
export function NewPasswordFieldMarkup(props: {
  readonly field: UseNewPasswordFieldResult<string>
  readonly label: string
  readonly toggleLabel: string
  readonly classOf: AccountFormClassOf
}): ReactNode {
  const { field, label, toggleLabel, classOf } = props
  return (
    <div className={classOf('field')}>
      <label {...field.labelProps} className={classOf('label')}>
        {label}
      </label>
      <div className={classOf('passwordRow')}>
        <input {...field.inputProps} className={classOf('input')} />
        <button {...field.toggleProps} className={classOf('toggle')}>
          {toggleLabel}
        </button>
      </div>
      {field.hint ? (
        <p {...field.hintProps} className={classOf('hint')}>
          {field.hint}
        </p>
      ) : null}
      <p {...field.errorProps} className={classOf('fieldError')}>
        {field.error}
      </p>
    </div>
  )
}

/** The end of every account form: the form-level alert, the submit button and the status line. */
export function FormEndMarkup(props: {
  readonly status: Pick<
    UseFormStatusResult,
    'formErrorProps' | 'submitProps' | 'statusProps' | 'statusText'
  >
  readonly formError: string | null
  readonly submitLabel: string
  readonly classOf: AccountFormClassOf
}): ReactNode {
  const { status, formError, submitLabel, classOf } = props
  return (
    <>
      <div {...status.formErrorProps} className={classOf('formError')}>
        {formError}
      </div>
      <button {...status.submitProps} className={classOf('submit')}>
        {submitLabel}
      </button>
      <span {...status.statusProps} className={classOf('status')}>
        {status.statusText}
      </span>
    </>
  )
}

/** A link slot: an href gets our link with `text`, anything else is rendered as given. */
export function LinkSlot(props: {
  readonly slot: string | ReactNode
  readonly text: string
  readonly classOf: AccountFormClassOf
}): ReactNode {
  const { slot, text, classOf } = props
  return typeof slot === 'string' ? (
    <a href={slot} className={classOf('link')}>
      {text}
    </a>
  ) : (
    slot
  )
}

/**
 * An account form's frame: the form element with its classes, the fields (`children(classOf)`),
 * the alert, the submit button, the status line and the sign-in link slot.
 */
export function AccountFormMarkup(props: {
  readonly form: AccountFormState & {
    readonly messages: { readonly submit: string; readonly signIn: string }
  }
  /** The form's own class, e.g. `sfa-register-form`. */
  readonly own: string
  readonly look: AccountFormLookProps
  readonly children: (classOf: AccountFormClassOf) => ReactNode
}): ReactNode {
  const { form, own, look, children } = props
  const { messages } = form
  const classNames = look.classNames ?? {}
  const classOf = accountFormClassOf(look.unstyled, classNames)
  return (
    <form
      {...form.formProps}
      className={accountFormRootClass(look.unstyled, own, classNames, look.className)}
      data-pending={form.isPending || undefined}
    >
      {children(classOf)}
      <FormEndMarkup
        status={form}
        formError={form.formError}
        submitLabel={messages.submit}
        classOf={classOf}
      />
      {look.signIn === undefined ? null : (
        <LinkSlot slot={look.signIn} text={messages.signIn} classOf={classOf} />
      )}
    </form>
  )
}
