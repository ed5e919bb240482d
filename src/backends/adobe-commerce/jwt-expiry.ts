/**
 * The `exp` claim of a JWT customer token (Magento_JwtUserToken, 2.4.4+), in epoch ms, or
 * `undefined` for an opaque token. The signature is not checked: the client only plans when to
 * stop using the token; the server stays the judge of its validity.
 */
export function jwtExpiry(token: string): number | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[1]) return undefined
  try {
    const claims: unknown = JSON.parse(decodeBase64Url(parts[1]))
    if (typeof claims !== 'object' || claims === null) return undefined
    const exp = (claims as { exp?: unknown }).exp
    return typeof exp === 'number' && Number.isFinite(exp) && exp > 0 ? exp * 1000 : undefined
  } catch {
    return undefined
  }
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/')
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4)
  const binary = atob(padded)
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}
