import type { ReactNode } from 'react'
import { slotClassName } from './class-names.js'
import type { LinkPasswordFormClassNames } from './link-password-form-view.js'
import { PasswordFormView } from './password-form-view.js'
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
  const { signIn, classNames = {}, unstyled } = props
  const form = useChangePasswordForm(props)
  const { messages } = form
  const signInSlot =
    typeof signIn === 'string' ? (
      <a
        href={signIn}
        className={slotClassName(unstyled, 'sfa-password-form__link', classNames.signIn)}
      >
        {messages.signIn}
      </a>
    ) : (
      signIn
    )
  return (
    // The slots and classes pass through: the shell reads those it knows.
    <PasswordFormView
      {...props}
      form={form}
      messages={messages}
      fields={[
        { field: form.currentPassword, label: messages.currentPasswordLabel },
        { field: form.newPassword, label: messages.newPasswordLabel },
      ]}
      notice={(noticeClassName) =>
        form.status === 'initializing' ? (
          <p className={noticeClassName} aria-busy="true" />
        ) : (
          <>
            <p className={noticeClassName}>
              {form.status === 'signed-out' ? messages.signedOut : messages.unsupported}
            </p>
            {form.status === 'signed-out' ? signInSlot : null}
          </>
        )
      }
    />
  )
}
