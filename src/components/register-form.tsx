import type { ReactNode } from 'react'
import type { AccountFormLookProps } from './account-form-class-names.js'
import { AccountFormMarkup, NewPasswordFieldMarkup, TextFieldMarkup } from './account-form-parts.js'
import { useRegisterForm, type UseRegisterFormOptions } from './use-register-form.js'

/** The props of `RegisterForm`: the options of `useRegisterForm`, the sign-in link slot and classes. */
export interface RegisterFormProps extends UseRegisterFormOptions, AccountFormLookProps {}

/**
 * A complete, accessible sign-up form on `useRegister`: names, email, a new password with the
 * backend's rules shown before submit, and marketing consent. Signs the customer in once the
 * account exists, or says to check their mail when the shop confirms (Adobe Commerce) or
 * activates (Shopify) accounts first. Every string comes from `messages`.
 */
export function RegisterForm(props: RegisterFormProps): ReactNode {
  const form = useRegisterForm(props)
  const { messages, firstName, lastName, email, password, acceptsMarketing } = form
  return (
    <AccountFormMarkup form={form} own="sfa-register-form" look={props}>
      {(classOf) => (
        <>
          <TextFieldMarkup field={firstName} label={messages.firstNameLabel} classOf={classOf} />
          <TextFieldMarkup field={lastName} label={messages.lastNameLabel} classOf={classOf} />
          <TextFieldMarkup field={email} label={messages.emailLabel} classOf={classOf} />
          <NewPasswordFieldMarkup
            field={password}
            label={messages.newPasswordLabel}
            toggleLabel={messages.showPassword}
            classOf={classOf}
          />
          <div className={classOf('checkbox')}>
            <input {...acceptsMarketing.inputProps} />
            <label {...acceptsMarketing.labelProps}>{messages.acceptsMarketingLabel}</label>
          </div>
        </>
      )}
    </AccountFormMarkup>
  )
}
