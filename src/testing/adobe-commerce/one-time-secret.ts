/**
 * One-time secrets (password-reset tokens, login-as-customer codes, confirmation keys). The emulator
 * keeps only their SHA-256 digests: like passwords, they grant a session and must not sit in
 * inspectable state in the clear.
 */
const encoder = new TextEncoder()

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** 32 lowercase hex characters, the shape of Magento's `rp_token` and of the REST `otp`. */
export function randomHexToken(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)))
}

export async function digestSecret(secret: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(secret))))
}
