/** Why an Admin API helper failed. */
export type AdminApiErrorCode =
  /** The arguments cannot work (no title, a shop that is not `*.myshopify.com`, ...). Nothing was sent. */
  | 'INVALID_INPUT'
  /** The Admin API refused the access token (HTTP 401). */
  | 'UNAUTHORIZED'
  /** The token is valid but lacks a scope or approval (HTTP 403, or a GraphQL `ACCESS_DENIED`). */
  | 'FORBIDDEN'
  /** The shop already has 100 active storefront access tokens for this app. */
  | 'TOKEN_LIMIT_REACHED'
  /** The mutation answered `userErrors`; see `userErrors`. */
  | 'USER_ERRORS'
  /** Shopify's rate limit (HTTP 429, or a GraphQL `THROTTLED`). Retry later. */
  | 'THROTTLED'
  /** Any other non-2xx answer, or a body that is not the GraphQL response expected. */
  | 'HTTP'
  /** No HTTP answer at all: DNS, refused connection, dropped connection, abort. */
  | 'NETWORK'
  /** The response carried top-level GraphQL `errors`. */
  | 'GRAPHQL'

/** A Shopify Admin `UserError` as the API sent it (it has no `code`). */
export interface AdminUserError {
  readonly field: readonly string[] | null
  readonly message: string
}

/** A top-level GraphQL error as the API sent it (kept for debugging, never parsed for meaning). */
export interface AdminGraphQLError {
  readonly message: string
  readonly extensions?: Readonly<Record<string, unknown>>
}

/** The options of `new AdminApiError(code, message, options)`: what the API answered. */
export interface AdminApiErrorOptions {
  readonly status?: number
  readonly userErrors?: readonly AdminUserError[]
  readonly graphQLErrors?: readonly AdminGraphQLError[]
  readonly cause?: unknown
}

/** Every failure of the Admin API helpers. Branch on `code`; `message` is for developers. */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError'
  readonly code: AdminApiErrorCode
  /** The HTTP status, when there was an HTTP answer. */
  readonly status: number | undefined
  readonly userErrors: readonly AdminUserError[]
  readonly graphQLErrors: readonly AdminGraphQLError[]
  /** True when the same call may succeed later (rate limit, 5xx, network). */
  readonly retryable: boolean

  constructor(code: AdminApiErrorCode, message: string, options: AdminApiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.status = options.status
    this.userErrors = options.userErrors ?? []
    this.graphQLErrors = options.graphQLErrors ?? []
    this.retryable =
      code === 'THROTTLED' ||
      code === 'NETWORK' ||
      (code === 'HTTP' && options.status !== undefined && options.status >= 500)
  }
}
