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
    case 'CONFIGURATION':
      // The storefront is misconfigured (a refused storefront token): retrying cannot help.
      return messages.configuration
    case 'VALIDATION':
      // Only when a field is marked; an input error the form cannot point at is the generic text.
      return error.fieldErrors.email?.length || error.fieldErrors.password?.length
        ? messages.validation
        : messages.unknown
    default:
      return messages.unknown
  }
}
