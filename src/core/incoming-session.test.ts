import { describe, expect, it } from 'vitest'
import {
  CROSSING_WINDOW_MS,
  decideIncoming,
  type IncomingSession,
  type TabView,
} from './incoming-session.js'
import type { CustomerSession } from './session.js'

const T0 = Date.UTC(2026, 5, 1, 12)
const HOUR = 3_600_000

/** The session this tab holds: signed in at T0, valid an hour. */
const held: CustomerSession = {
  accessToken: 'held-token',
  issuedAt: T0,
  expiresAt: T0 + HOUR,
  sessionId: 'm-held',
}
const view = (overrides: Partial<TabView> = {}): TabView => ({
  now: T0 + 1_000,
  held,
  heldSignedInAt: T0,
  signedOut: new Set(),
  lastStored: held.sessionId,
  ...overrides,
})
const session = (
  overrides: Partial<CustomerSession>,
): Extract<IncomingSession, { kind: 'session' }> => ({
  kind: 'session',
  session: { ...held, ...overrides },
})
/** Another customer's sign-in issued `at`, its sessionId sorting before or after ours. */
const other = (at: number, order: 'smaller' | 'greater', replaces?: string | null) => ({
  kind: 'session' as const,
  session: {
    accessToken: `other-${at}`,
    issuedAt: at,
    expiresAt: at + HOUR,
    sessionId: order === 'smaller' ? 'a-other' : 'z-other',
  },
  ...(replaces === undefined ? {} : { replaces }),
})

describe('decideIncoming: what a tab does with a session it hears about', () => {
  it.each<[rule: string, incoming: IncomingSession, tab: TabView, decision: string]>([
    [
      'a later token of the session held (a renewal elsewhere) is taken',
      session({ accessToken: 'renewed', issuedAt: T0 + 100, expiresAt: T0 + 2 * HOUR }),
      view(),
      'take-newer',
    ],
    [
      'a renewal in place (Shopify: same token, later expiry) is taken',
      session({ issuedAt: T0 + 100, expiresAt: T0 + 2 * HOUR }),
      view(),
      'take-newer',
    ],
    ['the token already held is ignored (no event twice)', session({}), view(), 'ignore'],
    [
      'an older token of the session held is ignored',
      session({ accessToken: 'older', issuedAt: T0 - 100, expiresAt: T0 + HOUR - 100 }),
      view(),
      'ignore',
    ],
    [
      'a session past its deadline is ignored',
      other(T0 - 2 * HOUR, 'greater', null),
      view(),
      'ignore',
    ],
    [
      'a late renew of a session signed out or replaced never comes back',
      session({ accessToken: 'renewed', issuedAt: T0 + 100, expiresAt: T0 + 2 * HOUR }),
      view({ signedOut: new Set([held.sessionId]), held: null }),
      'ignore',
    ],
    [
      'a sign-in elsewhere reaches a tab that holds none',
      other(T0, 'smaller', null),
      view({ held: null }),
      'switch',
    ],
    [
      'a customer switch made knowingly (the sender replaced ours) is followed',
      other(T0 + 500, 'smaller', held.sessionId),
      view(),
      'switch',
    ],
    [
      'two sign-ins that crossed: the greater sessionId wins, here the incoming one',
      other(T0 + 500, 'greater', null),
      view(),
      'switch',
    ],
    [
      'two sign-ins that crossed: the greater sessionId wins, here ours',
      other(T0 + 500, 'smaller', null),
      view(),
      'ignore',
    ],
    [
      'a sign-in after the crossing window, from a tab that held nothing, replaces ours',
      other(T0 + CROSSING_WINDOW_MS, 'smaller', null),
      view({ now: T0 + CROSSING_WINDOW_MS }),
      'switch',
    ],
    [
      'the window counts from our sign-in, not our last renewal',
      other(T0 + 20 * 60_000, 'smaller', null),
      view({
        now: T0 + 20 * 60_000,
        held: { ...held, issuedAt: T0 + 20 * 60_000 - 1_000, expiresAt: T0 + 2 * HOUR },
      }),
      'switch',
    ],
    [
      'another session renewed elsewhere outside the window replaces ours (a missed sign-in)',
      other(T0 + 30 * 60_000, 'smaller', 'a-other'),
      view({ now: T0 + 30 * 60_000 }),
      'switch',
    ],
    [
      'news of unknown history (storage, a tab of an earlier release) is always followed',
      other(T0 + 500, 'smaller'),
      view(),
      'switch',
    ],
    [
      'a sign-in reaches a tab whose own session has passed its deadline',
      other(T0 + HOUR + 500, 'smaller', null),
      view({ now: T0 + HOUR + 1_000, heldSignedInAt: T0 + HOUR }),
      'switch',
    ],
    [
      'another tab failed to renew the same token: wait for its retry point',
      { ...session({}), retryAt: T0 + 60_000 },
      view(),
      'retry-later',
    ],
    ['a retry point already past is ignored', { ...session({}), retryAt: T0 }, view(), 'ignore'],
    [
      'storage lost the session it was seen holding: signed out elsewhere',
      { kind: 'removed' },
      view(),
      'end',
    ],
    [
      'storage never seen holding ours (a write it dropped) says nothing',
      { kind: 'removed' },
      view({ lastStored: undefined }),
      'ignore',
    ],
    [
      'storage emptied while this tab holds none',
      { kind: 'removed' },
      view({ held: null }),
      'ignore',
    ],
  ])('%s', (_, incoming, tab, decision) => {
    expect(decideIncoming(incoming, tab).kind).toBe(decision)
  })

  it('carries the retry point it waits for', () => {
    expect(decideIncoming({ ...session({}), retryAt: T0 + 60_000 }, view())).toEqual({
      kind: 'retry-later',
      at: T0 + 60_000,
    })
  })

  it('uses a crossing window of ten seconds', () => {
    expect(CROSSING_WINDOW_MS).toBe(10_000)
    const justInside = other(T0 + CROSSING_WINDOW_MS - 1, 'smaller', null)
    expect(decideIncoming(justInside, view()).kind).toBe('ignore')
  })
})
