import { describe, expect, it } from 'vitest'
import { decodeSession, encodeSession, storageKey } from './session-codec.js'

const session = { accessToken: 'abc', expiresAt: 2_000, issuedAt: 1_000, sessionId: 's1' }

describe('session codec', () => {
  it('round-trips a session with a version, the backend id and what tabs need to judge it', () => {
    const meta = { signedInAt: 500, replaces: 's0', retryAt: 1_500, retries: 2 }
    const raw = encodeSession(session, 'shopify:a', meta)
    // Still version 1: the fields are optional, so the previous release reads the value too.
    expect(JSON.parse(raw)).toMatchObject({ v: 1, backend: 'shopify:a' })
    expect(decodeSession(raw, 'shopify:a')).toEqual({ kind: 'session', session, ...meta })
  })

  it('reads a session the previous release stored (no sign-in time) and upgrades it', () => {
    const { accessToken, expiresAt, issuedAt, sessionId } = session
    const v1 = JSON.stringify({ v: 1, backend: 'x', accessToken, expiresAt, issuedAt, sessionId })
    // No sign-in time was kept then: the token's issue time is the best that is known.
    expect(decodeSession(v1, 'x')).toEqual({ kind: 'session', session, signedInAt: issuedAt })
  })

  it('keeps "held nothing" apart from "unknown" in what the writer replaced', () => {
    const heldNothing = encodeSession(session, 'x', { signedInAt: 1_000, replaces: null })
    expect(decodeSession(heldNothing, 'x')).toMatchObject({ replaces: null })
    expect(decodeSession(encodeSession(session, 'x'), 'x')).not.toHaveProperty('replaces')
  })

  it('keys storage by backend id', () => {
    expect(storageKey('shopify:a.myshopify.com')).toBe('storefront-auth:shopify:a.myshopify.com')
  })

  it('reads nothing as empty', () => {
    expect(decodeSession(null, 'x')).toEqual({ kind: 'empty' })
    expect(decodeSession('', 'x')).toEqual({ kind: 'empty' })
  })

  it.each([
    ['corrupt JSON', '{"v":1,'],
    ['a JSON scalar', '42'],
    ['null', 'null'],
    ['another library’s value', '{"token":"abc"}'],
    ['another version', JSON.stringify({ ...JSON.parse(encodeSession(session, 'x')), v: 2 })],
    ['another backend’s session', encodeSession(session, 'adobe:b')],
    [
      'a missing session id',
      JSON.stringify({ v: 1, backend: 'x', accessToken: 'a', expiresAt: 2, issuedAt: 1 }),
    ],
    [
      'a non-numeric expiry',
      JSON.stringify({ ...JSON.parse(encodeSession(session, 'x')), expiresAt: '2026' }),
    ],
  ])('discards %s without throwing', (_, raw) => {
    expect(decodeSession(raw, 'x')).toEqual({ kind: 'invalid' })
  })

  it('never stores anything but the token fields and the session id', () => {
    const raw = encodeSession({ ...session, password: 'hunter2' } as typeof session, 'x')
    expect(raw).not.toContain('hunter2')
  })
})
