import type { ReactNode } from 'react'
import { slotClassName } from './class-names.js'
import { PasswordFormView } from './password-form-view.js'
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
  const { form, requestNewLink, classNames = {}, unstyled } = props
  const { messages } = form
  const newLinkSlot =
    typeof requestNewLink === 'string' ? (
      <a
        href={requestNewLink}
        className={slotClassName(unstyled, 'sfa-password-form__link', classNames.requestNewLink)}
      >
        {messages.requestNewLink}
      </a>
    ) : (
      requestNewLink
    )
  return (
    // The slots and classes pass through: the shell reads those it knows.
    <PasswordFormView
      {...props}
      messages={messages}
      fields={[
        { field: form.email, label: messages.emailLabel },
        { field: form.newPassword, label: messages.newPasswordLabel },
        { field: form.confirmPassword, label: messages.confirmPasswordLabel },
      ]}
      notice={(noticeClassName) => (
        <>
          <p className={noticeClassName} role="alert">
            {form.status === 'link-missing'
              ? messages.linkMissing
              : form.status === 'unsupported'
                ? messages.unsupported
                : messages.linkExpired}
          </p>
          {form.status === 'unsupported' ? null : newLinkSlot}
        </>
      )}
      afterFormError={form.offerNewLink ? newLinkSlot : null}
    />
  )
}
