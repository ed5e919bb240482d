import type { ReactNode } from 'react'
import type { AccountFormLookProps } from './account-form-class-names.js'
import { AccountFormMarkup, TextFieldMarkup } from './account-form-parts.js'
import {
  useRecoverPasswordForm,
  type UseRecoverPasswordFormOptions,
} from './use-recover-password-form.js'

/** The props of `RecoverPasswordForm`: the hook's options, the sign-in link slot and classes. */
export interface RecoverPasswordFormProps
  extends UseRecoverPasswordFormOptions, AccountFormLookProps {}

/**
 * A complete, accessible forgot-password form on `useRecoverPassword`: one email field, the
 * same answer whether or not the address has an account, the shop's limit as "try again later".
 */
export function RecoverPasswordForm(props: RecoverPasswordFormProps): ReactNode {
  const form = useRecoverPasswordForm(props)
  const label = form.messages.emailLabel
  return (
    <AccountFormMarkup form={form} own="sfa-recover-password-form" look={props}>
      {(classOf) => <TextFieldMarkup field={form.email} label={label} classOf={classOf} />}
    </AccountFormMarkup>
  )
}
