import type { SeedOrder } from '../seed-order.js'

/** A seeded order as the emulator keeps it. */
export interface OrderRecord {
  readonly number: number
  readonly orderNumber: number
  /** Epoch ms. */
  readonly processedAt: number
  readonly seed: SeedOrder
}
