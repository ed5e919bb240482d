import type { ReactNode } from 'react'
import {
  accountFormClassOf,
  accountFormRootClass,
  type AccountFormClassNames,
} from './account-form-class-names.js'
import {
  FormEndMarkup,
  LinkSlot,
  NewPasswordFieldMarkup,
  TextFieldMarkup,
} from './account-form-parts.js'
import { useRegisterForm, type UseRegisterFormOptions } from './use-register-form.js'

/** The props of `RegisterForm`: the options of `useRegisterForm` plus the markup's slots and classes. */
export interface RegisterFormProps extends UseRegisterFormOptions {
  /** A URL for the default "Already have an account? Sign in" link, or your own element. */
  signIn?: string | ReactNode
  className?: string
  classNames?: AccountFormClassNames
  /** Leave out the library's class names entirely (bring your own CSS, or none). */
  unstyled?: boolean
}

/**
 * A complete, accessible sign-up form on `useRegister`: names, email, a new password with the
 * backend's rules shown before submit, and marketing consent. Signs the customer in once the
 * account exists, or says to check their mail when the shop confirms (Adobe Commerce) or
 * activates (Shopify) accounts first. Every string comes from `messages`.
 */
export function RegisterForm(props: RegisterFormProps): ReactNode {
  const { signIn, className, classNames = {}, unstyled } = props
  const form = useRegisterForm(props)
  const { messages } = form
  const classOf = accountFormClassOf(unstyled, classNames)

  return (
    <form
      {...form.formProps}
      className={accountFormRootClass(unstyled, 'sfa-register-form', classNames, className)}
      data-pending={form.isPending || undefined}
    >
      <TextFieldMarkup field={form.firstName} label={messages.firstNameLabel} classOf={classOf} />
      <TextFieldMarkup field={form.lastName} label={messages.lastNameLabel} classOf={classOf} />
      <TextFieldMarkup field={form.email} label={messages.emailLabel} classOf={classOf} />
      <NewPasswordFieldMarkup
        field={form.password}
        label={messages.newPasswordLabel}
        toggleLabel={messages.showPassword}
        classOf={classOf}
      />
      <div className={classOf('checkbox')}>
        <input {...form.acceptsMarketing.inputProps} />
        <label {...form.acceptsMarketing.labelProps}>{messages.acceptsMarketingLabel}</label>
      </div>
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
