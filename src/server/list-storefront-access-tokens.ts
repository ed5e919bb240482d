import { adminGraphQLRequest } from './admin-graphql-request.js'
import {
  resolveAdminApiTarget,
  type AdminApiTarget,
  type ResolvedAdminApiTarget,
} from './admin-api-target.js'
import {
  parseStorefrontAccessToken,
  payloadOf,
  storefrontAccessTokenFields,
  unexpectedResponse,
  type StorefrontAccessToken,
} from './storefront-access-token.js'

const listQuery = /* GraphQL */ `
  query StorefrontAccessTokens($first: Int!, $after: String) {
    shop {
      storefrontAccessTokens(first: $first, after: $after) {
        nodes { ${storefrontAccessTokenFields} }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`

// A shop holds at most 100 active tokens per app, so one page normally suffices; the loop is for
// the day that limit changes.
const pageSize = 100
const maxPages = 50

export async function listResolved(
  target: ResolvedAdminApiTarget,
): Promise<StorefrontAccessToken[]> {
  const tokens: StorefrontAccessToken[] = []
  let after: string | null = null
  for (let page = 0; page < maxPages; page++) {
    const data = await adminGraphQLRequest(target, listQuery, { first: pageSize, after })
    const connection = payloadOf(payloadOf(data, 'shop'), 'storefrontAccessTokens')
    if (!Array.isArray(connection.nodes)) throw unexpectedResponse('storefrontAccessTokens shape')
    tokens.push(...connection.nodes.map(parseStorefrontAccessToken))
    const pageInfo = connection.pageInfo as { hasNextPage?: unknown; endCursor?: unknown } | null
    if (pageInfo?.hasNextPage !== true || typeof pageInfo.endCursor !== 'string') return tokens
    after = pageInfo.endCursor
  }
  return tokens
}

/** Every storefront access token this app has on the shop (the Admin API lists only the caller's). */
export async function listStorefrontAccessTokens(
  options: AdminApiTarget,
): Promise<StorefrontAccessToken[]> {
  return listResolved(resolveAdminApiTarget(options))
}
