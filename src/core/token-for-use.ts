import type { EngineCore } from './engine-core.js'
import { adoptStored } from './follow-incoming.js'
import type { TokenRefusal } from './customer-credential.js'
import type { CustomerSession } from './session.js'
import { clientError } from './to-customer-auth-error.js'

/**
 * The token for one of the app's own requests. A renew that is due (its point passed while
 * timers were frozen, a slept laptop) or already running is waited for first, through the one
 * single-flight renew: many requests at once cost one renew. A renew that fails leaves the
 * still-valid token in use (the engine retries as scheduled); `null` without a valid session.
 */
export async function tokenForUse(
  core: EngineCore,
  deps: {
    readonly renewable: () => boolean
    readonly renew: (session: CustomerSession) => Promise<CustomerSession>
  },
): Promise<string | null> {
  const session = core.validSession()
  if (!session) return null
  if (!deps.renewable() || !(core.renewer.attempting || core.renewer.isDue()))
    return session.accessToken
  try {
    return (await deps.renew(session)).accessToken
  } catch {
    // Why it failed is in the state and an `error` event; a dead token has ended the session.
    return core.validSession()?.accessToken ?? null
  }
}

/**
 * The API refused `accessToken` in an answer to one of the app's own requests: the session ends
 * with `reason` in every tab, unless it already moved on (renewed, replaced, signed out) since
 * that request went out.
 */
export function tokenRefused(core: EngineCore, accessToken: string, reason: TokenRefusal): void {
  if (core.state.session?.accessToken !== accessToken) return
  // Another tab may have replaced the token already (a password change rotates it on Shopify)
  // and this tab not heard yet: the refusal is of the old one. Take the stored one instead of
  // ending, and broadcasting the end of, the session every other tab now holds.
  const stored = core.store.read({ quiet: true })
  if (stored && stored.session.accessToken !== accessToken && core.live(stored.session)) {
    adoptStored(core, stored)
    if (core.state.session?.accessToken !== accessToken) return
  }
  const error = clientError('TOKEN_INVALID', `The API refused the customer's token (${reason})`)
  core.end(reason, { broadcast: true, error })
}
