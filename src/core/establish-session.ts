import type { BackendContext } from './backend.js'
import type { CustomerAuthEvent, LoginReason } from './customer-auth.js'
import type { EngineCore } from './engine-core.js'
import type { LoginCredentials } from './backend.js'
import { checkIssuedToken, credentialsError } from './issued-token.js'
import { randomId } from './random-id.js'
import type { CustomerSession, IssuedToken } from './session.js'
import { clientError, toCustomerAuthError } from './to-customer-auth-error.js'

/**
 * Runs a call that issues a token (a sign-in, an account flow) and makes its result the session,
 * unless a logout happened while it ran: then the token is revoked and dropped.
 */
export async function establishSession(
  core: EngineCore,
  issue: (ctx: BackendContext) => Promise<IssuedToken>,
  reason: LoginReason,
): Promise<CustomerSession> {
  const epochAtStart = core.epoch
  let issued: IssuedToken
  try {
    issued = await issue(core.ctx)
  } catch (cause) {
    throw toCustomerAuthError(cause)
  }
  const previous = core.state.session
  // A token rotation (password change) continues the signed-in session: with none left (signed
  // out meanwhile, in any tab) it must not sign anyone in.
  const rotation = reason === 'update-customer'
  const loggedOut = core.epoch !== epochAtStart
  if (loggedOut || (rotation && !previous)) {
    if (typeof issued?.accessToken === 'string') core.revoke(issued.accessToken)
    throw clientError(
      'ABORTED',
      loggedOut ? 'Dropped: logout while signing in' : 'Dropped: signed out during the update',
    )
  }
  const token = checkIssuedToken(issued, core.now())
  const sessionId = rotation && previous ? previous.sessionId : randomId()
  const session: CustomerSession = { ...token, sessionId }
  const emitted: CustomerAuthEvent[] = [{ type: 'login', reason, session }]
  if (previous && previous.sessionId !== sessionId) {
    emitted.unshift({ type: 'logout', reason: 'replaced' })
    if (previous.accessToken !== session.accessToken) core.revoke(previous.accessToken)
    core.replaced(previous)
  } else core.renewer.resolveWaiting(session)
  if (previous?.sessionId !== sessionId) core.signedInAt = session.issuedAt
  core.renewer.plan(session)
  core.take(session, { type: 'signedIn', session }, emitted)
  return session
}

/** `login()`: credentials checked before anything is sent, then a sign-in. */
export function signIn(core: EngineCore, credentials: LoginCredentials): Promise<CustomerSession> {
  const refused = credentialsError(credentials)
  if (refused) return Promise.reject(refused)
  const reason = credentials.oneTimeCode === undefined ? 'password' : 'one-time-code'
  return establishSession(core, (ctx) => core.backend.login(credentials, ctx), reason)
}

/** `loginWithMultipass()`, where the backend has it. */
export function signInWithMultipass(
  core: EngineCore,
  multipassToken: string,
): Promise<CustomerSession> {
  const { backend } = core
  const multipass = backend.loginWithMultipass
  if (!backend.capabilities.multipass || !multipass)
    return Promise.reject(clientError('UNSUPPORTED', `${backend.id}: no Multipass`))
  return establishSession(core, (ctx) => multipass.call(backend, multipassToken, ctx), 'multipass')
}
