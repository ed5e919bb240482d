/**
 * `storefront-auth/locales/de`: every component's strings in German, one pack an app applies
 * with `<CustomerAuthMessages value={de}>` (or per component, `messages={de.loginForm}`).
 *
 * @module storefront-auth/locales/de
 */
import type { ComponentMessages } from '../../components/component-messages.js'
import { accountBadgeMessages } from './account-badge.js'
import { loginFormMessages } from './login-form.js'

/** Every component's strings in German, keyed as `ComponentMessages`. */
export const de: ComponentMessages = {
  loginForm: loginFormMessages,
  accountBadge: accountBadgeMessages,
}
