import type { Emulator } from './create-emulator.js'
import type { SeedCustomer } from './seed-customer.js'

/** Why a seeded customer cannot sign in with a password, or `null` when they can. */
function signInBlocker(customer: SeedCustomer): string | null {
  const state = customer.state ?? 'enabled'
  if (state === 'disabled') return 'disabled: sign-in is refused'
  if (state === 'invited') return 'invited: activate the account first'
  if (customer.password === undefined) return 'no password'
  if (customer.confirmed === false) return 'unconfirmed: Adobe Commerce refuses sign-in'
  return null
}

/**
 * What a dev server prints when it mounts the emulator: where the APIs answer on its origin, the
 * public storefront token and the customers to sign in with. These are the emulator's own
 * documented values (`emulatorDefaults`, `sampleCustomers`), never a real shop's.
 */
export function devServerBanner(
  emulator: Emulator,
  origin: string | undefined,
  customers: readonly SeedCustomer[],
): string {
  const at = origin ?? ''
  const width = Math.max(...customers.map((customer) => customer.email.length))
  const lines = [
    `storefront-auth emulator on ${origin ?? 'this dev server'} (clock: ${emulator.clockMode === 'real-time' ? 'real time' : 'manual'})`,
    `  Shopify Storefront API  ${at}${emulator.storefrontPath}`,
    `    X-Shopify-Storefront-Access-Token: ${emulator.storefrontAccessToken}`,
    `  Adobe Commerce GraphQL  ${at}${emulator.adobeCommercePath}`,
    `  Mails sent (outbox)     ${at}${emulator.outboxPath}`,
    '  Sample customers (email / password):',
    ...customers.map((customer) => {
      const blocker = signInBlocker(customer)
      const password = customer.password ?? '-'
      return `    ${customer.email.padEnd(width)}  ${password}${blocker ? `  (${blocker})` : ''}`
    }),
  ]
  return lines.join('\n')
}
