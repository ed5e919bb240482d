import type { ReactNode } from 'react'
import {
  LinkPasswordFormView,
  type LinkPasswordFormClassNames,
  type LinkPasswordFormSlots,
} from './link-password-form-view.js'
import {
  useActivateAccountForm,
  type UseActivateAccountFormOptions,
} from './use-activate-account-form.js'

/** Class names for each part of the form, added to (or, with `unstyled`, instead of) ours. */
export type ActivateAccountFormClassNames = LinkPasswordFormClassNames

/** The props of `ActivateAccountForm`: the options of its hook plus the markup's slots and classes. */
export interface ActivateAccountFormProps
  extends UseActivateAccountFormOptions, LinkPasswordFormSlots {}

/**
 * The page a Shopify account invitation links to: reads the link (props or the page address),
 * asks for the first password twice, activates the account through `useActivateAccount` and
 * signs the customer in. An expired or spent link says so and offers a new mail; on a backend
 * without activation (Adobe Commerce) it says so instead of showing a form.
 */
export function ActivateAccountForm(props: ActivateAccountFormProps): ReactNode {
  return <LinkPasswordFormView {...props} form={useActivateAccountForm(props)} />
}
