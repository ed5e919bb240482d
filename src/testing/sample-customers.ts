import type { SeedCustomer } from './seed-customer.js'

/**
 * The customers a default emulator starts with. Storybook stories, the README and the CLI name
 * them, so changing one is a documentation change.
 */
export const sampleCustomers: readonly SeedCustomer[] = [
  {
    email: 'ada@example.com',
    password: 'analytical-engine',
    firstName: 'Ada',
    lastName: 'Lovelace',
    phone: '+441632960001',
    acceptsMarketing: true,
    allowRemoteShoppingAssistance: true,
  },
  {
    email: 'grace@example.com',
    password: 'compiler-1952',
    firstName: 'Grace',
    lastName: 'Hopper',
  },
  {
    // Email only: UIs fall back to the address when there is no name.
    email: 'nameless@example.com',
    password: 'no-name-given',
  },
  {
    email: 'maria.de.los.angeles.long-surname@example.com',
    password: 'very-long-name',
    firstName: 'María de los Ángeles',
    lastName: 'Fernández-Castellanos de la Torre',
  },
  { email: 'disabled@example.com', password: 'disabled-pass', firstName: 'Dee', state: 'disabled' },
  { email: 'invited@example.com', firstName: 'Ivy', lastName: 'Invited', state: 'invited' },
  {
    // Adobe Commerce only: sign-in is refused until the email is confirmed.
    email: 'unconfirmed@example.com',
    password: 'confirm-me-first',
    firstName: 'Una',
    confirmed: false,
  },
]
