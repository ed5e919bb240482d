/**
 * One-time secrets (password-reset tokens, login-as-customer codes, confirmation keys). The emulator
 * keeps only their SHA-256 digests: like passwords, they grant a session and must not sit in
 * inspectable state in the clear.
 */
import { toHex } from '../random-token.js'

const encoder = new TextEncoder()

export async function digestSecret(secret: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(secret))))
}
