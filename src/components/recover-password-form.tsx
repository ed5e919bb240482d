import type { ReactNode } from 'react'
import {
  accountFormClassOf,
  accountFormRootClass,
  type AccountFormClassNames,
} from './account-form-class-names.js'
import { FormEndMarkup, LinkSlot, TextFieldMarkup } from './account-form-parts.js'
import {
  useRecoverPasswordForm,
  type UseRecoverPasswordFormOptions,
} from './use-recover-password-form.js'

/** The props of `RecoverPasswordForm`: the hook's options plus the markup's slots and classes. */
export interface RecoverPasswordFormProps extends UseRecoverPasswordFormOptions {
  /** A URL for the default "Back to sign in" link, or your own element. */
  signIn?: string | ReactNode
  className?: string
  classNames?: AccountFormClassNames
  /** Leave out the library's class names entirely (bring your own CSS, or none). */
  unstyled?: boolean
}

/**
 * A complete, accessible forgot-password form on `useRecoverPassword`: one email field, the
 * same answer whether or not the address has an account, the shop's limit as "try again later".
 */
export function RecoverPasswordForm(props: RecoverPasswordFormProps): ReactNode {
  const { signIn, className, classNames = {}, unstyled } = props
  const form = useRecoverPasswordForm(props)
  const { messages } = form
  const classOf = accountFormClassOf(unstyled, classNames)
  return (
    <form
      {...form.formProps}
      className={accountFormRootClass(unstyled, 'sfa-recover-password-form', classNames, className)}
      data-pending={form.isPending || undefined}
    >
      <TextFieldMarkup field={form.email} label={messages.emailLabel} classOf={classOf} />
      <FormEndMarkup
        status={form}
        formError={form.formError}
        submitLabel={messages.submit}
        classOf={classOf}
      />
      {signIn === undefined ? null : (
        <LinkSlot slot={signIn} text={messages.signIn} classOf={classOf} />
      )}
    </form>
  )
}
