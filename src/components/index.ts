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
