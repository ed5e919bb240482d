import { GraphQLError } from 'graphql'

/** The pagination arguments Shopify's connections take (`Customer.addresses`, `orders`, ...). */
export interface ConnectionArgs {
  readonly first?: number | null
  readonly last?: number | null
  readonly after?: string | null
  readonly before?: string | null
  readonly reverse?: boolean | null
}

export interface Connection<Node> {
  readonly edges: readonly { readonly cursor: string; readonly node: Node }[]
  readonly nodes: readonly Node[]
  readonly pageInfo: {
    readonly hasNextPage: boolean
    readonly hasPreviousPage: boolean
    readonly startCursor: string | null
    readonly endCursor: string | null
  }
}

/**
 * Shopify refuses a connection read without a page size. [unverified: the message as storefront
 * developers quote it; Shopify documents only that `first` or `last` is required.]
 */
const missingPageSize = 'you must provide one of first or last'

/** Opaque to clients, stable for an item while items are added or removed around it. */
const cursorOf = (key: number): string => btoa(`cursor:${key}`)
const keyOf = (cursor: string): number | null => {
  try {
    const match = /^cursor:(\d+)$/.exec(atob(cursor))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

/**
 * One page of `items` (already in the connection's order) as a Relay connection: `reverse` flips
 * the order, `after`/`before` cut at a cursor, `first`/`last` take from either end.
 */
export function paginate<Item, Node>(
  items: readonly Item[],
  args: ConnectionArgs,
  keyOfItem: (item: Item) => number,
  nodeOf: (item: Item) => Node,
): Connection<Node> {
  const { first, last, after, before, reverse } = args
  if ((first === null || first === undefined) && (last === null || last === undefined))
    throw new GraphQLError(missingPageSize)
  if ((first ?? 0) < 0 || (last ?? 0) < 0)
    throw new GraphQLError('The page size (first or last) cannot be negative')
  const ordered = reverse ? items.slice().reverse() : items.slice()
  const indexOf = (cursor: string) => {
    const key = keyOf(cursor)
    return ordered.findIndex((item) => keyOfItem(item) === key)
  }
  let start = 0
  let end = ordered.length
  if (after) {
    const index = indexOf(after)
    if (index >= 0) start = index + 1
  }
  if (before) {
    const index = indexOf(before)
    if (index >= 0) end = Math.min(end, index)
  }
  if (typeof first === 'number') end = Math.min(end, start + first)
  if (typeof last === 'number') start = Math.max(start, end - last)
  const page = ordered.slice(start, end)
  const edges = page.map((item) => ({ cursor: cursorOf(keyOfItem(item)), node: nodeOf(item) }))
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: end < ordered.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}
