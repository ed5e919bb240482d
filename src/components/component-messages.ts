import type { AccountBadgeMessages } from './account-badge-messages.js'
import type { LoginFormMessages } from './login-form-messages.js'

/**
 * Every component's messages, keyed by component: the shape of a locale pack
 * (`storefront-auth/locales/de` and the others). A new component adds one line here, and each
 * locale adds one file for it.
 */
export interface ComponentMessages {
  readonly loginForm: LoginFormMessages
  readonly accountBadge: AccountBadgeMessages
}

/** What `CustomerAuthMessages` takes: a whole locale pack, or any components' strings in part. */
export type ComponentMessagesOverrides = {
  readonly [Component in keyof ComponentMessages]?: Partial<ComponentMessages[Component]>
}
