import type { BackendContext, CustomerAuthBackend, LoginCredentials } from './backend.js'
import { CustomerAuthError } from './customer-auth-error.js'
import type { IssuedToken } from './session.js'
import { clientError } from './to-customer-auth-error.js'

/** A token the backend issued, checked before it becomes a session. */
export function checkIssuedToken(issued: IssuedToken | undefined, now: number): IssuedToken {
  const { accessToken, expiresAt, issuedAt } = issued ?? ({} as IssuedToken)
  if (
    typeof accessToken !== 'string' ||
    !accessToken ||
    !Number.isFinite(expiresAt) ||
    !Number.isFinite(issuedAt)
  )
    throw clientError('SERVER', 'Unusable token')
  if (expiresAt <= now) throw clientError('TOKEN_INVALID', 'Token already expired')
  return { accessToken, expiresAt, issuedAt }
}

/**
 * Refuses credentials of the wrong type before sending: an API refusing a value of the wrong
 * type echoes it, unquoted for a number, and a form can hand over anything
 * (`Object.fromEntries(new FormData(form))`). Returns the error, or null when they are fine.
 */
export function credentialsError(credentials: LoginCredentials): CustomerAuthError | null {
  const secret = credentials.oneTimeCode === undefined ? 'password' : 'oneTimeCode'
  const wrong =
    typeof credentials.email !== 'string'
      ? 'email'
      : typeof credentials[secret as keyof typeof credentials] !== 'string'
        ? secret
        : null
  if (!wrong) return null
  return new CustomerAuthError('VALIDATION', `login(): ${wrong} must be a string`, {
    source: 'client',
    retryable: false,
    fieldErrors: { [wrong]: [{ code: 'INVALID', message: `${wrong} must be a string` }] },
  })
}

/**
 * Revokes a token nobody will hold, best effort: it was never handed to anyone and expires by
 * itself. Wrapped so a backend that throws synchronously cannot escape either.
 */
export function revokeQuietly(
  backend: CustomerAuthBackend,
  ctx: BackendContext,
  accessToken: string,
): void {
  Promise.resolve(accessToken)
    .then((token) => backend.logout(token, ctx))
    .catch(() => {})
}
