import { AdminApiError } from './admin-api-error.js'
import { adminGraphQLRequest } from './admin-graphql-request.js'
import { resolveAdminApiTarget, type AdminApiTarget } from './admin-api-target.js'
import { listResolved } from './list-storefront-access-tokens.js'
import {
  parseStorefrontAccessToken,
  parseUserErrors,
  payloadOf,
  storefrontAccessTokenFields,
  unexpectedResponse,
  type StorefrontAccessToken,
} from './storefront-access-token.js'

/** Shopify's documented cap of active storefront access tokens per app and shop. */
export const storefrontAccessTokenLimit = 100

/** The options of `createStorefrontAccessToken`: the Admin API target, the `title`, `reuse`. */
export type CreateStorefrontAccessTokenOptions = AdminApiTarget & {
  /** Names the token in the admin; with `reuse` it is also the key to find an existing one. */
  readonly title: string
  /**
   * Return the oldest existing token with exactly this title instead of creating another, so a
   * deploy script can run on every deploy without piling up tokens toward the limit. Two runs at
   * the same moment can still both create one.
   */
  readonly reuse?: boolean
}

export interface CreatedStorefrontAccessToken extends StorefrontAccessToken {
  /** True when `reuse` found an existing token and nothing was created. */
  readonly reused: boolean
}

const createMutation = /* GraphQL */ `
  mutation StorefrontAccessTokenCreate($input: StorefrontAccessTokenInput!) {
    storefrontAccessTokenCreate(input: $input) {
      storefrontAccessToken { ${storefrontAccessTokenFields} }
      userErrors { field message }
    }
  }
`

/**
 * Mints a storefront access token (the public token a browser sends) through the Admin API, or
 * with `reuse` returns the oldest one with the same title. Past Shopify's 100 active tokens per
 * app and shop it throws `TOKEN_LIMIT_REACHED`.
 */
export async function createStorefrontAccessToken(
  options: CreateStorefrontAccessTokenOptions,
): Promise<CreatedStorefrontAccessToken> {
  const target = resolveAdminApiTarget(options)
  if (typeof options.title !== 'string' || options.title.trim() === '')
    throw new AdminApiError('INVALID_INPUT', 'title is missing: name the storefront access token.')
  const title = options.title.trim()

  if (options.reuse === true) {
    const existing = (await listResolved(target))
      .filter((token) => token.title === title)
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))[0]
    if (existing) return { ...existing, reused: true }
  }

  const data = await adminGraphQLRequest(target, createMutation, { input: { title } })
  const payload = payloadOf(data, 'storefrontAccessTokenCreate')
  const userErrors = parseUserErrors(payload.userErrors)
  if (userErrors.length > 0) {
    // The limit's userError has no code and its wording is undocumented, so instead of matching
    // English, count: a refusal while the app holds the maximum is the limit.
    let active: number | undefined
    try {
      active = (await listResolved(target)).length
    } catch {
      active = undefined
    }
    if (active !== undefined && active >= storefrontAccessTokenLimit)
      throw new AdminApiError(
        'TOKEN_LIMIT_REACHED',
        `The shop already has ${active} active storefront access tokens for this app (the limit is ` +
          `${storefrontAccessTokenLimit}). Delete unused ones, or create with reuse: true.`,
        { userErrors },
      )
    throw new AdminApiError(
      'USER_ERRORS',
      `storefrontAccessTokenCreate was refused: ${userErrors.map((error) => error.message).join('; ')}`,
      { userErrors },
    )
  }
  if (payload.storefrontAccessToken === null || payload.storefrontAccessToken === undefined)
    throw unexpectedResponse('storefrontAccessTokenCreate payload without a token')
  return { ...parseStorefrontAccessToken(payload.storefrontAccessToken), reused: false }
}
