import type { SessionStorage, StorageOption } from '../customer-auth.js'
import { createCookieStorage } from './cookie-storage.js'
import { createMemoryStorage } from './memory-storage.js'
import { createWebStorage } from './web-storage.js'

export function resolveStorage(option: StorageOption = 'local'): SessionStorage {
  switch (option) {
    case 'memory':
      return createMemoryStorage()
    case 'local':
    case 'session':
      return createWebStorage(option)
    case 'cookie':
      return createCookieStorage()
    default:
      return option
  }
}
