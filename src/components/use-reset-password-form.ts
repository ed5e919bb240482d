import { useResetPassword } from '../react/index.js'
import { toResetInput } from './account-link.js'
import {
  defaultResetPasswordFormMessages,
  type ResetPasswordFormMessages,
} from './reset-password-form-messages.js'
import { useComponentMessages } from './use-component-messages.js'
import {
  useLinkPasswordForm,
  type LinkPasswordFormOptions,
  type LinkPasswordFormResult,
} from './use-link-password-form.js'

/** The options of `useResetPasswordForm` (and the behaviour props of `ResetPasswordForm`). */
export interface UseResetPasswordFormOptions extends LinkPasswordFormOptions {
  /** Shopify: the reset URL from the mail (else the link is read from the page). */
  resetUrl?: string
  /** Shopify: the customer id from the mail's link (with `resetToken`). */
  customerId?: string
  /** The reset token from the mail's link. */
  resetToken?: string
  /** Adobe Commerce: the customer's email (else read from the page, or asked for). */
  email?: string
  /**
   * Replaces any of the strings, key by key: the English defaults
   * (`defaultResetPasswordFormMessages`) or those of the nearest `CustomerAuthMessages`.
   */
  messages?: Partial<ResetPasswordFormMessages>
}

/** What `useResetPasswordForm` returns: prop objects to spread on your markup, and the state. */
export type UseResetPasswordFormResult = LinkPasswordFormResult<ResetPasswordFormMessages>

/**
 * The behaviour of a reset-password form without its markup: reads the mail's link (props, else
 * the page address), asks for the new password twice (and the email on Adobe Commerce when the
 * link lacks it), checks before any request, resets and signs in through `useResetPassword`, and
 * tells an expired or used link apart (`status: 'link-expired'`) so the page can offer a new mail.
 */
export function useResetPasswordForm(
  options: UseResetPasswordFormOptions = {},
): UseResetPasswordFormResult {
  const messages = useComponentMessages(
    'resetPasswordForm',
    defaultResetPasswordFormMessages,
    options.messages,
  )
  return useLinkPasswordForm(
    {
      kind: 'reset',
      link: {
        url: options.resetUrl,
        customerId: options.customerId,
        token: options.resetToken,
        email: options.email,
      },
      mutation: useResetPassword(),
      supported: true,
      toInput: toResetInput,
      messages,
    },
    options,
  )
}
