import type { CustomerSession } from './session.js'

/**
 * The stored shape's version. What tabs need to judge a session they hear about (its sign-in
 * time, what its writer replaced, a shared retry point) was added as optional fields, not as a
 * new version: the previous release reads version 1 and ignores fields it does not know, but
 * discards (and removes) any other version, which would sign out every tab of a newer release
 * beside one of it. A value without the fields reads with the best guesses (see decodeSession)
 * and is written back with them: that is the upgrade. A breaking change bumps the version.
 */
const VERSION = 1

/** The storage key of a backend's session; the backend id keeps two shops apart. */
export function storageKey(backendId: string): string {
  return `storefront-auth:${backendId}`
}

/** What is kept beside a session's token, for the other tabs and the next page load. */
export interface SessionRecordMeta {
  /** When this session was signed in (kept across renewals): crossing sign-ins are judged by it. */
  readonly signedInAt: number
  /** The session its writer held before taking this one (`null`: none; absent: unknown). */
  readonly replaces?: string | null
  /** Set after a failed renew: no tab sends the next one for this token before this time. */
  readonly retryAt?: number
  /** How many tries came before `retryAt`: the backoff goes on from it in whichever tab. */
  readonly retries?: number
}

/** A decoded stored session with its meta. */
export interface SessionRecord extends SessionRecordMeta {
  readonly session: CustomerSession
}

export function encodeSession(
  session: CustomerSession,
  backendId: string,
  meta: SessionRecordMeta = { signedInAt: session.issuedAt },
): string {
  const { accessToken, expiresAt, issuedAt, sessionId } = session
  return JSON.stringify({
    v: VERSION,
    backend: backendId,
    accessToken,
    expiresAt,
    issuedAt,
    sessionId,
    signedInAt: meta.signedInAt,
    replaces: meta.replaces,
    retryAt: meta.retryAt,
    retries: meta.retries,
  })
}

/**
 * What a stored value turned out to be. `invalid` covers corrupt JSON, another library's value
 * under our key, another version, and another backend's session: all are discarded.
 */
export type DecodedSession =
  | { readonly kind: 'empty' }
  | ({ readonly kind: 'session' } & SessionRecord)
  | { readonly kind: 'invalid' }

const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''
const isTime = (value: unknown): value is number => Number.isFinite(value) && (value as number) > 0

/** Never throws: storage is outside our control and a bad value must not crash the app. */
export function decodeSession(raw: string | null, backendId: string): DecodedSession {
  if (!raw) return { kind: 'empty' }
  try {
    // `null` or a scalar makes the destructuring throw or yield nothing: invalid either way.
    const {
      v,
      backend,
      accessToken,
      expiresAt,
      issuedAt,
      sessionId,
      signedInAt,
      replaces,
      retryAt,
      retries,
    } = JSON.parse(raw) as Record<string, unknown>
    if (
      v === VERSION &&
      backend === backendId &&
      isText(accessToken) &&
      isText(sessionId) &&
      isTime(expiresAt) &&
      isTime(issuedAt)
    )
      return {
        kind: 'session',
        session: { accessToken, expiresAt, issuedAt, sessionId },
        // A value of the previous release has no sign-in time: its token's issue time is the
        // best guess.
        signedInAt: isTime(signedInAt) ? signedInAt : issuedAt,
        ...(typeof replaces === 'string' || replaces === null ? { replaces } : {}),
        ...(isTime(retryAt) ? { retryAt } : {}),
        ...(Number.isInteger(retries) && (retries as number) >= 0
          ? { retries: retries as number }
          : {}),
      }
  } catch {
    // Corrupt JSON.
  }
  return { kind: 'invalid' }
}
