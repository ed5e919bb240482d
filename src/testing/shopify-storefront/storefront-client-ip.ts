/**
 * The IP a Storefront request counts as coming from, which Multipass `remote_ip` and the
 * `customerRecover` throttle are judged against.
 *
 * Shopify (api-facts §1): with private access (`Shopify-Storefront-Private-Token`) a server may send
 * `Shopify-Storefront-Buyer-IP` "instead of the request IP"; a public token has no such header, so
 * there the header is ignored and the request's own address counts. Otherwise the address is the
 * connection's: the socket's remote address over node:http (`listen()`, `middleware`), or the
 * emulator's `inProcessClientIp` option for `fetch`/`handle`, which have no socket.
 */

/** How the request was authorised; only private access may name the buyer's IP. */
export type StorefrontAccess = 'public' | 'private'

/**
 * One spelling per address so equal addresses compare equal. Emulator's choice (Shopify's
 * comparison is undocumented): trimmed, lower-case (IPv6 hex digits), and an IPv4-mapped IPv6
 * address (`::ffff:127.0.0.1`, what a dual-stack socket reports for an IPv4 client) as plain IPv4.
 * Other IPv6 spellings are not canonicalised.
 */
export function normalizeIp(ip: string): string {
  const trimmed = ip.trim().toLowerCase()
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed)
  return mapped?.[1] ?? trimmed
}

export function storefrontClientIp(
  request: Request,
  access: StorefrontAccess,
  remoteAddress: string,
): string {
  const buyerIp = request.headers.get('shopify-storefront-buyer-ip')?.trim()
  // An empty header names no one; the request's own address stands (emulator's choice).
  if (access === 'private' && buyerIp) return normalizeIp(buyerIp)
  return normalizeIp(remoteAddress)
}
