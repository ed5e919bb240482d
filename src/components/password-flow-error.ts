import type { CustomerAuthError } from '../core/customer-auth-error.js'

/** The messages every password form has for an error no field explains. */
export interface PasswordFlowErrorMessages {
  readonly throttled: string
  readonly network: string
  readonly server: string
  readonly configuration: string
  readonly unsupported: string
  readonly unknown: string
}

/** The form-level text for a failed password flow, by error code (never by the API's English). */
export function passwordFlowErrorMessage(
  error: CustomerAuthError,
  messages: PasswordFlowErrorMessages,
): string {
  switch (error.code) {
    case 'THROTTLED':
      return messages.throttled
    case 'NETWORK':
      return messages.network
    case 'SERVER':
      return messages.server
    case 'CONFIGURATION':
      return messages.configuration
    case 'UNSUPPORTED':
      return messages.unsupported
    default:
      return messages.unknown
  }
}
