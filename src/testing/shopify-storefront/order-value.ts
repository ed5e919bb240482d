import { formatDateTime } from '../shopify-date-time.js'
import type { OrderRecord } from './customer-order-record.js'
import { paginate, type ConnectionArgs } from './storefront-connection.js'

/** A seeded order as the Storefront API's `Order` reads it (the fields the emulator serves). */
export function orderValue(order: OrderRecord) {
  const { seed } = order
  const money = (amount: string) => ({ amount, currencyCode: seed.currencyCode })
  const zero = money('0.0')
  const lines = (seed.lineItems ?? []).map((line, index) => ({ index, line }))
  return {
    id: `gid://shopify/Order/${order.number}`,
    name: `#${order.orderNumber}`,
    orderNumber: order.orderNumber,
    processedAt: formatDateTime(order.processedAt),
    financialStatus: seed.financialStatus ?? 'PAID',
    fulfillmentStatus: seed.fulfillmentStatus ?? 'UNFULFILLED',
    currencyCode: seed.currencyCode,
    // A seeded order carries one total; shipping and tax are not modelled, so they read as zero.
    totalPrice: money(seed.totalPrice),
    currentTotalPrice: money(seed.totalPrice),
    subtotalPrice: money(seed.totalPrice),
    currentSubtotalPrice: money(seed.totalPrice),
    totalShippingPrice: zero,
    currentTotalShippingPrice: zero,
    totalTax: zero,
    currentTotalTax: zero,
    totalRefunded: zero,
    canceledAt: null,
    cancelReason: null,
    edited: false,
    lineItems(args: ConnectionArgs) {
      return paginate(
        lines,
        args,
        ({ index }) => index,
        ({ line }) => ({
          title: line.title,
          quantity: line.quantity ?? 1,
          currentQuantity: line.quantity ?? 1,
          // The emulator has no catalogue: a seeded line reads like one whose variant was deleted.
          variant: null,
        }),
      )
    },
  }
}
