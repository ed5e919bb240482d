import { describe, expect, it } from 'vitest'
import type { StorageOption } from '../customer-auth.js'
import { createCookieStorage } from './cookie-storage.js'
import { resolveStorage } from './resolve-storage.js'

describe('resolveStorage', () => {
  it('passes a storage object through as it is', () => {
    const cookies = createCookieStorage()
    expect(resolveStorage(cookies)).toBe(cookies)
  })

  it('gives each engine its own memory storage', () => {
    const a = resolveStorage('memory')
    a.setItem('key', 'value', Date.now() + 1000)
    expect(resolveStorage('memory').getItem('key')).toBeNull()
    expect(a.getItem('key')).toBe('value')
  })

  it.each(['cookie', 'localStorage', ''])(
    'refuses the unknown name %j with a CONFIGURATION error naming what is accepted',
    (name) => {
      expect(() => resolveStorage(name as StorageOption)).toThrow(
        expect.objectContaining({
          code: 'CONFIGURATION',
          message: expect.stringContaining('createCookieStorage()'),
        }),
      )
    },
  )

  it('refuses an object that is not a storage', () => {
    expect(() => resolveStorage({} as StorageOption)).toThrow(
      expect.objectContaining({ code: 'CONFIGURATION' }),
    )
  })
})
