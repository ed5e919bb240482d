import type { SessionStorage } from '../customer-auth.js'
import { decodeSession, storageKey } from '../session-codec.js'
import type { CustomerSession } from '../session.js'

/** The cookie's attributes for `createCookieStorage`; it is always `SameSite=Lax`. */
export interface CookieStorageOptions {
  /** Default `/` so every page (and the server rendering it) sees the session. */
  readonly path?: string
  /** Default: the current host only. */
  readonly domain?: string
  /** Default: `true` on https pages. */
  readonly secure?: boolean
}

/** Cookie names may not hold `:` or `/`, which backend ids do. */
const encode = encodeURIComponent

function readCookie(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name)
      try {
        return decodeURIComponent(part.slice(eq + 1).trim())
      } catch {
        return null
      }
  }
  return null
}

/**
 * Keeps the session in a first-party cookie so a server render can read it (`readSessionCookie`).
 * Written from script, so it cannot be HttpOnly: XSS can read it just like localStorage.
 * `SameSite=Lax` keeps it off cross-site subrequests; `Max-Age` ends it with the token.
 */
export function createCookieStorage(options: CookieStorageOptions = {}): SessionStorage {
  const { path = '/', domain, secure } = options
  const write = (key: string, value: string, expiresAt: number): void => {
    document.cookie = `${encode(key)}=${encode(value)}; Path=${path}${domain ? `; Domain=${domain}` : ''}; Max-Age=${Math.max(0, Math.ceil((expiresAt - Date.now()) / 1000))}; SameSite=Lax${(secure ?? globalThis.location?.protocol === 'https:') ? '; Secure' : ''}`
  }
  return {
    getItem: (key) => readCookie(document.cookie, encode(key)),
    setItem: write,
    removeItem: (key) => write(key, '', 0),
  }
}

/**
 * Server side (SSR): the session a request's `Cookie` header carries for a backend, or `null`
 * when there is none, it is unreadable, belongs to another backend, or has expired. Pass the
 * result as `initialSession` so the first render matches the browser's.
 */
export function readSessionCookie(
  cookieHeader: string | null | undefined,
  backendId: string,
  now: number = Date.now(),
): CustomerSession | null {
  if (!cookieHeader) return null
  const decoded = decodeSession(readCookie(cookieHeader, encode(storageKey(backendId))), backendId)
  return decoded.kind === 'session' && decoded.session.expiresAt > now ? decoded.session : null
}
