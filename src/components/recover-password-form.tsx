import type { ReactNode } from 'react'
import type { AccountFormLookProps } from './account-form-class-names.js'
import { AccountFormMarkup, TextFieldMarkup } from './account-form-parts.js'
import {
  useRecoverPasswordForm,
  type UseRecoverPasswordFormOptions,
} from './use-recover-password-form.js'

/** The props of `RecoverPasswordForm`: the hook's options plus the markup's slots and classes. */
export interface RecoverPasswordFormProps
  extends UseRecoverPasswordFormOptions, AccountFormLookProps {
  /** A URL for the default "Back to sign in" link, or your own element. */
  signIn?: string | ReactNode
}

/**
 * A complete, accessible forgot-password form on `useRecoverPassword`: one email field, the
 * same answer whether or not the address has an account, the shop's limit as "try again later".
 */
export function RecoverPasswordForm(props: RecoverPasswordFormProps): ReactNode {
  const form = useRecoverPasswordForm(props)
  const { messages } = form
  return (
    <AccountFormMarkup
      form={form}
      own="sfa-recover-password-form"
      look={props}
      submitLabel={messages.submit}
      signIn={props.signIn}
      signInText={messages.signIn}
    >
      {(classOf) => (
        <TextFieldMarkup field={form.email} label={messages.emailLabel} classOf={classOf} />
      )}
    </AccountFormMarkup>
  )
}
