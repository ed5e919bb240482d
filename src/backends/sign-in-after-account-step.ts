import type { BackendContext, LoginCredentials } from '../core/backend.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import type { IssuedToken } from '../core/session.js'
import type { HalfDoneSteps } from './half-done-steps.js'

// The sign-in that follows an account step (sign-up, Adobe reset), shared by both backends'
// account flows (each a chunk loaded on first use).

type Login = (credentials: LoginCredentials, ctx: BackendContext) => Promise<IssuedToken>
interface Credentials {
  readonly email: string
  readonly password: string
}

/** Sign-in attempts once the account step went through, the first one included. */
const SIGN_IN_ATTEMPTS = 3

/** Worth trying again at once: THROTTLED is retryable too, but only later. */
export function isTransient(error: unknown): boolean {
  return error instanceof CustomerAuthError && error.retryable && error.code !== 'THROTTLED'
}

/**
 * Signs in once the account step went through. A transient failure is retried at once, a few
 * times: giving up leaves an account or a new password without a session, and the shopper's
 * retry of the whole call is refused (email taken, reset token spent).
 */
export async function signInAfterAccountStep(
  login: Login,
  credentials: Credentials,
  ctx: BackendContext,
): Promise<IssuedToken> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await login(credentials, ctx)
    } catch (error) {
      if (attempt >= SIGN_IN_ATTEMPTS || !isTransient(error) || ctx.signal?.aborted) throw error
    }
  }
}

/**
 * The account step was refused as a half-done earlier call of the same shopper would be (email
 * taken, reset token spent), and this page saw that call half done: the same credentials signing
 * in prove it was theirs. A refused password leaves `refusal` standing; anything that says
 * "later" (or a cancelled check) keeps the mark, so the next retry checks again;
 * ACCOUNT_NOT_CONFIRMED (Adobe) means the password matched. The password is only sent, never
 * kept.
 */
export async function signInIfSameShopper(
  login: Login,
  credentials: Credentials,
  ctx: BackendContext,
  refusal: CustomerAuthError,
  halfDone: HalfDoneSteps,
): Promise<IssuedToken> {
  try {
    return await signInAfterAccountStep(login, credentials, ctx)
  } catch (error) {
    if (!(error instanceof CustomerAuthError)) throw error
    // The password matched an account awaiting confirmation: the caller answers null.
    if (error.code === 'ACCOUNT_NOT_CONFIRMED') throw error
    if (!error.retryable && error.code !== 'ABORTED') throw refusal
    halfDone.mark(credentials.email)
    throw error
  }
}
