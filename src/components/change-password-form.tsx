import type { ReactNode } from 'react'
import { slotClassName } from './class-names.js'
import type { LinkPasswordFormClassNames } from './link-password-form-view.js'
import { PasswordFieldView } from './password-form-field-view.js'
import {
  useChangePasswordForm,
  type UseChangePasswordFormOptions,
} from './use-change-password-form.js'

/** Class names for each part of the form, added to (or, with `unstyled`, instead of) ours. */
export interface ChangePasswordFormClassNames extends Omit<
  LinkPasswordFormClassNames,
  'requestNewLink'
> {
  readonly signIn?: string
}

/** The props of `ChangePasswordForm`: the options of its hook plus the markup's slots and classes. */
export interface ChangePasswordFormProps extends UseChangePasswordFormOptions {
  /** A URL for the default "Sign in" link shown when nobody is signed in, or your own element. */
  signIn?: string | ReactNode
  /** Shown after success instead of the notice (e.g. a link back to the account page). */
  successContent?: ReactNode
  className?: string
  classNames?: ChangePasswordFormClassNames
  /** Leave out the library's class names entirely (bring your own CSS, or none). */
  unstyled?: boolean
}

/**
 * A change-password form for the signed-in customer: the current password and the new one, the
 * backend's rules shown before submit, the change through `useChangePassword` (the customer stays
 * signed in: on Shopify the token rotates). Nobody signed in: a clear notice and a sign-in slot.
 */
export function ChangePasswordForm(props: ChangePasswordFormProps): ReactNode {
  const { signIn, successContent, className, classNames = {}, unstyled } = props
  const form = useChangePasswordForm(props)
  const { messages } = form
  const cx = (own: string, ...extra: (string | undefined)[]) =>
    slotClassName(unstyled, own, ...extra)
  const classes = {
    field: cx('sfa-password-form__field', classNames.field),
    label: cx('sfa-password-form__label', classNames.label),
    input: cx('sfa-password-form__input', classNames.input),
    hint: cx('sfa-password-form__hint', classNames.hint),
    fieldError: cx('sfa-password-form__field-error', classNames.fieldError),
  }
  const notice = cx('sfa-password-form__notice', classNames.notice)
  const signInSlot =
    typeof signIn === 'string' ? (
      <a href={signIn} className={cx('sfa-password-form__link', classNames.signIn)}>
        {messages.signIn}
      </a>
    ) : (
      signIn
    )

  const body =
    form.status === 'success' ? (
      (successContent ?? <p className={notice}>{messages.success}</p>)
    ) : form.status === 'initializing' ? (
      <p className={notice} aria-busy="true" />
    ) : form.status === 'signed-out' || form.status === 'unsupported' ? (
      <>
        <p className={notice}>
          {form.status === 'signed-out' ? messages.signedOut : messages.unsupported}
        </p>
        {form.status === 'signed-out' ? signInSlot : null}
      </>
    ) : (
      <form
        {...form.formProps}
        className={cx('sfa-password-form__form', classNames.form)}
        data-pending={form.isPending || undefined}
      >
        <PasswordFieldView
          field={form.currentPassword}
          label={messages.currentPasswordLabel}
          classes={classes}
        />
        <PasswordFieldView
          field={form.newPassword}
          label={messages.newPasswordLabel}
          classes={classes}
        />
        <button
          {...form.toggleProps}
          className={cx('sfa-password-form__toggle', classNames.toggle)}
        >
          {messages.showPassword}
        </button>
        <div
          {...form.formErrorProps}
          className={cx('sfa-password-form__error', classNames.formError)}
        >
          {form.formError}
        </div>
        <button
          {...form.submitProps}
          className={cx('sfa-password-form__submit', classNames.submit)}
        >
          {messages.submit}
        </button>
      </form>
    )

  // One root for every status, so the live region stays mounted and announces the success.
  return (
    <section
      className={cx('sfa-password-form', classNames.root, className)}
      data-status={form.status}
    >
      <h2 className={cx('sfa-password-form__title', classNames.title)}>{messages.title}</h2>
      {body}
      <span {...form.statusProps} className={cx('sfa-password-form__status', classNames.status)}>
        {form.statusText}
      </span>
    </section>
  )
}
