/** What went wrong, as a code to branch on; each code's meaning is given beside it. */
export type CustomerAuthErrorCode =
  /** Wrong email or password, a disabled Shopify customer, or a locked Adobe account. */
  | 'INVALID_CREDENTIALS'
  /** Too many attempts: Shopify's login limit, Adobe's lockout window. Retry later. */
  | 'THROTTLED'
  /** Adobe Commerce: the account's email address is not confirmed yet. */
  | 'ACCOUNT_NOT_CONFIRMED'
  /** Input rejected by the API or by the client-side checks; see `fieldErrors`. */
  | 'VALIDATION'
  /** A customer, reset or activation token is invalid, expired or revoked. */
  | 'TOKEN_INVALID'
  /** A Multipass token was refused (bad signature, expired, reused). */
  | 'MULTIPASS_INVALID'
  /** The request never got an HTTP answer (offline, DNS, dropped connection, aborted by timeout). */
  | 'NETWORK'
  /** The API answered with a 5xx, a malformed body, or an error it does not explain. */
  | 'SERVER'
  /** The backend has no such operation (e.g. renew on Adobe Commerce). */
  | 'UNSUPPORTED'
  /** The thing asked for does not exist (e.g. an unknown email on password recovery). */
  | 'NOT_FOUND'
  /** The storage could not be read or written. */
  | 'STORAGE'
  /**
   * The library was configured in a way that cannot work: a private token in a browser, a token
   * or store code fetch cannot send as a header (not ISO-8859-1, e.g. a `'…'` placeholder), an
   * endpoint or store domain that is not a URL or host, or a token the shop refuses. Thrown at
   * construction (`shopifyStorefront()`, `adobeCommerce()`) where the fault can be known; the
   * message names the option. Not retryable.
   */
  | 'CONFIGURATION'
  /** The operation was cancelled (component unmounted, logout while it ran). */
  | 'ABORTED'

/** Where an error came from: an API's answer, no HTTP answer at all, the storage, or our checks. */
export type CustomerAuthErrorSource =
  'shopify' | 'adobe-commerce' | 'network' | 'storage' | 'client'

/** Why one field was refused. `code` is the API's code (Shopify `CustomerErrorCode`) or ours. */
export interface CustomerAuthFieldError {
  readonly code: string
  readonly message: string
}

/** A GraphQL error as the API sent it (kept for debugging, never parsed for meaning). */
export interface GraphQLErrorLike {
  readonly message: string
  readonly path?: readonly (string | number)[]
  readonly extensions?: Readonly<Record<string, unknown>>
}

/** A Shopify `CustomerUserError` / `UserError` as the API sent it. */
export interface UserErrorLike {
  readonly code?: string | null
  readonly field?: readonly string[] | null
  readonly message: string
}

/** The options of `new CustomerAuthError(code, message, options)`; `source` is required. */
export interface CustomerAuthErrorOptions {
  readonly source: CustomerAuthErrorSource
  readonly retryable?: boolean
  readonly fieldErrors?: Readonly<Record<string, readonly CustomerAuthFieldError[]>>
  readonly graphQLErrors?: readonly GraphQLErrorLike[]
  readonly userErrors?: readonly UserErrorLike[]
  readonly status?: number
  readonly cause?: unknown
}

const retryableByDefault: readonly CustomerAuthErrorCode[] = ['THROTTLED', 'NETWORK', 'SERVER']

/**
 * The one error type of the library. Callers branch on `code` (and `fieldErrors[name][i].code`),
 * never on `message`: messages are for developers, UI text comes from the components' `messages`.
 */
export class CustomerAuthError extends Error {
  // `declare`: assigned in the constructor; no field initializers to repeat in the bundle.
  override readonly name = 'CustomerAuthError'
  declare readonly code: CustomerAuthErrorCode
  declare readonly source: CustomerAuthErrorSource
  /** True when trying the same call again later may succeed (network, 5xx, throttling). */
  declare readonly retryable: boolean
  /** Per-field problems keyed by input name: `email`, `password`, `firstName`, ... */
  declare readonly fieldErrors: Readonly<Record<string, readonly CustomerAuthFieldError[]>>
  declare readonly graphQLErrors: readonly GraphQLErrorLike[]
  declare readonly userErrors: readonly UserErrorLike[]
  /** The HTTP status when the API answered with one that explains the error. */
  declare readonly status: number | undefined

  constructor(code: CustomerAuthErrorCode, message: string, options: CustomerAuthErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.source = options.source
    this.retryable = options.retryable ?? retryableByDefault.includes(code)
    this.fieldErrors = options.fieldErrors ?? {}
    this.graphQLErrors = options.graphQLErrors ?? []
    this.userErrors = options.userErrors ?? []
    this.status = options.status
  }
}

/** Whether `value` is a `CustomerAuthError` (a type guard for `catch` blocks and `onError`). */
export function isCustomerAuthError(value: unknown): value is CustomerAuthError {
  return value instanceof CustomerAuthError
}
