// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { encodeSession, storageKey } from '../session-codec.js'
import { createCookieStorage, readSessionCookie } from './cookie-storage.js'

const backendId = 'shopify:my-shop.myshopify.com'
const key = storageKey(backendId)

function captureCookieWrites(): string[] {
  const writes: string[] = []
  const setCookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')?.set
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    writes.push(value)
    setCookie?.call(document, value)
  })
  return writes
}

afterEach(() => {
  vi.restoreAllMocks()
  createCookieStorage().removeItem(key)
})

describe('cookie storage', () => {
  it('writes Path=/, SameSite=Lax and a Max-Age that ends with the token', () => {
    const writes = captureCookieWrites()
    createCookieStorage().setItem(key, 'value', Date.now() + 3_600_000)
    expect(writes).toHaveLength(1)
    const attributes = (writes[0] ?? '').split('; ')
    expect(attributes[0]).toBe(`${encodeURIComponent(key)}=value`)
    expect(attributes).toContain('Path=/')
    expect(attributes).toContain('SameSite=Lax')
    expect(attributes).toContain('Max-Age=3600')
    // jsdom serves the page over http: no Secure (the browser would drop a Secure cookie there).
    expect(attributes).not.toContain('Secure')
  })

  it('adds Secure on https pages', () => {
    const writes = captureCookieWrites()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ protocol: 'https:' } as Location)
    createCookieStorage().setItem(key, 'value', Date.now() + 1_000)
    expect((writes[0] ?? '').split('; ')).toContain('Secure')
  })

  it('reads back what it wrote and forgets it on remove', () => {
    const storage = createCookieStorage()
    const value = encodeSession(
      {
        accessToken: 'a;b=c',
        expiresAt: Date.now() + 60_000,
        issuedAt: Date.now(),
        sessionId: 's',
      },
      backendId,
    )
    storage.setItem(key, value, Date.now() + 60_000)
    expect(storage.getItem(key)).toBe(value)
    storage.removeItem(key)
    expect(storage.getItem(key)).toBeNull()
  })

  it('removes with Max-Age=0', () => {
    const writes = captureCookieWrites()
    createCookieStorage().removeItem(key)
    expect(writes[0]).toContain('Max-Age=0')
  })
})

describe('readSessionCookie (SSR)', () => {
  const now = 1_800_000_000_000
  const session = { accessToken: 'tok', expiresAt: now + 60_000, issuedAt: now, sessionId: 's1' }
  const header = (value: string): string =>
    `theme=dark; ${encodeURIComponent(key)}=${encodeURIComponent(value)}; other=1`

  it('finds the session of a backend in a Cookie header', () => {
    expect(readSessionCookie(header(encodeSession(session, backendId)), backendId, now)).toEqual(
      session,
    )
  })

  it('returns null for no header, no cookie, another backend, an expired or a corrupt value', () => {
    expect(readSessionCookie(undefined, backendId, now)).toBeNull()
    expect(readSessionCookie('theme=dark', backendId, now)).toBeNull()
    expect(readSessionCookie(header(encodeSession(session, 'adobe:x')), backendId, now)).toBeNull()
    expect(
      readSessionCookie(header(encodeSession(session, backendId)), backendId, now + 60_000),
    ).toBeNull()
    expect(readSessionCookie(`${encodeURIComponent(key)}=%E0%A4%A`, backendId, now)).toBeNull()
    expect(readSessionCookie(header('{not json'), backendId, now)).toBeNull()
  })
})
