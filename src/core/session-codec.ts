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

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0

/** Never throws: storage is outside our control and a bad value must not crash the app. */
export function decodeSession(raw: string | null, backendId: string): DecodedSession {
  if (raw === null || raw === '') return { kind: 'empty' }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { kind: 'invalid' }
  }
  if (typeof value !== 'object' || value === null) return { kind: 'invalid' }
  const v = value as Record<string, unknown>
  if (
    v.v !== VERSION ||
    v.backend !== backendId ||
    typeof v.accessToken !== 'string' ||
    v.accessToken === '' ||
    typeof v.sessionId !== 'string' ||
    v.sessionId === '' ||
    !isTime(v.expiresAt) ||
    !isTime(v.issuedAt)
  ) {
    return { kind: 'invalid' }
  }
  return {
    kind: 'session',
    session: {
      accessToken: v.accessToken,
      expiresAt: v.expiresAt,
      issuedAt: v.issuedAt,
      sessionId: v.sessionId,
    },
  }
}
