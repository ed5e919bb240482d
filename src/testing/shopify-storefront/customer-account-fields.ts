import { GraphQLError } from 'graphql'
import type { OrderRecord } from './customer-order-record.js'
import { mailingAddressValue } from './mailing-address-value.js'
import { orderValue } from './order-value.js'
import type { CustomerRecord } from './shopify-customer-store.js'
import { paginate, type ConnectionArgs } from './storefront-connection.js'
import { unsupportedByEmulatorCode } from './unsupported-fields-rule.js'

/** The arguments of `Customer.orders`. */
export interface OrdersArgs extends ConnectionArgs {
  readonly sortKey?: 'ID' | 'PROCESSED_AT' | 'RELEVANCE' | 'TOTAL_PRICE' | null
  readonly query?: string | null
}

const byKey: Record<
  NonNullable<OrdersArgs['sortKey']>,
  (a: OrderRecord, b: OrderRecord) => number
> = {
  ID: (a, b) => a.number - b.number,
  // Without a search query there is nothing to rank by; Shopify then keeps id order.
  RELEVANCE: (a, b) => a.number - b.number,
  PROCESSED_AT: (a, b) => a.processedAt - b.processedAt || a.number - b.number,
  TOTAL_PRICE: (a, b) =>
    Number(a.seed.totalPrice) - Number(b.seed.totalPrice) || a.number - b.number,
}

/**
 * The account fields of `Customer`: the address book, the default address and the orders, read
 * from the customer's record when the query asks for them.
 */
export function customerAccountFields(customer: CustomerRecord) {
  const book = customer.addressBook
  return {
    defaultAddress() {
      const address = book.addresses.find(({ number }) => number === book.defaultNumber)
      return address ? mailingAddressValue(address) : null
    },
    addresses(args: ConnectionArgs) {
      return paginate(book.addresses, args, ({ number }) => number, mailingAddressValue)
    },
    numberOfOrders: String(customer.orders.length),
    orders(args: OrdersArgs) {
      if (args.query)
        throw new GraphQLError('The emulator does not search orders: `query` is not supported.', {
          extensions: { code: unsupportedByEmulatorCode },
        })
      const sorted = customer.orders.slice().sort(byKey[args.sortKey ?? 'ID'])
      return {
        ...paginate(sorted, args, ({ number }) => number, orderValue),
        totalCount: String(sorted.length),
      }
    },
  }
}
