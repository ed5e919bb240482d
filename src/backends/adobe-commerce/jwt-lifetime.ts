/**
 * How long a JWT customer token (Magento_JwtUserToken, 2.4.4+) lives, in ms from `sentAt` (when
 * the sign-in request left), or `undefined` for an opaque token (the configured lifetime applies).
 *
 * Read from `exp − iat`, both the server's clock: the device's clock may be minutes or hours off,
 * and `exp` taken as a local time would end a 1-hour token early, or make a device running
 * ahead refuse it as already expired. Only a token without `iat` falls back to `exp` against the
 * local `sentAt`. The signature is not checked: the client only plans when to stop using the
 * token; the server stays the judge of its validity.
 */
export function jwtLifetime(token: string, sentAt: number): number | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    // base64url → base64; atob needs no padding. The bytes are not decoded as UTF-8: any other
    // claim's non-ASCII text becomes Latin-1 characters, still valid JSON, and the times are
    // numbers. A payload that is not an object (`null`) throws on destructuring, like bad JSON.
    const { exp, iat } = JSON.parse(
      atob((parts[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')),
    ) as { exp?: unknown; iat?: unknown }
    if (!isTime(exp)) return undefined
    return isTime(iat) && iat < exp ? (exp - iat) * 1000 : exp * 1000 - sentAt
  } catch {
    return undefined
  }
}

/** Seconds since the epoch: `< Infinity` also refuses NaN. */
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && value > 0 && value < Infinity
