/**
 * `customerRecover` is "throttled by IP" (Storefront schema doc, api-facts §1); Shopify does not
 * publish the limit. The emulator counts like Magento's password-reset quantity check
 * (`Magento_Security`: `customer/password/max_number_password_reset_requests` = 5 within
 * `Config::LIMITATION_TIME_PERIOD` = 3600 s, keyed by IP): a request is refused while `limit`
 * earlier requests from the same IP were let through within the last `windowMs`; a refused one
 * is not counted, so the throttle lifts as the oldest counted request leaves the window. Every
 * request counts, for known and unknown emails alike (emulator's choice: otherwise the limit would
 * not slow down probing for which addresses have accounts).
 */
export interface RecoverThrottle {
  /** Counts one request from `ip` and returns true, or returns false when `ip` is throttled. */
  admit(ip: string): boolean
}

export function createRecoverThrottle(options: {
  now: () => number
  limit: number
  windowMs: number
}): RecoverThrottle {
  const admitted = new Map<string, number[]>()
  return {
    admit(ip) {
      const now = options.now()
      const recent = (admitted.get(ip) ?? []).filter((at) => at > now - options.windowMs)
      if (recent.length >= options.limit) {
        admitted.set(ip, recent)
        return false
      }
      recent.push(now)
      admitted.set(ip, recent)
      return true
    },
  }
}
