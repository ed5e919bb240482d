import type { ReactNode } from 'react'
import type { AccountFormClassNames } from './account-form-class-names.js'
import { slotClassName } from './class-names.js'
import { useLoginForm, type UseLoginFormOptions } from './use-login-form.js'

/** Class names for each part of the form, added to (or, with `unstyled`, instead of) ours. */
export interface LoginFormClassNames extends Pick<
  AccountFormClassNames,
  | 'root'
  | 'field'
  | 'label'
  | 'input'
  | 'passwordRow'
  | 'toggle'
  | 'fieldError'
  | 'formError'
  | 'submit'
  | 'status'
> {
  readonly forgotPassword?: string
  /** The "Resend confirmation email" button (an unconfirmed Adobe Commerce account). */
  readonly resend?: string
}

/** The props of `LoginForm`: the options of `useLoginForm` plus the markup's slots and classes. */
export interface LoginFormProps extends UseLoginFormOptions {
  /** A URL for the default "Forgot your password?" link, or your own element in its place. */
  forgotPassword?: string | ReactNode
  className?: string
  classNames?: LoginFormClassNames
  /** Leave out the library's class names entirely (bring your own CSS, or none). */
  unstyled?: boolean
}

/**
 * A complete, accessible sign-in form on `useLogin`. Visible labels, autocomplete hints, field
 * errors bound to their inputs, a form-level alert, a pending state that keeps focus and a
 * show-password toggle. Every string comes from `messages`.
 */
export function LoginForm(props: LoginFormProps): ReactNode {
  const { forgotPassword, className, classNames = {}, unstyled } = props
  const form = useLoginForm(props)
  const { messages } = form
  const cx = (own: string, ...extra: (string | undefined)[]) =>
    slotClassName(unstyled, own, ...extra)

  const forgotSlot =
    typeof forgotPassword === 'string' ? (
      <a href={forgotPassword} className={cx('sfa-login-form__forgot', classNames.forgotPassword)}>
        {messages.forgotPassword}
      </a>
    ) : (
      forgotPassword
    )

  return (
    <form
      {...form.formProps}
      className={cx('sfa-login-form', classNames.root, className)}
      data-pending={form.isPending || undefined}
    >
      <div className={cx('sfa-login-form__field', classNames.field)}>
        <label {...form.emailLabelProps} className={cx('sfa-login-form__label', classNames.label)}>
          {messages.emailLabel}
        </label>
        <input
          {...form.emailInputProps}
          className={cx('sfa-login-form__input', classNames.input)}
        />
        <p
          {...form.emailErrorProps}
          className={cx('sfa-login-form__field-error', classNames.fieldError)}
        >
          {form.emailError}
        </p>
      </div>
      <div className={cx('sfa-login-form__field', classNames.field)}>
        <label
          {...form.passwordLabelProps}
          className={cx('sfa-login-form__label', classNames.label)}
        >
          {messages.passwordLabel}
        </label>
        <div className={cx('sfa-login-form__password-row', classNames.passwordRow)}>
          <input
            {...form.passwordInputProps}
            className={cx('sfa-login-form__input', classNames.input)}
          />
          <button {...form.toggleProps} className={cx('sfa-login-form__toggle', classNames.toggle)}>
            {messages.showPassword}
          </button>
        </div>
        <p
          {...form.passwordErrorProps}
          className={cx('sfa-login-form__field-error', classNames.fieldError)}
        >
          {form.passwordError}
        </p>
        {forgotSlot}
      </div>
      <div {...form.formErrorProps} className={cx('sfa-login-form__error', classNames.formError)}>
        {form.formError}
      </div>
      {form.resendProps ? (
        <button {...form.resendProps} className={cx('sfa-login-form__resend', classNames.resend)}>
          {messages.resendConfirmation}
        </button>
      ) : null}
      <button {...form.submitProps} className={cx('sfa-login-form__submit', classNames.submit)}>
        {messages.submit}
      </button>
      <span {...form.statusProps} className={cx('sfa-login-form__status', classNames.status)}>
        {form.statusText}
      </span>
    </form>
  )
}
