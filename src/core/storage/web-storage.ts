import type { SessionStorage } from '../customer-auth.js'

/**
 * `localStorage` (shared by the origin's tabs, survives restarts) or `sessionStorage` (one tab).
 * The area is looked up on every call: in some privacy modes merely reading
 * `window.localStorage` throws, and the engine turns a throw into an `error` event.
 */
export function createWebStorage(kind: 'local' | 'session'): SessionStorage {
  const area = (): Storage => {
    const storage = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage
    if (!storage) throw new Error(`${kind}Storage is not available`)
    return storage
  }
  return {
    getItem: (key) => area().getItem(key),
    setItem: (key, value) => area().setItem(key, value),
    removeItem: (key) => area().removeItem(key),
    subscribe(key, listener) {
      if (typeof window === 'undefined') return () => {}
      // The `storage` event fires in the other tabs of the origin, never in the writer.
      const onStorage = (event: StorageEvent): void => {
        if (event.key !== null && event.key !== key) return
        try {
          if (event.storageArea !== area()) return
        } catch {
          return
        }
        listener(event.key === null ? null : event.newValue)
      }
      window.addEventListener('storage', onStorage)
      return () => window.removeEventListener('storage', onStorage)
    },
  }
}
