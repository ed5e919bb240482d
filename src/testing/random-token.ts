/** A random hex string of `bytes` bytes: the shape of Shopify's access tokens (32 hex chars). */
export function randomHex(bytes = 16): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
}

/** Shopify's DateTime format: ISO 8601 to the second, `Z` suffix. */
export function formatDateTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
