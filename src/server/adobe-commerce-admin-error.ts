/** Why `requestLoginAsCustomerCode` failed. */
export type AdobeCommerceAdminErrorCode =
  /** The arguments cannot work (no token, a customer id that is not a positive integer, ...). Nothing was sent. */
  | 'INVALID_INPUT'
  /** The admin token was refused, or lacks the `Magento_LoginAsCustomer::login` ACL (HTTP 401). */
  | 'UNAUTHORIZED'
  /** HTTP 403. */
  | 'FORBIDDEN'
  /** No customer with that id (HTTP 404). */
  | 'CUSTOMER_NOT_FOUND'
  /** Any other non-2xx answer, or a body without a code. */
  | 'HTTP'
  /** No HTTP answer at all. */
  | 'NETWORK'

/** Failures of the Adobe Commerce admin helpers. Branch on `code`; `message` is for developers. */
export class AdobeCommerceAdminError extends Error {
  override readonly name = 'AdobeCommerceAdminError'
  readonly code: AdobeCommerceAdminErrorCode
  readonly status: number | undefined
  /** Magento's own `message`, when it sent one (for logs; never parse it). */
  readonly serverMessage: string | undefined

  constructor(
    code: AdobeCommerceAdminErrorCode,
    message: string,
    options: { status?: number; serverMessage?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.status = options.status
    this.serverMessage = options.serverMessage
  }
}
