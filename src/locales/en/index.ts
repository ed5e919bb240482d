/**
 * `storefront-auth/locales/en`: the English strings every component shows by default, as a pack
 * shaped like the others (for a language switcher that returns to English), each component's
 * strings also exported on their own under the same names as in the other packs.
 *
 * @module storefront-auth/locales/en
 */
import { defaultAccountBadgeMessages } from '../../components/account-badge-messages.js'
import { defaultActivateAccountFormMessages } from '../../components/activate-account-form-messages.js'
import { defaultChangePasswordFormMessages } from '../../components/change-password-form-messages.js'
import type { ComponentMessages } from '../../components/component-messages.js'
import { defaultLoginFormMessages } from '../../components/login-form-messages.js'
import { defaultRecoverPasswordFormMessages } from '../../components/recover-password-form-messages.js'
import { defaultRegisterFormMessages } from '../../components/register-form-messages.js'
import { defaultResetPasswordFormMessages } from '../../components/reset-password-form-messages.js'

export {
  defaultAccountBadgeMessages as accountBadgeMessages,
  defaultActivateAccountFormMessages as activateAccountFormMessages,
  defaultChangePasswordFormMessages as changePasswordFormMessages,
  defaultLoginFormMessages as loginFormMessages,
  defaultRecoverPasswordFormMessages as recoverPasswordFormMessages,
  defaultRegisterFormMessages as registerFormMessages,
  defaultResetPasswordFormMessages as resetPasswordFormMessages,
}

/** Every component's English strings, keyed as `ComponentMessages`. */
export const en: ComponentMessages = {
  loginForm: defaultLoginFormMessages,
  accountBadge: defaultAccountBadgeMessages,
  resetPasswordForm: defaultResetPasswordFormMessages,
  activateAccountForm: defaultActivateAccountFormMessages,
  changePasswordForm: defaultChangePasswordFormMessages,
  registerForm: defaultRegisterFormMessages,
  recoverPasswordForm: defaultRecoverPasswordFormMessages,
}
