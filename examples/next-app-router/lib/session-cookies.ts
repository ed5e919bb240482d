/** The prefix of every session cookie the library writes (`storageKey(backend.id)`). */
const sessionKeyPrefix = 'storefront-auth:'

/**
 * Only the session cookies of a request's Cookie header, as sent: what the client component
 * needs to render signed in, and nothing else (other cookies, HttpOnly ones included, stay on
 * the server).
 */
export function sessionCookies(cookieHeader: string | null): string {
  if (!cookieHeader) return ''
  return cookieHeader
    .split(/;\s*/)
    .filter((pair) => {
      const name = pair.slice(0, Math.max(0, pair.indexOf('=')))
      try {
        return decodeURIComponent(name).startsWith(sessionKeyPrefix)
      } catch {
        return false
      }
    })
    .join('; ')
}
