/** Lowercase hex, two characters a byte. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * A random hex string of `bytes` bytes: the shape of Shopify's access tokens and of Magento's
 * `rp_token` and REST `otp` (32 hex chars).
 */
export function randomHex(bytes = 16): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)))
}
