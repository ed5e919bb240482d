/**
 * `storefront-auth/locales/es`: every component's strings in Spanish, one pack an app applies
 * with `<CustomerAuthMessages value={es}>` (or per component, `messages={es.loginForm}`).
 *
 * @module storefront-auth/locales/es
 */
import type { ComponentMessages } from '../../components/component-messages.js'
import { accountBadgeMessages } from './account-badge.js'
import { loginFormMessages } from './login-form.js'

/** Every component's strings in Spanish, keyed as `ComponentMessages`. */
export const es: ComponentMessages = {
  loginForm: loginFormMessages,
  accountBadge: accountBadgeMessages,
}
