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

// Shared pieces of the account forms: build your own form the way ours are built.
export {
  useFormFields,
  type UseFormFieldsResult,
  type FormFieldProps,
  type FormFieldInputProps,
} from './use-form-fields.js'
export {
  useFormStatus,
  type UseFormStatusOptions,
  type UseFormStatusResult,
  type AccountFormState,
} from './use-form-status.js'
export { usePasswordToggle, type UsePasswordToggleResult } from './use-password-toggle.js'
export {
  useNewPasswordField,
  type UseNewPasswordFieldResult,
  type NewPasswordInputProps,
} from './use-new-password-field.js'
export {
  checkNewPassword,
  newPasswordProblemMessage,
  passwordRulesHint,
  type NewPasswordProblem,
} from './new-password-check.js'
export { defaultNewPasswordMessages, type NewPasswordMessages } from './new-password-messages.js'
export {
  formErrorMessage,
  commonErrorTexts,
  serverFieldErrors,
  accountFormError,
  type AccountFormErrorMessages,
  type CommonFormMessages,
  type FormErrorTexts,
} from './form-error-message.js'
export { isEmailShaped } from './email-shape.js'
export { formatMessage } from './format-message.js'

// The password forms: reset and activation from a mail's link, and the signed-in change.
export type { PasswordFormControls } from './password-form-controls.js'
export {
  ResetPasswordForm,
  type ResetPasswordFormProps,
  type ResetPasswordFormClassNames,
} from './reset-password-form.js'
export {
  useResetPasswordForm,
  type UseResetPasswordFormOptions,
  type UseResetPasswordFormResult,
} from './use-reset-password-form.js'
export {
  defaultResetPasswordFormMessages,
  type ResetPasswordFormMessages,
} from './reset-password-form-messages.js'
export {
  ActivateAccountForm,
  type ActivateAccountFormProps,
  type ActivateAccountFormClassNames,
} from './activate-account-form.js'
export {
  useActivateAccountForm,
  type UseActivateAccountFormOptions,
  type UseActivateAccountFormResult,
} from './use-activate-account-form.js'
export {
  defaultActivateAccountFormMessages,
  type ActivateAccountFormMessages,
} from './activate-account-form-messages.js'
export {
  ChangePasswordForm,
  type ChangePasswordFormProps,
  type ChangePasswordFormClassNames,
} from './change-password-form.js'
export {
  useChangePasswordForm,
  type UseChangePasswordFormOptions,
  type UseChangePasswordFormResult,
  type ChangePasswordFormStatus,
} from './use-change-password-form.js'
export {
  defaultChangePasswordFormMessages,
  type ChangePasswordFormMessages,
} from './change-password-form-messages.js'
export {
  useLinkPasswordForm,
  type LinkPasswordFormOptions,
  type LinkPasswordFormConfig,
  type LinkPasswordFormResult,
  type LinkPasswordFormStatus,
  type LinkPasswordFormMessages,
  type LinkPasswordFormField,
  type PageLocation,
} from './use-link-password-form.js'
export {
  LinkPasswordFormView,
  type LinkPasswordFormClassNames,
  type LinkPasswordFormSlots,
  type LinkPasswordFormViewMessages,
} from './link-password-form-view.js'
export {
  readAccountLink,
  combineLinks,
  accountLinkApi,
  needsEmail,
  isUsableLink,
  toResetInput,
  toActivateInput,
  type AccountLink,
  type AccountLinkKind,
  type AccountLinkApi,
} from './account-link.js'
export { RegisterForm, type RegisterFormProps } from './register-form.js'
export {
  useRegisterForm,
  type UseRegisterFormOptions,
  type UseRegisterFormResult,
  type RegisterField,
  type RegisterTextField,
} from './use-register-form.js'
export { defaultRegisterFormMessages, type RegisterFormMessages } from './register-form-messages.js'
export { RecoverPasswordForm, type RecoverPasswordFormProps } from './recover-password-form.js'
export {
  useRecoverPasswordForm,
  type UseRecoverPasswordFormOptions,
  type UseRecoverPasswordFormResult,
} from './use-recover-password-form.js'
export {
  defaultRecoverPasswordFormMessages,
  type RecoverPasswordFormMessages,
} from './recover-password-form-messages.js'
export {
  accountFormClassOf,
  accountFormRootClass,
  type AccountFormClassNames,
  type AccountFormPart,
  type AccountFormClassOf,
  type AccountFormLookProps,
} from './account-form-class-names.js'
export {
  TextFieldMarkup,
  NewPasswordFieldMarkup,
  FormEndMarkup,
  LinkSlot,
  AccountFormMarkup,
} from './account-form-parts.js'
export { isNewPasswordProblem } from './new-password-check.js'
