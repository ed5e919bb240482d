import { toHex } from './random-token.js'

/**
 * Salted PBKDF2 password hashes for the emulator's customers. Even a test double never keeps a
 * password in the clear: its state is inspectable by tests and may end up in snapshots or logs.
 */
const iterations = 10_000 // enough for a stand-in; real shops tune this for production hardware.
const encoder = new TextEncoder()

export interface PasswordHash {
  readonly salt: string
  readonly hash: string
}

async function derive(password: string, salt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations },
    key,
    256,
  )
  return toHex(new Uint8Array(bits))
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = toHex(crypto.getRandomValues(new Uint8Array(16)))
  return { salt, hash: await derive(password, salt) }
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const candidate = await derive(password, stored.salt)
  // Constant-time comparison: the emulator is a model of a real API, timing included.
  let difference = candidate.length ^ stored.hash.length
  for (let i = 0; i < candidate.length; i++)
    difference |= candidate.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0)
  return difference === 0
}
