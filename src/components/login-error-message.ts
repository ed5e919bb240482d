import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { commonErrorTexts, formErrorMessage } from './form-error-message.js'
import type { LoginFormMessages } from './login-form-messages.js'

/** The form-level text for a failed sign-in, chosen by error code (never by the API's English). */
export function loginErrorMessage(error: CustomerAuthError, messages: LoginFormMessages): string {
  return formErrorMessage(
    error,
    {
      ...commonErrorTexts(messages),
      INVALID_CREDENTIALS: messages.invalidCredentials,
      THROTTLED: messages.throttled,
      ACCOUNT_NOT_CONFIRMED: messages.accountNotConfirmed,
    },
    ['email', 'password'],
  )
}
