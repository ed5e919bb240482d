// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createWebStorage } from './web-storage.js'

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
  sessionStorage.clear()
})

describe('web storage', () => {
  it('keeps values in localStorage or sessionStorage', () => {
    createWebStorage('local').setItem('k', 'v', 0)
    createWebStorage('session').setItem('k', 'w', 0)
    expect(localStorage.getItem('k')).toBe('v')
    expect(sessionStorage.getItem('k')).toBe('w')
    createWebStorage('local').removeItem('k')
    expect(createWebStorage('local').getItem('k')).toBeNull()
  })

  it('reports writes of other tabs to its key only', () => {
    const seen: (string | null)[] = []
    const unsubscribe = createWebStorage('local').subscribe?.('k', (value) => seen.push(value))
    const fire = (init: StorageEventInit): boolean =>
      window.dispatchEvent(new StorageEvent('storage', { storageArea: localStorage, ...init }))
    fire({ key: 'k', newValue: 'one' })
    fire({ key: 'other', newValue: 'two' })
    fire({ key: 'k', newValue: 'three', storageArea: sessionStorage })
    fire({ key: null })
    unsubscribe?.()
    fire({ key: 'k', newValue: 'after' })
    expect(seen).toEqual(['one', null])
  })

  it('throws when the browser refuses storage, for the engine to report', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(() => createWebStorage('local').getItem('k')).toThrow('denied')
  })
})
