import type { AccountBadgeMessages } from './account-badge-messages.js'
import type { ActivateAccountFormMessages } from './activate-account-form-messages.js'
import type { ChangePasswordFormMessages } from './change-password-form-messages.js'
import type { LoginFormMessages } from './login-form-messages.js'
import type { RecoverPasswordFormMessages } from './recover-password-form-messages.js'
import type { RegisterFormMessages } from './register-form-messages.js'
import type { ResetPasswordFormMessages } from './reset-password-form-messages.js'

/**
 * Every component's messages, keyed by component: the shape of a locale pack
 * (`storefront-auth/locales/de` and the others). A new component adds one line here, and each
 * locale adds one file for it.
 */
export interface ComponentMessages {
  readonly loginForm: LoginFormMessages
  readonly accountBadge: AccountBadgeMessages
  readonly resetPasswordForm: ResetPasswordFormMessages
  readonly activateAccountForm: ActivateAccountFormMessages
  readonly changePasswordForm: ChangePasswordFormMessages
  readonly registerForm: RegisterFormMessages
  readonly recoverPasswordForm: RecoverPasswordFormMessages
}

/** What `CustomerAuthMessages` takes: a whole locale pack, or any components' strings in part. */
export type ComponentMessagesOverrides = {
  readonly [Component in keyof ComponentMessages]?: Partial<ComponentMessages[Component]>
}
