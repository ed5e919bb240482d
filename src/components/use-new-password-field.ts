import type { PasswordRules } from '../core/password-rules.js'
import { usePasswordRules } from '../react/index.js'
import { passwordRulesHint } from './new-password-check.js'
import type { NewPasswordMessages } from './new-password-messages.js'
import type { FormFieldInputProps, UseFormFieldsResult } from './use-form-fields.js'
import { usePasswordToggle, type UsePasswordToggleResult } from './use-password-toggle.js'

/** The props of a new-password input, ready to spread. */
export interface NewPasswordInputProps<Name extends string> extends FormFieldInputProps<Name> {
  readonly type: 'password' | 'text'
  /** Tells password managers to offer a generated password, not the saved one. */
  readonly autoComplete: 'new-password'
  readonly required: true
  readonly spellCheck: false
  readonly autoCapitalize: 'none'
  /**
   * The backend's minimum, so a browser's password generator makes one long enough. No
   * `maxLength`: it would silently cut a pasted password instead of saying it is too long.
   */
  readonly minLength: number | undefined
}

/** What `useNewPasswordField` returns: the field's pieces, its rules hint and its toggle. */
export interface UseNewPasswordFieldResult<Name extends string> {
  readonly labelProps: { readonly htmlFor: string; readonly id: string }
  readonly inputProps: NewPasswordInputProps<Name>
  /** The rules paragraph: shown before submit, and part of the input's description. */
  readonly hintProps: { readonly id: string }
  /** The backend's rules in words (`''` when the backend states none). */
  readonly hint: string
  readonly errorProps: { readonly id: string }
  readonly error: string | null
  readonly toggleProps: UsePasswordToggleResult['toggleProps']
  readonly isPasswordVisible: boolean
  /** The rules the field checks against (`usePasswordRules()`), or `null`. */
  readonly rules: PasswordRules | null
}

/**
 * A new-password field on `useFormFields`: `autocomplete="new-password"`, the backend's password
 * rules (`usePasswordRules`) shown under it before submit and read out with it, and a
 * show-password toggle. Check the value with `checkNewPassword(value, result.rules)`.
 */
export function useNewPasswordField<Name extends string, Problem extends string>(
  fields: UseFormFieldsResult<Name, Problem>,
  name: Name,
  error: string | null,
  messages: NewPasswordMessages,
): UseNewPasswordFieldResult<Name> {
  const rules = usePasswordRules()
  const hint = passwordRulesHint(rules, messages)
  const hintId = `${fields.baseId}-${name}-hint`
  const field = fields.field(name, error, hint ? [hintId] : [])
  const toggle = usePasswordToggle(field.inputProps.id)
  return {
    labelProps: field.labelProps,
    inputProps: {
      ...field.inputProps,
      type: toggle.inputType,
      autoComplete: 'new-password',
      required: true,
      spellCheck: false,
      autoCapitalize: 'none',
      minLength: rules?.minLength,
    },
    hintProps: { id: hintId },
    hint,
    errorProps: field.errorProps,
    error: field.error,
    toggleProps: toggle.toggleProps,
    isPasswordVisible: toggle.isPasswordVisible,
    rules,
  }
}
