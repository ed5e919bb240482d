/** Shopify's DateTime format: ISO 8601 to the second, `Z` suffix. */
export function formatDateTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
