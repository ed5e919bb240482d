import type { CustomerAuthEvent, LoginReason } from './customer-auth.js'

/** What the cart does after a session event: follow the new customer, or start a guest cart. */
export type CartStep = 'sign-in' | 'sign-out'

/**
 * Sign-ins made in this tab. A session restored from storage or heard from another tab is one
 * whose cart was handled where it began; handling it again would merge or re-create twice.
 */
const signInsHere: ReadonlySet<LoginReason> = new Set<LoginReason>([
  'password',
  'one-time-code',
  'multipass',
  'register',
  'reset-password',
  'activate',
])

/**
 * The cart step a session event calls for, or null. A sign-out here, a refused token or a
 * vanished customer and an expiry leave the shopper a guest: a fresh guest cart. A sign-out in
 * another tab is left to that tab, for the same reason as its sign-ins.
 */
export function cartStepFor(event: CustomerAuthEvent): CartStep | null {
  if (event.type === 'login') return signInsHere.has(event.reason) ? 'sign-in' : null
  if (event.type === 'expire') return 'sign-out'
  if (event.type === 'logout')
    return event.reason === 'logout-elsewhere' || event.reason === 'replaced' ? null : 'sign-out'
  return null
}
