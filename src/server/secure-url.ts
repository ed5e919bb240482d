const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

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
  if (
    url.protocol === 'http:' &&
    (loopbackHosts.has(url.hostname) || url.hostname.startsWith('127.'))
  )
    return url
  return `${what} must use https (plain http is accepted only for localhost): ${url.origin}.`
}
