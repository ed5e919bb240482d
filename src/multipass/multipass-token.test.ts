import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto'
import Multipassify from 'multipassify'
import { describe, expect, it } from 'vitest'
import { rejectionOf } from '../testing/test-support/rejection-of.js'
import {
  decodeMultipassToken,
  generateMultipassToken,
  MultipassTokenError,
  type MultipassCustomerData,
} from './multipass-token.js'

const secret = 'a1b2c3d4e5f6multipass-secret'
const customer: MultipassCustomerData = {
  email: 'ada@example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
  return_to: 'https://shop.example.com/account',
  tag_string: 'vip,early',
  addresses: [{ address1: '1 Analytical Way', city: 'London', country_code: 'GB' }],
}

// multipassify only encodes; this is its key derivation and layout read backwards with
// node:crypto, i.e. what Shopify does with a token.
function decodeTheMultipassifyWay(secretText: string, token: string): unknown {
  const multipass = new Multipassify(secretText) as unknown as {
    _encryptionKey: Buffer
    sign(data: Buffer): Buffer
  }
  const bytes = Buffer.from(token.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
  const signed = bytes.subarray(0, bytes.length - 32)
  const signature = bytes.subarray(bytes.length - 32)
  if (!multipass.sign(signed).equals(signature)) throw new Error('signature mismatch')
  const decipher = createDecipheriv('aes-128-cbc', multipass._encryptionKey, signed.subarray(0, 16))
  const plain = Buffer.concat([decipher.update(signed.subarray(16)), decipher.final()])
  return JSON.parse(plain.toString('utf8'))
}

// A correctly signed token around an arbitrary plaintext, to reach the checks after the signature.
function signedTokenAround(plaintext: string): string {
  const key = createHash('sha256').update(secret).digest()
  const iv = randomBytes(16)
  const cipher = createCipheriv('aes-128-cbc', key.subarray(0, 16), iv)
  const signed = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()])
  const signature = createHmac('sha256', key.subarray(16, 32)).update(signed).digest()
  return Buffer.concat([signed, signature]).toString('base64url')
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return (await rejectionOf(promise, MultipassTokenError)).code
}

describe('generateMultipassToken', () => {
  it('makes a token that multipassify-style decoding (Shopify’s algorithm) reads back', async () => {
    const token = await generateMultipassToken(secret, customer, {
      now: new Date('2026-11-21T10:00:00.000Z'),
    })
    expect(decodeTheMultipassifyWay(secret, token)).toEqual({
      ...customer,
      created_at: '2026-11-21T10:00:00.000Z',
    })
  })

  it('keeps base64 padding by default like multipassify, and drops it on request', async () => {
    // {"email":"a@b.co","created_at":"…"} is 58 bytes → 64 of ciphertext; 16 + 64 + 32 = 112
    // bytes, which base64 ends with `==`.
    const short = { email: 'a@b.co' }
    const now = new Date('2026-11-21T10:00:00.000Z')
    const padded = await generateMultipassToken(secret, short, { now })
    const unpadded = await generateMultipassToken(secret, short, { now, padding: false })
    expect(padded).toMatch(/^[A-Za-z0-9_-]+==$/)
    expect(unpadded).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(padded.length).toBe(unpadded.length + 2)
    expect(decodeTheMultipassifyWay(secret, unpadded)).toMatchObject(short)
  })

  it('uses only URL-safe characters, so the token fits in /account/login/multipass/{token}', async () => {
    for (let i = 0; i < 20; i++) {
      const token = await generateMultipassToken(secret, customer, { padding: false })
      expect(token).not.toMatch(/[+/=]/)
    }
  })

  it('sets created_at to the signing time, overriding a created_at passed in', async () => {
    const token = await generateMultipassToken(
      secret,
      { email: 'ada@example.com', created_at: '2001-01-01T00:00:00.000Z' },
      { now: new Date('2026-11-21T12:34:56.789Z') },
    )
    expect((await decodeMultipassToken(secret, token)).created_at).toBe('2026-11-21T12:34:56.789Z')
  })

  it('stamps the current time when no time is given', async () => {
    const before = Date.now()
    const decoded = await decodeMultipassToken(
      secret,
      await generateMultipassToken(secret, customer),
    )
    const stamped = Date.parse(decoded.created_at ?? '')
    expect(stamped).toBeGreaterThanOrEqual(before)
    expect(stamped).toBeLessThanOrEqual(Date.now())
  })

  it('uses a fresh IV, so two tokens for the same data differ', async () => {
    const now = new Date()
    const [a, b] = await Promise.all([
      generateMultipassToken(secret, customer, { now }),
      generateMultipassToken(secret, customer, { now }),
    ])
    expect(a).not.toBe(b)
  })

  it('refuses an empty secret or data without an email', async () => {
    expect(await codeOf(generateMultipassToken('', customer))).toBe('INVALID_INPUT')
    expect(await codeOf(generateMultipassToken(secret, { email: '  ' }))).toBe('INVALID_INPUT')
    expect(
      await codeOf(generateMultipassToken(secret, null as unknown as MultipassCustomerData)),
    ).toBe('INVALID_INPUT')
  })
})

describe('decodeMultipassToken', () => {
  it('reads a token made by multipassify, padded as it makes them', async () => {
    const token = new Multipassify(secret).encode({ ...customer, first_name: 'Zoë' })
    expect(token).toMatch(/=$/)
    const decoded = await decodeMultipassToken(secret, token)
    expect(decoded).toMatchObject({ ...customer, first_name: 'Zoë' })
    expect(Date.parse(decoded.created_at ?? '')).not.toBeNaN()
  })

  it('reads a multipassify token with its padding stripped', async () => {
    const token = new Multipassify(secret).encode({ email: 'a@b.co' }).replace(/=+$/, '')
    expect(await decodeMultipassToken(secret, token)).toMatchObject({ email: 'a@b.co' })
  })

  it('refuses a token with a changed ciphertext byte as BAD_SIGNATURE', async () => {
    const bytes = Buffer.from(await generateMultipassToken(secret, customer), 'base64url')
    bytes[20] = (bytes[20] ?? 0) ^ 0x01
    expect(await codeOf(decodeMultipassToken(secret, bytes.toString('base64url')))).toBe(
      'BAD_SIGNATURE',
    )
  })

  it('refuses a token with a changed signature byte as BAD_SIGNATURE', async () => {
    const bytes = Buffer.from(await generateMultipassToken(secret, customer), 'base64url')
    const last = bytes.length - 1
    bytes[last] = (bytes[last] ?? 0) ^ 0x80
    expect(await codeOf(decodeMultipassToken(secret, bytes.toString('base64url')))).toBe(
      'BAD_SIGNATURE',
    )
  })

  it('refuses a token signed with another secret as BAD_SIGNATURE', async () => {
    const token = new Multipassify('another-shops-secret').encode({ email: 'ada@example.com' })
    expect(await codeOf(decodeMultipassToken(secret, token))).toBe('BAD_SIGNATURE')
  })

  it('refuses text that is not base64url, or too short to be a token, as MALFORMED', async () => {
    expect(await codeOf(decodeMultipassToken(secret, ''))).toBe('MALFORMED')
    expect(await codeOf(decodeMultipassToken(secret, 'not a token!'))).toBe('MALFORMED')
    expect(await codeOf(decodeMultipassToken(secret, 'abc+/def'))).toBe('MALFORMED')
    expect(await codeOf(decodeMultipassToken(secret, 'A'.repeat(64)))).toBe('MALFORMED')
    const token = await generateMultipassToken(secret, customer, { padding: false })
    expect(await codeOf(decodeMultipassToken(secret, token.slice(0, -7)))).toBe('MALFORMED')
  })

  it('refuses a correctly signed token that holds no JSON customer as BAD_PAYLOAD', async () => {
    expect(await codeOf(decodeMultipassToken(secret, signedTokenAround('not json')))).toBe(
      'BAD_PAYLOAD',
    )
    expect(
      await codeOf(decodeMultipassToken(secret, signedTokenAround('{"first_name":"Ada"}'))),
    ).toBe('BAD_PAYLOAD')
    expect(await decodeMultipassToken(secret, signedTokenAround('{"email":"a@b.co"}'))).toEqual({
      email: 'a@b.co',
    })
  })

  it('refuses to decode with an empty secret', async () => {
    const token = await generateMultipassToken(secret, customer)
    expect(await codeOf(decodeMultipassToken('', token))).toBe('INVALID_INPUT')
  })
})
