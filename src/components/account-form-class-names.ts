import type { ReactNode } from 'react'
import { slotClassName } from './class-names.js'

/**
 * Class names for each part of an account form (`RegisterForm`, `RecoverPasswordForm`, ...),
 * added to (or, with `unstyled`, instead of) ours.
 */
export interface AccountFormClassNames {
  readonly root?: string
  readonly field?: string
  readonly label?: string
  readonly input?: string
  readonly passwordRow?: string
  readonly toggle?: string
  /** The password rules shown under a new-password field. */
  readonly hint?: string
  readonly fieldError?: string
  /** A checkbox's row (label beside the box). */
  readonly checkbox?: string
  /** The links the form shows (sign in, forgot password...). */
  readonly link?: string
  readonly formError?: string
  readonly submit?: string
  readonly status?: string
}

/** A part of an account form, as named in `AccountFormClassNames`. */
export type AccountFormPart = Exclude<keyof AccountFormClassNames, 'root'>

/** Our class of each part, shared by every account form so styles.css styles them once. */
const partClass: Record<AccountFormPart, string> = {
  field: 'sfa-account-form__field',
  label: 'sfa-account-form__label',
  input: 'sfa-account-form__input',
  passwordRow: 'sfa-account-form__password-row',
  toggle: 'sfa-account-form__toggle',
  hint: 'sfa-account-form__hint',
  fieldError: 'sfa-account-form__field-error',
  checkbox: 'sfa-account-form__checkbox',
  link: 'sfa-account-form__link',
  formError: 'sfa-account-form__error',
  submit: 'sfa-account-form__submit',
  status: 'sfa-account-form__status',
}

/** The class name of each part of a form: ours (unless `unstyled`) plus the caller's. */
export type AccountFormClassOf = (part: AccountFormPart) => string | undefined

/** Builds the `classOf` an account form's markup uses. */
export function accountFormClassOf(
  unstyled: boolean | undefined,
  classNames: AccountFormClassNames,
): AccountFormClassOf {
  return (part) => slotClassName(unstyled, partClass[part], classNames[part])
}

/** The form element's class: the shared one, the form's own (`sfa-register-form`...) and yours. */
export function accountFormRootClass(
  unstyled: boolean | undefined,
  own: string,
  classNames: AccountFormClassNames,
  className: string | undefined,
): string | undefined {
  return slotClassName(unstyled, `sfa-account-form ${own}`, classNames.root, className)
}

/** The look props every account form takes, and its sign-in link slot. */
export interface AccountFormLookProps {
  /** A URL for the default sign-in link (its text is `messages.signIn`), or your own element. */
  signIn?: string | ReactNode
  className?: string
  classNames?: AccountFormClassNames
  /** Leave out the library's class names entirely (bring your own CSS, or none). */
  unstyled?: boolean
}
