export { LoginForm, type LoginFormProps, type LoginFormClassNames } from './login-form.js'
export {
  useLoginForm,
  type UseLoginFormOptions,
  type UseLoginFormResult,
  type LoginFormInputProps,
} from './use-login-form.js'
export { defaultLoginFormMessages, type LoginFormMessages } from './login-form-messages.js'
export { loginErrorMessage } from './login-error-message.js'
export {
  AccountBadge,
  type AccountBadgeProps,
  type AccountBadgeClassNames,
  type AccountBadgeMenuItem,
} from './account-badge.js'
export {
  useAccountBadge,
  type AccountBadgeState,
  type UseAccountBadgeResult,
} from './use-account-badge.js'
export {
  useMenuButton,
  type UseMenuButtonOptions,
  type UseMenuButtonResult,
  type MenuItemOptions,
} from './use-menu-button.js'
export { defaultAccountBadgeMessages, type AccountBadgeMessages } from './account-badge-messages.js'
export { customerName, customerInitials } from './customer-name.js'
