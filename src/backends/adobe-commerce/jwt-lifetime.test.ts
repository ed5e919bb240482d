import { describe, expect, it } from 'vitest'
import { jwtLifetime } from './jwt-lifetime.js'

function jwt(claims: unknown): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${encode({ kid: '1', alg: 'HS256' })}.${encode(claims)}.c2lnbmF0dXJl`
}

const iat = 1_784_156_276
const sentAt = iat * 1000

describe('jwtLifetime', () => {
  it('is exp − iat in milliseconds, without checking the signature', () => {
    expect(jwtLifetime(jwt({ uid: 1, utypid: 3, iat, exp: iat + 3600 }), sentAt)).toBe(3_600_000)
  })

  it('does not depend on the device clock: a device two hours ahead still gets the full hour', () => {
    const token = jwt({ uid: 1, utypid: 3, iat, exp: iat + 3600 })
    expect(jwtLifetime(token, sentAt + 2 * 3_600_000)).toBe(3_600_000)
    expect(jwtLifetime(token, sentAt - 2 * 3_600_000)).toBe(3_600_000)
  })

  it('falls back to exp against the send time when the token has no iat', () => {
    expect(jwtLifetime(jwt({ exp: iat + 600 }), sentAt)).toBe(600_000)
  })

  it('decodes base64url payloads that use - and _ and carry non-ASCII text', () => {
    const token = jwt({ iat, exp: iat + 60, name: 'María ~~~ ÿÿ>>>' })
    expect(token.split('.')[1]).toMatch(/[-_]/)
    expect(jwtLifetime(token, sentAt)).toBe(60_000)
  })

  it('returns undefined for an opaque token, so the configured lifetime applies', () => {
    expect(jwtLifetime('hx9m2kq0h7t3l0y2a4b0c8e1d5f6g7h8', sentAt)).toBeUndefined()
  })

  it('returns undefined for a payload that is not JSON or lacks a numeric exp', () => {
    expect(jwtLifetime('a.bm90LWpzb24.c', sentAt)).toBeUndefined()
    expect(jwtLifetime(jwt({ exp: '1784159876' }), sentAt)).toBeUndefined()
    expect(jwtLifetime(jwt({ iat: 1 }), sentAt)).toBeUndefined()
    expect(jwtLifetime(jwt(null), sentAt)).toBeUndefined()
    expect(jwtLifetime('a.%%%.c', sentAt)).toBeUndefined()
  })
})
