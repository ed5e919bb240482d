import { GraphQLError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { publicShopifyApiVersions } from '../shopify-api-versions.js'
import { asParseRequestParams, readShopifyRequest } from '../graphql-request-params.js'
import { acceptingPlainJson } from '../plain-json-accept.js'
import type { EmulatorClock } from '../emulator-clock.js'
import { formatDateTime } from '../shopify-date-time.js'
import { shopifyAdminSchema } from './shopify-admin-schema.js'
import {
  storefrontAccessTokenLimit,
  type StorefrontAccessTokenRecord,
  type StorefrontAccessTokenStore,
} from './storefront-access-token-store.js'

export interface ShopifyAdminApiOptions {
  readonly clock: EmulatorClock
  readonly tokens: StorefrontAccessTokenStore
  readonly adminAccessToken: string
  readonly shopDomain: string
}

export interface ShopifyAdminApi {
  handleGraphQL(request: Request): Promise<Response>
}

/** The unauthenticated scopes a new token inherits from the (emulated) app. */
const accessScopes = [
  { handle: 'unauthenticated_read_customers', description: 'Read customers' },
  { handle: 'unauthenticated_write_customers', description: 'Create and modify customers' },
  { handle: 'unauthenticated_read_customer_tags', description: 'Read customer tags' },
]

const maxPageSize = 250

function toNode(record: StorefrontAccessTokenRecord) {
  return {
    id: record.id,
    accessToken: record.accessToken,
    title: record.title,
    createdAt: formatDateTime(record.createdAt),
    updatedAt: formatDateTime(record.createdAt),
    accessScopes,
  }
}

const cursorOf = (record: StorefrontAccessTokenRecord): string => btoa(record.id)

interface ConnectionArgs {
  readonly first?: number | null
  readonly after?: string | null
  readonly last?: number | null
  readonly before?: string | null
  readonly reverse?: boolean | null
}

function connection(records: readonly StorefrontAccessTokenRecord[], args: ConnectionArgs) {
  const { first, last, after, before } = args
  if ((first ?? null) === null && (last ?? null) === null)
    throw new GraphQLError('you must provide one of first or last')
  for (const size of [first, last])
    if (typeof size === 'number' && (size < 0 || size > maxPageSize))
      throw new GraphQLError(`The page size must be between 0 and ${maxPageSize}.`)
  let list = args.reverse ? records.slice().reverse() : records.slice()
  const start = after ? list.findIndex((record) => cursorOf(record) === after) + 1 : 0
  const endIndex = before ? list.findIndex((record) => cursorOf(record) === before) : -1
  const end = endIndex >= 0 ? endIndex : list.length
  list = list.slice(start, end)
  let hasNextPage = end < records.length
  let hasPreviousPage = start > 0
  if (typeof first === 'number') {
    hasNextPage = hasNextPage || list.length > first
    list = list.slice(0, first)
  }
  if (typeof last === 'number') {
    hasPreviousPage = hasPreviousPage || list.length > last
    list = list.slice(Math.max(0, list.length - last))
  }
  const firstRecord = list[0]
  const lastRecord = list[list.length - 1]
  return {
    edges: list.map((record) => ({ cursor: cursorOf(record), node: toNode(record) })),
    nodes: list.map(toNode),
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: firstRecord ? cursorOf(firstRecord) : null,
      endCursor: lastRecord ? cursorOf(lastRecord) : null,
    },
  }
}

/** Shopify answers a missing or wrong Admin token with this 401 body (REST and GraphQL alike). */
const invalidAdminToken = JSON.stringify({
  errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
})

export function createShopifyAdminApi(options: ShopifyAdminApiOptions): ShopifyAdminApi {
  const { tokens, shopDomain } = options
  const shop = {
    id: 'gid://shopify/Shop/1',
    name: shopDomain.replace(/\.myshopify\.com$/, ''),
    myshopifyDomain: shopDomain,
    storefrontAccessTokens: (args: ConnectionArgs) => connection(tokens.active(), args),
  }
  const rootValue = {
    shop: () => shop,
    publicApiVersions: publicShopifyApiVersions,
    storefrontAccessTokenCreate({ input }: { input: { title: string } }) {
      const title = input.title.trim()
      if (title === '')
        return {
          shop,
          storefrontAccessToken: null,
          userErrors: [{ field: ['input', 'title'], message: "Title can't be blank" }],
        }
      const record = tokens.create(title)
      if (!record)
        return {
          shop,
          storefrontAccessToken: null,
          userErrors: [
            {
              field: ['input'],
              message: `Shop has reached the limit of ${storefrontAccessTokenLimit} active storefront access tokens`,
            },
          ],
        }
      return { shop, storefrontAccessToken: toNode(record), userErrors: [] }
    },
    storefrontAccessTokenDelete({ input }: { input: { id: string } }) {
      const deleted = tokens.delete(input.id)
      if (!deleted)
        return {
          deletedStorefrontAccessTokenId: null,
          userErrors: [{ field: ['id'], message: 'Access token does not exist' }],
        }
      return { deletedStorefrontAccessTokenId: deleted.id, userErrors: [] }
    },
  }
  const handler = createHandler({
    schema: shopifyAdminSchema(),
    rootValue,
    parseRequestParams: asParseRequestParams(readShopifyRequest),
  })
  return {
    async handleGraphQL(request) {
      if (request.headers.get('x-shopify-access-token') !== options.adminAccessToken)
        return new Response(invalidAdminToken, {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        })
      return handler(acceptingPlainJson(request))
    },
  }
}
