import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { LoginFormMessages } from './login-form-messages.js'

/** The form-level text for a failed sign-in, chosen by error code (never by the API's English). */
export function loginErrorMessage(error: CustomerAuthError, messages: LoginFormMessages): string {
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return messages.invalidCredentials
    case 'THROTTLED':
      return messages.throttled
    case 'ACCOUNT_NOT_CONFIRMED':
      return messages.accountNotConfirmed
    case 'NETWORK':
      return messages.network
    case 'SERVER':
      return messages.server
    case 'VALIDATION':
      return messages.validation
    default:
      return messages.unknown
  }
}
