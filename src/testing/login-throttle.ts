/**
 * Failed sign-ins per user name (email), the rule both emulated APIs follow. It is Magento's
 * token-endpoint throttle (`Integration/Model/Oauth/Token/RequestThrottler.php`): each failure
 * pushes the lock expiry to `now + lockout`; once the count reaches the limit every sign-in is
 * refused until the expiry passes, even with the right password; failures older than that are
 * forgotten; a successful sign-in resets the count. Shopify's limits are undocumented, so its
 * emulated "Login attempt limit exceeded" follows the same rule.
 */
export interface LoginThrottle {
  isLocked(userName: string): boolean
  recordFailure(userName: string): void
  reset(userName: string): void
  /** When the lock (or the failure window) of a user name ends, epoch ms; null when none. */
  lockExpiresAt(userName: string): number | null
}

interface FailureLog {
  count: number
  lockExpiresAt: number
}

export function createLoginThrottle(options: {
  now: () => number
  maxFailures: number
  lockoutMs: number
}): LoginThrottle {
  const logs = new Map<string, FailureLog>()
  const key = (userName: string) => userName.trim().toLowerCase()
  const liveLog = (userName: string): FailureLog | undefined => {
    const log = logs.get(key(userName))
    if (log && log.lockExpiresAt <= options.now()) {
      logs.delete(key(userName))
      return undefined
    }
    return log
  }
  return {
    isLocked(userName) {
      const log = liveLog(userName)
      return log !== undefined && log.count >= options.maxFailures
    },
    recordFailure(userName) {
      const log = liveLog(userName) ?? { count: 0, lockExpiresAt: 0 }
      log.count += 1
      log.lockExpiresAt = options.now() + options.lockoutMs
      logs.set(key(userName), log)
    },
    reset(userName) {
      logs.delete(key(userName))
    },
    lockExpiresAt(userName) {
      return liveLog(userName)?.lockExpiresAt ?? null
    },
  }
}
