import type { SessionStorage } from '../customer-auth.js'

/**
 * `localStorage` (shared by the origin's tabs, survives restarts) or `sessionStorage` (one tab).
 * The area is looked up on every call: in some privacy modes merely reading
 * `window.localStorage` throws, and the engine turns a throw into an `error` event.
 */
export function createWebStorage(kind: 'local' | 'session'): SessionStorage {
  const area = (): Storage => {
    const storage = globalThis[`${kind}Storage`]
    if (!storage) throw new Error(`No ${kind}Storage`)
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
        let ours = false
        try {
          ours = (event.key === null || event.key === key) && event.storageArea === area()
        } catch {
          // The area became unreadable: not ours to report.
        }
        if (ours) listener(event.key && event.newValue)
      }
      window.addEventListener('storage', onStorage)
      return () => window.removeEventListener('storage', onStorage)
    },
  }
}
