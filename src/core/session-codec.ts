import type { CustomerSession } from './session.js'

/** Bumped when the stored shape changes; older or newer values are discarded, never migrated. */
const VERSION = 1

/** The storage key of a backend's session; the backend id keeps two shops apart. */
export function storageKey(backendId: string): string {
  return `storefront-auth:${backendId}`
}

export function encodeSession(session: CustomerSession, backendId: string): string {
  const { accessToken, expiresAt, issuedAt, sessionId } = session
  return JSON.stringify({
    v: VERSION,
    backend: backendId,
    accessToken,
    expiresAt,
    issuedAt,
    sessionId,
  })
}

/**
 * What a stored value turned out to be. `invalid` covers corrupt JSON, another library's value
 * under our key, another version, and another backend's session: all are discarded.
 */
export type DecodedSession =
  | { readonly kind: 'empty' }
  | { readonly kind: 'session'; readonly session: CustomerSession }
  | { readonly kind: 'invalid' }

const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''
const isTime = (value: unknown): value is number => Number.isFinite(value) && (value as number) > 0

/** Never throws: storage is outside our control and a bad value must not crash the app. */
export function decodeSession(raw: string | null, backendId: string): DecodedSession {
  if (!raw) return { kind: 'empty' }
  try {
    // `null` or a scalar makes the destructuring throw or yield nothing: invalid either way.
    const { v, backend, accessToken, expiresAt, issuedAt, sessionId } = JSON.parse(raw) as Record<
      string,
      unknown
    >
    if (
      v === VERSION &&
      backend === backendId &&
      isText(accessToken) &&
      isText(sessionId) &&
      isTime(expiresAt) &&
      isTime(issuedAt)
    )
      return { kind: 'session', session: { accessToken, expiresAt, issuedAt, sessionId } }
  } catch {
    // Corrupt JSON.
  }
  return { kind: 'invalid' }
}
