/**
 * Customer tokens as Magento_JwtUserToken issues them: a JWS signed with HS256, header
 * `{"kid":"1","alg":"HS256"}`, claims `uid`, `utypid` (3 = customer), `iat` and `exp` in seconds
 * (Magento `JwtUserToken/Model/Issuer.php`). Signed and checked with WebCrypto so the emulator runs
 * in Node and in a browser alike.
 *
 * One addition: a random `jti`. Magento's tokens carry none, so two sign-ins in the same second
 * yield the same string; with a frozen emulator clock that would make "sign out, sign in again"
 * hand back the token just revoked. Clients read only `exp`, so the extra claim changes nothing
 * for them.
 */
export interface CustomerTokenClaims {
  readonly jti: string
  readonly uid: number
  readonly utypid: number
  readonly iat: number
  readonly exp: number
}

/** Magento's user type id for customers (`UserContextInterface::USER_TYPE_CUSTOMER`). */
export const customerUserType = 3

export interface CustomerJwtSigner {
  sign(claims: CustomerTokenClaims): Promise<string>
  /** The claims of a token this signer issued, or null when it is malformed or its signature fails. */
  read(jwt: string): Promise<CustomerTokenClaims | null>
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const header = { kid: '1', alg: 'HS256' }

function base64UrlEncode(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0))
  } catch {
    return null
  }
}

function encodeJson(value: unknown): string {
  return base64UrlEncode(encoder.encode(JSON.stringify(value)))
}

function decodeJson(part: string): unknown {
  const bytes = base64UrlDecode(part)
  if (!bytes) return null
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown
  } catch {
    return null
  }
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}

/**
 * A signer with its own random key: like a shop's `crypt/key`, it never leaves the process, so
 * tokens from another emulator instance (or a forged one) fail the signature check.
 */
export function createCustomerJwtSigner(): CustomerJwtSigner {
  const keyPromise = crypto.subtle.importKey(
    'raw',
    crypto.getRandomValues(new Uint8Array(64)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  )
  return {
    async sign(claims) {
      const signingInput = `${encodeJson(header)}.${encodeJson(claims)}`
      const signature = await crypto.subtle.sign(
        'HMAC',
        await keyPromise,
        encoder.encode(signingInput),
      )
      return `${signingInput}.${base64UrlEncode(new Uint8Array(signature))}`
    },
    async read(jwt) {
      const parts = jwt.split('.')
      if (parts.length !== 3) return null
      const [headerPart = '', payloadPart = '', signaturePart = ''] = parts
      const parsedHeader = decodeJson(headerPart) as { alg?: unknown } | null
      if (!parsedHeader || parsedHeader.alg !== 'HS256') return null
      const signature = base64UrlDecode(signaturePart)
      if (!signature) return null
      // subtle.verify compares in constant time.
      const valid = await crypto.subtle.verify(
        'HMAC',
        await keyPromise,
        signature,
        encoder.encode(`${headerPart}.${payloadPart}`),
      )
      if (!valid) return null
      const payload = decodeJson(payloadPart) as Partial<
        Record<keyof CustomerTokenClaims, unknown>
      > | null
      if (!payload) return null
      const { jti, uid, utypid, iat, exp } = payload
      if (typeof jti !== 'string' || !isPositiveInteger(uid) || !isPositiveInteger(utypid))
        return null
      if (!isPositiveInteger(iat) || !isPositiveInteger(exp)) return null
      return { jti, uid, utypid, iat, exp }
    },
  }
}
