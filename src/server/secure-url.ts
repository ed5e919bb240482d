/**
 * This machine: `localhost`, IPv6 `[::1]` (URL keeps the brackets) or an IPv4 literal in
 * 127.0.0.0/8. A name that only starts with `127.` (`127.0.0.1.nip.io`, `127.example.com`) is a
 * DNS name that can point anywhere. The URL parser writes every IPv4 host (`127.1`, `0x7f.0.0.1`)
 * as four decimal numbers and refuses a host whose last label is a number but not an address,
 * so this pattern matches addresses only. (Not node:net's isIP: this module is bundled for
 * runtimes and tests where a `node:` import cannot load.)
 */
const loopbackIPv4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || loopbackIPv4.test(hostname)
}

/**
 * Parses a URL that will carry an admin credential in a header. Plain http is allowed only for
 * this machine (the emulator); anywhere else the token would cross the network in clear text.
 * Returns the reason as a string when the URL is unusable.
 */
export function parseSecureUrl(value: unknown, what: string): URL | string {
  if (typeof value !== 'string' && !(value instanceof URL)) return `${what} must be a URL string.`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `${what} is not a valid URL: ${JSON.stringify(String(value))}.`
  }
  if (url.username !== '' || url.password !== '')
    return `${what} must not contain credentials; pass the token as its own option.`
  if (url.protocol === 'https:') return url
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url
  return `${what} must use https (plain http is accepted only for localhost): ${url.origin}.`
}
