import type { ReactNode } from 'react'
import {
  LinkPasswordFormView,
  type LinkPasswordFormClassNames,
  type LinkPasswordFormSlots,
} from './link-password-form-view.js'
import {
  useResetPasswordForm,
  type UseResetPasswordFormOptions,
} from './use-reset-password-form.js'

/** Class names for each part of the form, added to (or, with `unstyled`, instead of) ours. */
export type ResetPasswordFormClassNames = LinkPasswordFormClassNames

/** The props of `ResetPasswordForm`: the options of its hook plus the markup's slots and classes. */
export interface ResetPasswordFormProps
  extends UseResetPasswordFormOptions, LinkPasswordFormSlots {}

/**
 * The page a password-reset mail links to: reads the link (props or the page address), asks for
 * the new password twice, sets it through `useResetPassword` and signs the customer in. An
 * expired or used link says so and offers a new mail (`requestNewLink`).
 */
export function ResetPasswordForm(props: ResetPasswordFormProps): ReactNode {
  return <LinkPasswordFormView {...props} form={useResetPasswordForm(props)} />
}
