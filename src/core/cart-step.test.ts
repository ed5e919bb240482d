import { describe, expect, it } from 'vitest'
import { cartStepFor } from './cart-step.js'
import type { CustomerAuthEvent, LoginReason } from './customer-auth.js'
import type { CustomerSession } from './session.js'

const session: CustomerSession = {
  accessToken: 'token',
  expiresAt: 2,
  issuedAt: 1,
  sessionId: 'session',
}

const login = (reason: LoginReason): CustomerAuthEvent => ({ type: 'login', reason, session })

describe('cartStepFor', () => {
  it('follows sign-ins made in this tab only', () => {
    for (const reason of [
      'password',
      'one-time-code',
      'multipass',
      'register',
      'reset-password',
      'activate',
    ] as const)
      expect(cartStepFor(login(reason))).toBe('sign-in')
    for (const reason of ['restored', 'other-tab', 'initial-session', 'update-customer'] as const)
      expect(cartStepFor(login(reason))).toBeNull()
  })

  it('gives a guest cart when the session ends here, and leaves other tabs’ ends to them', () => {
    expect(cartStepFor({ type: 'logout', reason: 'logout' })).toBe('sign-out')
    expect(cartStepFor({ type: 'logout', reason: 'token-invalid' })).toBe('sign-out')
    expect(cartStepFor({ type: 'logout', reason: 'customer-missing' })).toBe('sign-out')
    expect(cartStepFor({ type: 'expire', reason: 'expired' })).toBe('sign-out')
    expect(cartStepFor({ type: 'logout', reason: 'logout-elsewhere' })).toBeNull()
    expect(cartStepFor({ type: 'logout', reason: 'replaced' })).toBeNull()
    expect(cartStepFor({ type: 'renew', reason: 'scheduled', session })).toBeNull()
  })
})
