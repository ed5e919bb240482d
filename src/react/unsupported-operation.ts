import { CustomerAuthError } from '../core/customer-auth-error.js'

/** The error of an operation the backend does not offer (e.g. registration where it has none). */
export function unsupportedOperation(operation: string, backendId: string): CustomerAuthError {
  return new CustomerAuthError('UNSUPPORTED', `${backendId} does not support ${operation}.`, {
    source: 'client',
    retryable: false,
  })
}
