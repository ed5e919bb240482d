import type { SessionStorage } from '../customer-auth.js'

/**
 * Keeps the session in this engine only: nothing survives a reload and no other tab sees it.
 * The safest choice against XSS that reads storage, and the fallback when storage fails.
 */
export function createMemoryStorage(): SessionStorage {
  const values = new Map<string, string>()
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  }
}
