import { AdminApiError, type AdminUserError } from './admin-api-error.js'

/** A storefront access token as the Admin API describes it. The token itself is public: it ships to browsers. */
export interface StorefrontAccessToken {
  /** `gid://shopify/StorefrontAccessToken/…`: what {@link deleteStorefrontAccessToken} takes. */
  readonly id: string
  readonly title: string
  /** The value for the `X-Shopify-Storefront-Access-Token` header. */
  readonly accessToken: string
  /** ISO 8601. */
  readonly createdAt: string
  /** Scope handles the token inherited from the app, e.g. `unauthenticated_read_customers`. */
  readonly accessScopes: readonly string[]
}

/** The fields every helper asks for, so create, list and reuse return the same shape. */
export const storefrontAccessTokenFields = 'id title accessToken createdAt accessScopes { handle }'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function unexpectedResponse(what: string): AdminApiError {
  return new AdminApiError('HTTP', `The Admin API answered an unexpected ${what}.`)
}

export function parseStorefrontAccessToken(value: unknown): StorefrontAccessToken {
  if (
    !isRecord(value) ||
    typeof value.id !== 'string' ||
    typeof value.title !== 'string' ||
    typeof value.accessToken !== 'string' ||
    typeof value.createdAt !== 'string'
  )
    throw unexpectedResponse('storefront access token shape')
  const scopes = Array.isArray(value.accessScopes) ? value.accessScopes : []
  return {
    id: value.id,
    title: value.title,
    accessToken: value.accessToken,
    createdAt: value.createdAt,
    accessScopes: scopes.flatMap((scope) =>
      isRecord(scope) && typeof scope.handle === 'string' ? [scope.handle] : [],
    ),
  }
}

export function parseUserErrors(value: unknown): AdminUserError[] {
  if (!Array.isArray(value)) throw unexpectedResponse('userErrors shape')
  return value.map((error): AdminUserError => {
    if (!isRecord(error) || typeof error.message !== 'string')
      throw unexpectedResponse('userError shape')
    const field = Array.isArray(error.field)
      ? error.field.filter((part): part is string => typeof part === 'string')
      : null
    return { field, message: error.message }
  })
}

export function payloadOf(data: Record<string, unknown>, field: string): Record<string, unknown> {
  const payload = data[field]
  if (!isRecord(payload)) throw unexpectedResponse(`${field} payload`)
  return payload
}
