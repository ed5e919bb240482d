import type { SessionStorage, StorageOption } from '../customer-auth.js'
import { clientError } from '../to-customer-auth-error.js'
import { createMemoryStorage } from './memory-storage.js'
import { createWebStorage } from './web-storage.js'

export function resolveStorage(option: StorageOption = 'local'): SessionStorage {
  if (option === 'memory') return createMemoryStorage()
  if (option === 'local' || option === 'session') return createWebStorage(option)
  // A JavaScript caller can pass any string (e.g. the 'cookie' of earlier versions): say what
  // is accepted instead of failing later on a missing getItem.
  if (typeof option?.getItem !== 'function')
    throw clientError(
      'CONFIGURATION',
      `storage: 'local', 'session', 'memory' or an object like createCookieStorage()`,
    )
  return option
}
