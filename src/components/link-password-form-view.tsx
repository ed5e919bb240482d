import type { ReactNode } from 'react'
import { slotClassName } from './class-names.js'
import { PasswordFieldView } from './password-form-field-view.js'
import type { LinkPasswordFormResult } from './use-link-password-form.js'

/** Class names for each part of a link form, added to (or, with `unstyled`, instead of) ours. */
export interface LinkPasswordFormClassNames {
  readonly root?: string
  readonly title?: string
  readonly form?: string
  readonly field?: string
  readonly label?: string
  readonly input?: string
  readonly hint?: string
  readonly toggle?: string
  readonly fieldError?: string
  readonly formError?: string
  readonly requestNewLink?: string
  readonly submit?: string
  readonly status?: string
  /** The paragraph shown instead of the form (no link, expired link, unsupported, done). */
  readonly notice?: string
}

/** The strings the view shows. */
export interface LinkPasswordFormViewMessages {
  readonly title: string
  readonly emailLabel: string
  readonly newPasswordLabel: string
  readonly confirmPasswordLabel: string
  readonly showPassword: string
  readonly submit: string
  readonly success: string
  readonly linkMissing: string
  readonly linkExpired: string
  readonly requestNewLink: string
  readonly unsupported: string
}

/** The slots and classes both link forms take. */
export interface LinkPasswordFormSlots {
  /** A URL for the default "Send me a new link" link (your recover page), or your own element. */
  requestNewLink?: string | ReactNode
  /** Shown after success instead of the notice (e.g. a link to the account page). */
  successContent?: ReactNode
  className?: string
  classNames?: LinkPasswordFormClassNames
  /** Leave out the library's class names entirely (bring your own CSS, or none). */
  unstyled?: boolean
}

/** The markup of `ResetPasswordForm` and `ActivateAccountForm` over their hooks' result. */
export function LinkPasswordFormView(
  props: LinkPasswordFormSlots & {
    readonly form: LinkPasswordFormResult<LinkPasswordFormViewMessages>
  },
): ReactNode {
  const { form, requestNewLink, successContent, className, classNames = {}, unstyled } = props
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
  const newLinkSlot =
    typeof requestNewLink === 'string' ? (
      <a href={requestNewLink} className={cx('sfa-password-form__link', classNames.requestNewLink)}>
        {messages.requestNewLink}
      </a>
    ) : (
      requestNewLink
    )
  const root = cx('sfa-password-form', classNames.root, className)
  const notice = cx('sfa-password-form__notice', classNames.notice)
  const title = (
    <h2 className={cx('sfa-password-form__title', classNames.title)}>{messages.title}</h2>
  )
  const statusRegion = (
    <span {...form.statusProps} className={cx('sfa-password-form__status', classNames.status)}>
      {form.statusText}
    </span>
  )

  // One root for every status, so the live region stays mounted and announces the success.
  return (
    <section className={root} data-status={form.status}>
      {title}
      {form.status === 'success' ? (
        (successContent ?? <p className={notice}>{messages.success}</p>)
      ) : form.status !== 'form' ? (
        <>
          <p className={notice} role="alert">
            {form.status === 'link-missing'
              ? messages.linkMissing
              : form.status === 'unsupported'
                ? messages.unsupported
                : messages.linkExpired}
          </p>
          {form.status === 'unsupported' ? null : newLinkSlot}
        </>
      ) : (
        <form
          {...form.formProps}
          className={cx('sfa-password-form__form', classNames.form)}
          data-pending={form.isPending || undefined}
        >
          {form.email ? (
            <PasswordFieldView field={form.email} label={messages.emailLabel} classes={classes} />
          ) : null}
          <PasswordFieldView
            field={form.newPassword}
            label={messages.newPasswordLabel}
            classes={classes}
          />
          <PasswordFieldView
            field={form.confirmPassword}
            label={messages.confirmPasswordLabel}
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
          {form.offerNewLink ? newLinkSlot : null}
          <button
            {...form.submitProps}
            className={cx('sfa-password-form__submit', classNames.submit)}
          >
            {messages.submit}
          </button>
        </form>
      )}
      {statusRegion}
    </section>
  )
}
