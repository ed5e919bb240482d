/** One line of a seeded order. */
export interface SeedOrderLine {
  readonly title: string
  /** Default 1. */
  readonly quantity?: number
}

/**
 * An order a seeded Shopify customer has placed, for storefronts' order lists. The emulator does
 * not check out, so orders exist only by seeding; they are numbered from 1001 in seed order.
 */
export interface SeedOrder {
  /** ISO 8601, e.g. `2026-04-30T09:15:00Z`. */
  readonly processedAt: string
  /** A decimal amount as Shopify's `Decimal` scalar spells it, e.g. `"42.50"`. */
  readonly totalPrice: string
  /** ISO 4217, e.g. `CAD`. */
  readonly currencyCode: string
  /** Shopify's `OrderFinancialStatus`. Default `PAID`. */
  readonly financialStatus?:
    | 'AUTHORIZED'
    | 'PAID'
    | 'PARTIALLY_PAID'
    | 'PARTIALLY_REFUNDED'
    | 'PENDING'
    | 'REFUNDED'
    | 'VOIDED'
  /** Shopify's `OrderFulfillmentStatus`. Default `UNFULFILLED`. */
  readonly fulfillmentStatus?:
    | 'FULFILLED'
    | 'IN_PROGRESS'
    | 'ON_HOLD'
    | 'OPEN'
    | 'PARTIALLY_FULFILLED'
    | 'PENDING_FULFILLMENT'
    | 'RESTOCKED'
    | 'SCHEDULED'
    | 'UNFULFILLED'
  readonly lineItems?: readonly SeedOrderLine[]
}
