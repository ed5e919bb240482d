/**
 * Shopify Multipass tokens (https://shopify.dev/docs/api/multipass), on WebCrypto so the same code
 * signs on a server (`storefront-auth/server`) and verifies inside the emulator, which also runs in
 * a browser. Algorithm: k = SHA-256(secret); AES-128-CBC with k[0..16) and a random IV; HMAC-SHA256
 * with k[16..32) over iv || ciphertext; token = base64url(iv || ciphertext || signature).
 */

/** An address as Shopify's Admin REST API spells it; Multipass passes it through. */
export interface MultipassAddress {
  readonly address1?: string
  readonly address2?: string
  readonly city?: string
  readonly company?: string
  readonly country?: string
  readonly country_code?: string
  readonly first_name?: string
  readonly last_name?: string
  readonly phone?: string
  readonly province?: string
  readonly province_code?: string
  readonly zip?: string
  readonly default?: boolean
}

/** What a Multipass token carries: the customer's `email` (required) and Shopify's optional fields. */
export interface MultipassCustomerData {
  readonly email: string
  /** ISO 8601. Set by `generateMultipassToken` to the signing time. */
  readonly created_at?: string
  readonly first_name?: string
  readonly last_name?: string
  /** Comma-separated tags; they replace the customer's existing tags. */
  readonly tag_string?: string
  /** A unique id of the customer in your system, when email is not the unique key. */
  readonly identifier?: string
  /** Restricts the token to one client IP. */
  readonly remote_ip?: string
  readonly return_to?: string
  readonly addresses?: readonly MultipassAddress[]
}

/** Why a Multipass token could not be made or read. */
export type MultipassTokenErrorCode =
  /** Not base64url, or too short to hold an IV, a block and a signature. */
  | 'MALFORMED'
  /** The signature does not match: wrong secret or a tampered token. */
  | 'BAD_SIGNATURE'
  /** Signed correctly but the content is not a customer payload with an email. */
  | 'BAD_PAYLOAD'
  /** The secret or the customer data given to the generator is unusable. */
  | 'INVALID_INPUT'

/** A Multipass failure (`generateMultipassToken`, `decodeMultipassToken`). Branch on `code`. */
export class MultipassTokenError extends Error {
  override readonly name = 'MultipassTokenError'
  readonly code: MultipassTokenErrorCode
  constructor(code: MultipassTokenErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

/** The options of `generateMultipassToken`. */
export interface GenerateMultipassTokenOptions {
  /** The signing time written to `created_at`. Default: now. */
  readonly now?: Date
  /** Keep base64 `=` padding like Shopify's reference code and multipassify. Default true. */
  readonly padding?: boolean
}

const ivLength = 16
const blockLength = 16
const signatureLength = 32
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

interface MultipassKeys {
  readonly encryption: CryptoKey
  readonly signing: CryptoKey
}

async function deriveKeys(secret: string): Promise<MultipassKeys> {
  if (typeof secret !== 'string' || secret.length === 0)
    throw new MultipassTokenError('INVALID_INPUT', 'The Multipass secret is empty.')
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(secret)))
  const [encryption, signing] = await Promise.all([
    crypto.subtle.importKey('raw', digest.slice(0, 16), 'AES-CBC', false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', digest.slice(16, 32), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]),
  ])
  return { encryption, signing }
}

function toBase64Url(bytes: Uint8Array, padding: boolean): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  const base64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_')
  return padding ? base64 : base64.replace(/=+$/, '')
}

function fromBase64Url(token: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(token))
    throw new MultipassTokenError('MALFORMED', 'The Multipass token is not base64url.')
  const base64 = token.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/')
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4)
  let binary: string
  try {
    binary = atob(padded)
  } catch {
    throw new MultipassTokenError('MALFORMED', 'The Multipass token is not base64url.')
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

/** Signs customer data into a Multipass token (the algorithm behind the server entry's helper). */
export async function generateMultipassToken(
  secret: string,
  customerData: MultipassCustomerData,
  options: GenerateMultipassTokenOptions = {},
): Promise<string> {
  if (typeof customerData !== 'object' || customerData === null)
    throw new MultipassTokenError('INVALID_INPUT', 'Multipass customer data must be an object.')
  if (typeof customerData.email !== 'string' || customerData.email.trim() === '')
    throw new MultipassTokenError('INVALID_INPUT', 'Multipass customer data needs an email.')
  const keys = await deriveKeys(secret)
  const payload = { ...customerData, created_at: (options.now ?? new Date()).toISOString() }
  const iv = crypto.getRandomValues(new Uint8Array(ivLength))
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-CBC', iv },
      keys.encryption,
      encoder.encode(JSON.stringify(payload)),
    ),
  )
  const signed = new Uint8Array(ivLength + ciphertext.length)
  signed.set(iv, 0)
  signed.set(ciphertext, ivLength)
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', keys.signing, signed))
  const token = new Uint8Array(signed.length + signatureLength)
  token.set(signed, 0)
  token.set(signature, signed.length)
  return toBase64Url(token, options.padding ?? true)
}

/**
 * Verifies the signature first (so a tampered token never reaches the decryptor), then decrypts
 * and parses. Does not judge `created_at`: how old a token may be is the verifier's policy.
 */
export async function decodeMultipassToken(
  secret: string,
  token: string,
): Promise<MultipassCustomerData> {
  const keys = await deriveKeys(secret)
  const bytes = fromBase64Url(typeof token === 'string' ? token.trim() : '')
  const cipherLength = bytes.length - ivLength - signatureLength
  if (cipherLength < blockLength || cipherLength % blockLength !== 0)
    throw new MultipassTokenError('MALFORMED', 'The Multipass token has the wrong length.')
  const signed = bytes.slice(0, ivLength + cipherLength)
  const signature = bytes.slice(ivLength + cipherLength)
  if (!(await crypto.subtle.verify('HMAC', keys.signing, signature, signed)))
    throw new MultipassTokenError('BAD_SIGNATURE', 'The Multipass token signature does not match.')
  let data: unknown
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-CBC', iv: bytes.slice(0, ivLength) },
      keys.encryption,
      signed.slice(ivLength),
    )
    data = JSON.parse(decoder.decode(plain))
  } catch {
    throw new MultipassTokenError('BAD_PAYLOAD', 'The Multipass token does not hold JSON.')
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    typeof (data as { email?: unknown }).email !== 'string'
  )
    throw new MultipassTokenError('BAD_PAYLOAD', 'The Multipass payload has no email.')
  return data as MultipassCustomerData
}
