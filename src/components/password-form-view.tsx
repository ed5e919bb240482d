import type { ReactNode } from 'react'
import { slotClassName } from './class-names.js'
import type { LinkPasswordFormClassNames } from './link-password-form-view.js'
import type { PasswordFormControls } from './password-form-controls.js'
import type { LinkPasswordFormField } from './use-link-password-form.js'

/** What the shell reads of a password form's hook result. */
export interface PasswordFormViewState extends PasswordFormControls {
  /** `'form'` shows the form, `'success'` the success; any other status the caller's notice. */
  readonly status: string
}

/** A field of the form with its label, in the order shown (`null`: not asked). */
export interface PasswordFormViewField {
  readonly field: LinkPasswordFormField | null
  readonly label: string
}

/**
 * The markup every password form shares (reset, activate, change): one root for every status, so
 * the live region stays mounted and announces the success; the title; the fields, the one
 * show-passwords toggle, the form-level alert and the submit button; or, outside the form, the
 * caller's notice.
 */
export function PasswordFormView(props: {
  readonly form: PasswordFormViewState
  readonly messages: {
    readonly title: string
    readonly showPassword: string
    readonly submit: string
    readonly success: string
  }
  readonly fields: readonly PasswordFormViewField[]
  /** What replaces the form in any status but `form` and `success`, given the notice's class. */
  readonly notice: (noticeClassName: string | undefined) => ReactNode
  /** Rendered after the form-level alert (e.g. the link to a new mail). */
  readonly afterFormError?: ReactNode
  readonly successContent?: ReactNode
  readonly className?: string
  /** The parts every password form has (`ChangePasswordFormClassNames` has the same). */
  readonly classNames?: Omit<LinkPasswordFormClassNames, 'requestNewLink'>
  readonly unstyled?: boolean
}): ReactNode {
  const { form, messages, successContent, classNames = {}, unstyled } = props
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
  return (
    <section
      className={cx('sfa-password-form', classNames.root, props.className)}
      data-status={form.status}
    >
      <h2 className={cx('sfa-password-form__title', classNames.title)}>{messages.title}</h2>
      {form.status === 'success' ? (
        (successContent ?? <p className={notice}>{messages.success}</p>)
      ) : form.status !== 'form' ? (
        props.notice(notice)
      ) : (
        <form
          {...form.formProps}
          className={cx('sfa-password-form__form', classNames.form)}
          data-pending={form.isPending || undefined}
        >
          {props.fields.map(({ field, label }) =>
            field ? (
              <div key={field.inputProps.name} className={classes.field}>
                <label {...field.labelProps} className={classes.label}>
                  {label}
                </label>
                <input {...field.inputProps} className={classes.input} />
                {field.hint ? (
                  <p {...field.hintProps} className={classes.hint}>
                    {field.hint}
                  </p>
                ) : null}
                <p {...field.errorProps} className={classes.fieldError}>
                  {field.error}
                </p>
              </div>
            ) : null,
          )}
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
          {props.afterFormError}
          <button
            {...form.submitProps}
            className={cx('sfa-password-form__submit', classNames.submit)}
          >
            {messages.submit}
          </button>
        </form>
      )}
      <span {...form.statusProps} className={cx('sfa-password-form__status', classNames.status)}>
        {form.statusText}
      </span>
    </section>
  )
}
