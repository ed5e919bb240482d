/**
 * `storefront-auth/locales/es`: every component's strings in Spanish, one pack an app applies
 * with `<CustomerAuthMessages value={es}>` (or per component, `messages={es.loginForm}`).
 * Each component's strings are exported on their own too (`loginFormMessages`, …), so a page
 * that imports only those it renders carries only them.
 *
 * @module storefront-auth/locales/es
 */
import type { ComponentMessages } from '../../components/component-messages.js'
import { accountBadgeMessages } from './account-badge.js'
import { activateAccountFormMessages } from './activate-account-form.js'
import { changePasswordFormMessages } from './change-password-form.js'
import { loginFormMessages } from './login-form.js'
import { recoverPasswordFormMessages } from './recover-password-form.js'
import { registerFormMessages } from './register-form.js'
import { resetPasswordFormMessages } from './reset-password-form.js'

export {
  accountBadgeMessages,
  activateAccountFormMessages,
  changePasswordFormMessages,
  loginFormMessages,
  recoverPasswordFormMessages,
  registerFormMessages,
  resetPasswordFormMessages,
}

/** Every component's strings in Spanish, keyed as `ComponentMessages`. */
export const es: ComponentMessages = {
  loginForm: loginFormMessages,
  accountBadge: accountBadgeMessages,
  resetPasswordForm: resetPasswordFormMessages,
  activateAccountForm: activateAccountFormMessages,
  changePasswordForm: changePasswordFormMessages,
  registerForm: registerFormMessages,
  recoverPasswordForm: recoverPasswordFormMessages,
}
