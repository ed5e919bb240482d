import { AdobeCommerceAdminError } from './adobe-commerce-admin-error.js'
import { assertServerRuntime } from './assert-server-runtime.js'
import { parseSecureUrl } from './secure-url.js'

/** The options of `requestLoginAsCustomerCode`. */
export interface RequestLoginAsCustomerCodeOptions {
  /** The store's base URL, e.g. `https://shop.example.com` (the REST API lives under `/rest/V1`). */
  readonly baseUrl: string | URL
  /** An admin or integration Bearer token with the `Magento_LoginAsCustomer::login` ACL. */
  readonly adminToken: string
  /** The numeric customer id (entity id). */
  readonly customerId: number | string
  /** Defaults to the global `fetch`. */
  readonly fetch?: typeof fetch
  /** Aborts the request. */
  readonly signal?: AbortSignal
}

function invalid(message: string): AdobeCommerceAdminError {
  return new AdobeCommerceAdminError('INVALID_INPUT', message)
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function serverMessageOf(body: unknown): string | undefined {
  return typeof body === 'object' &&
    body !== null &&
    typeof (body as { message?: unknown }).message === 'string'
    ? (body as { message: string }).message
    : undefined
}

/**
 * Asks Adobe Commerce for a login-as-customer one-time code (`POST /rest/V1/customer/:id/otp`).
 * The code is single-use and short-lived (30 s by default); the storefront trades it for a
 * customer session with `login({ email, oneTimeCode })` (`exchangeOtpForCustomerToken`). Requires
 * the customer's `allow_remote_shopping_assistance`.
 */
export async function requestLoginAsCustomerCode(
  options: RequestLoginAsCustomerCodeOptions,
): Promise<string> {
  assertServerRuntime()
  if (typeof options !== 'object' || options === null) throw invalid('Options are missing.')
  const base = parseSecureUrl(options.baseUrl, 'baseUrl')
  if (typeof base === 'string') throw invalid(base)
  if (typeof options.adminToken !== 'string' || options.adminToken.trim() === '')
    throw invalid('adminToken is missing: pass an Adobe Commerce admin or integration token.')
  if (/[\r\n]/.test(options.adminToken)) throw invalid('adminToken contains a line break.')
  const customerId = String(options.customerId).trim()
  if (!/^[1-9]\d*$/.test(customerId))
    throw invalid(
      `customerId must be a positive integer; got ${JSON.stringify(options.customerId)}.`,
    )
  const fetchImpl = options.fetch ?? globalThis.fetch
  if (typeof fetchImpl !== 'function') throw invalid('No fetch implementation is available.')

  const path = `${base.pathname.replace(/\/+$/, '')}/rest/V1/customer/${customerId}/otp`
  const url = new URL(path, base)
  const where = `Adobe Commerce at ${url.origin}`
  let response: Response
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${options.adminToken.trim()}`,
      },
      signal: options.signal,
    })
  } catch (cause) {
    throw new AdobeCommerceAdminError('NETWORK', `Could not reach ${where}.`, { cause })
  }
  let text = ''
  try {
    text = await response.text()
  } catch (cause) {
    throw new AdobeCommerceAdminError('NETWORK', `${where} dropped the response.`, {
      status: response.status,
      cause,
    })
  }
  const body = parseBody(text)
  const serverMessage = serverMessageOf(body)
  const status = response.status
  const details = { status, ...(serverMessage === undefined ? {} : { serverMessage }) }

  if (status === 401)
    throw new AdobeCommerceAdminError(
      'UNAUTHORIZED',
      `${where} refused the admin token (401): it is invalid, expired, or lacks Magento_LoginAsCustomer::login.`,
      details,
    )
  if (status === 403)
    throw new AdobeCommerceAdminError('FORBIDDEN', `${where} denied the request (403).`, details)
  if (status === 404)
    throw new AdobeCommerceAdminError(
      'CUSTOMER_NOT_FOUND',
      `${where} has no customer with id ${customerId} (404).`,
      details,
    )
  if (!response.ok)
    throw new AdobeCommerceAdminError(
      'HTTP',
      `${where} answered HTTP ${status}${serverMessage ? `: ${serverMessage}` : '.'}`,
      details,
    )
  // Documented as `{"otp":"…"}`; Magento's REST layer serialises a bare string return as a JSON
  // string, so accept that too.
  const code =
    typeof body === 'string'
      ? body
      : typeof body === 'object' && body !== null
        ? (body as { otp?: unknown }).otp
        : undefined
  if (typeof code !== 'string' || code === '')
    throw new AdobeCommerceAdminError('HTTP', `${where} answered without a one-time code.`, details)
  return code
}
