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
export { SignedIn, type SignedInProps } from './signed-in.js'
export { SignedOut, type SignedOutProps } from './signed-out.js'
export { CustomerAuthGate, type CustomerAuthGateProps } from './customer-auth-gate.js'
export { useSessionGate, type SessionGateState } from './use-session-gate.js'
export { CustomerAuthMessages, type CustomerAuthMessagesProps } from './customer-auth-messages.js'
export { useComponentMessages } from './use-component-messages.js'
export type { ComponentMessages, ComponentMessagesOverrides } from './component-messages.js'
