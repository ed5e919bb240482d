import type { EmulatorClock } from '../emulator-clock.js'

/**
 * Failed sign-ins per email. After `limit` failures in a row the address is locked for `lockoutMs`
 * (counted from the last failure); a success clears the count.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>()

  constructor(
    private readonly clock: EmulatorClock,
    private readonly limit: number,
    private readonly lockoutMs: number,
  ) {}

  private key(email: string): string {
    return email.trim().toLowerCase()
  }

  isLocked(email: string): boolean {
    const entry = this.failures.get(this.key(email))
    if (!entry || entry.count < this.limit) return false
    if (this.clock.now() < entry.lockedUntil) return true
    this.failures.delete(this.key(email)) // the lockout passed: a fresh start
    return false
  }

  recordFailure(email: string): void {
    const key = this.key(email)
    const count = (this.failures.get(key)?.count ?? 0) + 1
    this.failures.set(key, { count, lockedUntil: this.clock.now() + this.lockoutMs })
  }

  recordSuccess(email: string): void {
    this.failures.delete(this.key(email))
  }
}
