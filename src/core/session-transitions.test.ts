import { describe, expect, it } from 'vitest'
import type { CustomerAuthState } from './customer-auth.js'
import { CustomerAuthError } from './customer-auth-error.js'
import type { CustomerSession } from './session.js'
import { expiredView, initialState, nextState } from './session-transitions.js'

const T0 = Date.UTC(2026, 5, 1, 12)
const HOUR = 3_600_000

const session: CustomerSession = {
  accessToken: 'token-1',
  issuedAt: T0,
  expiresAt: T0 + HOUR,
  sessionId: 'session-a',
}
const renewedSession: CustomerSession = {
  ...session,
  accessToken: 'token-2',
  issuedAt: T0 + HOUR / 2,
  expiresAt: T0 + 2 * HOUR,
}
const renewError = new CustomerAuthError('NETWORK', 'offline', { source: 'network' })
const storageFailure = new CustomerAuthError('STORAGE', 'denied', { source: 'storage' })

const state = (overrides: Partial<CustomerAuthState> = {}): CustomerAuthState => ({
  ...initialState,
  ...overrides,
})
/** Signed in with `session`, a minute after its issue. */
const signedIn = (overrides: Partial<CustomerAuthState> = {}): CustomerAuthState =>
  state({ status: 'authenticated', session, isAuthenticated: true, ...overrides })
const NOW = T0 + 60_000

describe('nextState: each named transition', () => {
  it('signedIn makes the session current and clears the last error and end reason', () => {
    const before = state({ status: 'anonymous', error: storageFailure, endReason: 'logout' })
    expect(nextState(before, { type: 'signedIn', session }, NOW)).toEqual({
      status: 'authenticated',
      session,
      isAuthenticated: true,
      error: null,
      endReason: null,
    })
  })

  it('renewed takes the later token and is authenticated once no request of its own runs', () => {
    const before = signedIn({ status: 'renewing', error: renewError })
    const after = nextState(
      before,
      { type: 'renewed', session: renewedSession, requestInFlight: false },
      NOW,
    )
    expect(after).toEqual({
      status: 'authenticated',
      session: renewedSession,
      isAuthenticated: true,
      error: null,
      endReason: null,
    })
  })

  it('renewed stays renewing while this tab’s own request is still in flight', () => {
    const after = nextState(
      signedIn({ status: 'renewing' }),
      { type: 'renewed', session: renewedSession, requestInFlight: true },
      NOW,
    )
    expect(after).toMatchObject({ status: 'renewing', session: renewedSession })
  })

  it('renewStarted shows renewing and keeps the session and error', () => {
    const before = signedIn({ error: renewError })
    expect(nextState(before, { type: 'renewStarted' }, NOW)).toEqual({
      ...before,
      status: 'renewing',
    })
  })

  it('renewSettled returns a renewing state to authenticated', () => {
    const after = nextState(signedIn({ status: 'renewing' }), { type: 'renewSettled' }, NOW)
    expect(after).toEqual(signedIn())
  })

  it('renewSettled changes nothing when the session is no longer renewing (ended meanwhile)', () => {
    const ended = state({ status: 'anonymous', endReason: 'logout' })
    expect(nextState(ended, { type: 'renewSettled' }, NOW)).toBe(ended)
    const authenticated = signedIn()
    expect(nextState(authenticated, { type: 'renewSettled' }, NOW)).toBe(authenticated)
  })

  it('renewFailed keeps the session, back to authenticated, with the error to show', () => {
    const after = nextState(
      signedIn({ status: 'renewing' }),
      { type: 'renewFailed', error: renewError },
      NOW,
    )
    expect(after).toEqual(signedIn({ error: renewError }))
  })

  it('failed records the error and leaves status and session alone', () => {
    const before = signedIn({ status: 'renewing' })
    expect(nextState(before, { type: 'failed', error: storageFailure }, NOW)).toEqual({
      ...before,
      error: storageFailure,
    })
  })

  it('ended by expiry shows expired, without a session', () => {
    const after = nextState(signedIn(), { type: 'ended', reason: 'expired' }, session.expiresAt)
    expect(after).toEqual({
      status: 'expired',
      session: null,
      isAuthenticated: false,
      error: null,
      endReason: 'expired',
    })
  })

  it('ended for any other reason shows anonymous with that reason, keeping the last error', () => {
    const after = nextState(
      signedIn({ error: renewError }),
      { type: 'ended', reason: 'logout-elsewhere' },
      NOW,
    )
    expect(after).toEqual({
      status: 'anonymous',
      session: null,
      isAuthenticated: false,
      error: renewError,
      endReason: 'logout-elsewhere',
    })
  })

  it('ended with an error replaces the state’s error with it', () => {
    const refused = new CustomerAuthError('TOKEN_INVALID', 'revoked', { source: 'shopify' })
    const after = nextState(
      signedIn({ error: renewError }),
      { type: 'ended', reason: 'token-invalid', error: refused },
      NOW,
    )
    expect(after).toMatchObject({ status: 'anonymous', endReason: 'token-invalid', error: refused })
  })

  it('foundNothing turns initializing into anonymous', () => {
    expect(nextState(initialState, { type: 'foundNothing' }, NOW)).toEqual({
      ...initialState,
      status: 'anonymous',
    })
  })

  it('foundNothing leaves any state past initializing as it is', () => {
    const current = signedIn()
    expect(nextState(current, { type: 'foundNothing' }, NOW)).toBe(current)
    const anonymous = state({ status: 'anonymous' })
    expect(nextState(anonymous, { type: 'foundNothing' }, NOW)).toBe(anonymous)
  })

  it('foundExpired shows expired with the reason expired', () => {
    expect(nextState(initialState, { type: 'foundExpired' }, NOW)).toEqual({
      ...initialState,
      status: 'expired',
      endReason: 'expired',
    })
  })

  it('acknowledgedExpiry turns expired into anonymous, signed out by logout', () => {
    const expired = state({ status: 'expired', endReason: 'expired' })
    expect(nextState(expired, { type: 'acknowledgedExpiry' }, NOW)).toEqual({
      ...expired,
      status: 'anonymous',
      endReason: 'logout',
    })
  })

  it('acknowledgedExpiry changes nothing unless the state is expired', () => {
    const anonymous = state({ status: 'anonymous', endReason: 'logout' })
    expect(nextState(anonymous, { type: 'acknowledgedExpiry' }, NOW)).toBe(anonymous)
  })
})

describe('nextState: referential stability and the derived isAuthenticated', () => {
  it('returns the very same object when a transition changes nothing', () => {
    const renewing = signedIn({ status: 'renewing' })
    expect(nextState(renewing, { type: 'renewStarted' }, NOW)).toBe(renewing)
    const failing = signedIn({ error: renewError })
    expect(nextState(failing, { type: 'failed', error: renewError }, NOW)).toBe(failing)
    const current = signedIn()
    expect(nextState(current, { type: 'signedIn', session }, NOW)).toBe(current)
  })

  it('returns a new object when only the error object differs', () => {
    const failing = signedIn({ error: renewError })
    const again = new CustomerAuthError('NETWORK', 'offline', { source: 'network' })
    const after = nextState(failing, { type: 'failed', error: again }, NOW)
    expect(after).not.toBe(failing)
    expect(after.error).toBe(again)
  })

  it('derives isAuthenticated from now, not from the transition', () => {
    const justBefore = nextState(initialState, { type: 'signedIn', session }, session.expiresAt - 1)
    expect(justBefore.isAuthenticated).toBe(true)
    const atDeadline = nextState(initialState, { type: 'signedIn', session }, session.expiresAt)
    expect(atDeadline).toMatchObject({ status: 'authenticated', isAuthenticated: false })
  })

  it('turns isAuthenticated off once the deadline passed, even for a transition that changes nothing else', () => {
    const current = signedIn()
    const after = nextState(current, { type: 'renewSettled' }, session.expiresAt)
    expect(after).not.toBe(current)
    expect(after).toEqual({ ...current, isAuthenticated: false })
  })

  it('never reports a state without a session as authenticated', () => {
    expect(nextState(initialState, { type: 'foundNothing' }, NOW).isAuthenticated).toBe(false)
  })
})

describe('expiredView', () => {
  it('shows a session whose deadline passed as expired, keeping the last error', () => {
    const before = signedIn({ status: 'renewing', error: renewError })
    expect(expiredView(before)).toEqual({
      status: 'expired',
      session: null,
      isAuthenticated: false,
      error: renewError,
      endReason: 'expired',
    })
  })

  it('leaves the state it is given untouched', () => {
    const before = signedIn()
    const copy = { ...before }
    const view = expiredView(before)
    expect(view).not.toBe(before)
    expect(before).toEqual(copy)
  })
})
