/**
 * The `exp` claim of a JWT customer token (Magento_JwtUserToken, 2.4.4+), in epoch ms, or
 * `undefined` for an opaque token. The signature is not checked: the client only plans when to
 * stop using the token; the server stays the judge of its validity.
 */
export function jwtExpiry(token: string): number | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    // base64url → base64; atob needs no padding. The bytes are not decoded as UTF-8: any other
    // claim's non-ASCII text becomes Latin-1 characters, still valid JSON, and `exp` is a number.
    // A payload that is not an object (`null`) throws on destructuring, like malformed JSON.
    const { exp } = JSON.parse(atob((parts[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp?: unknown
    }
    // `exp < Infinity` also refuses NaN.
    return typeof exp === 'number' && exp > 0 && exp < Infinity ? exp * 1000 : undefined
  } catch {
    return undefined
  }
}
