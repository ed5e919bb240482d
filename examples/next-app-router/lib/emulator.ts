import { createEmulator, type Emulator } from 'storefront-auth/testing'

/**
 * One emulator per server process, kept on globalThis so every route handler (and a dev
 * server's module reloads) share its customers and tokens. Its clock follows real time.
 */
const holder = globalThis as typeof globalThis & { storefrontAuthEmulator?: Emulator }
export const emulator: Emulator = (holder.storefrontAuthEmulator ??= createEmulator({
  clock: 'real-time',
}))
