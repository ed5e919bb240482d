import { describe, expect, it } from 'vitest'
import { jwtExpiry } from './jwt-expiry.js'

function jwt(claims: unknown): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${encode({ kid: '1', alg: 'HS256' })}.${encode(claims)}.c2lnbmF0dXJl`
}

describe('jwtExpiry', () => {
  it('reads the exp claim (seconds) as epoch milliseconds, without checking the signature', () => {
    expect(jwtExpiry(jwt({ uid: 1, utypid: 3, iat: 1_784_156_276, exp: 1_784_159_876 }))).toBe(
      1_784_159_876_000,
    )
  })

  it('decodes base64url payloads that use - and _ and carry non-ASCII text', () => {
    const token = jwt({ exp: 2_000_000_000, name: 'María ~~~ ÿÿ>>>' })
    expect(token.split('.')[1]).toMatch(/[-_]/)
    expect(jwtExpiry(token)).toBe(2_000_000_000_000)
  })

  it('returns undefined for an opaque token, so the configured lifetime applies', () => {
    expect(jwtExpiry('hx9m2kq0h7t3l0y2a4b0c8e1d5f6g7h8')).toBeUndefined()
  })

  it('returns undefined for a payload that is not JSON or lacks a numeric exp', () => {
    expect(jwtExpiry('a.bm90LWpzb24.c')).toBeUndefined()
    expect(jwtExpiry(jwt({ exp: '1784159876' }))).toBeUndefined()
    expect(jwtExpiry(jwt({ iat: 1 }))).toBeUndefined()
    expect(jwtExpiry(jwt(null))).toBeUndefined()
    expect(jwtExpiry('a.%%%.c')).toBeUndefined()
  })
})
