import { AdminApiError } from './admin-api-error.js'
import { assertServerRuntime } from './assert-server-runtime.js'
import { parseSecureUrl } from './secure-url.js'

/** The Admin API version used when none is given (the version the emulator and this package track). */
export const defaultAdminApiVersion = '2026-04'

/** What every Admin API helper takes besides the shop or endpoint. */
export interface AdminApiCommonOptions {
  /** An Admin API access token (`shpat_…`) with the `unauthenticated_*` scopes to hand on. */
  readonly adminAccessToken: string
  /** `YYYY-MM` or `unstable`. Default {@link defaultAdminApiVersion}. Ignored with `endpoint`. */
  readonly apiVersion?: string
  /** Defaults to the global `fetch`. */
  readonly fetch?: typeof fetch
  readonly signal?: AbortSignal
}

/** Where the Admin API is: a shop's `*.myshopify.com` domain, or a full endpoint URL (the emulator). */
export type AdminApiTarget = AdminApiCommonOptions &
  (
    | {
        /** `my-shop.myshopify.com` (an `https://` prefix is accepted). Custom domains do not serve the Admin API. */
        readonly shop: string
        readonly endpoint?: undefined
      }
    | {
        /** The full Admin GraphQL URL, e.g. `http://127.0.0.1:4000/admin/api/2026-04/graphql.json`. */
        readonly endpoint: string | URL
        readonly shop?: undefined
      }
  )

export interface ResolvedAdminApiTarget {
  readonly url: URL
  readonly adminAccessToken: string
  readonly fetch: typeof fetch
  readonly signal: AbortSignal | undefined
}

const shopDomain = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/
const apiVersionPattern = /^(\d{4}-\d{2}|unstable)$/

function invalid(message: string): AdminApiError {
  return new AdminApiError('INVALID_INPUT', message)
}

/** Checks the options before anything is sent, so a typo never reaches the network. */
export function resolveAdminApiTarget(options: AdminApiTarget): ResolvedAdminApiTarget {
  assertServerRuntime()
  if (typeof options !== 'object' || options === null)
    throw invalid('Admin API options are missing.')
  const { adminAccessToken } = options
  if (typeof adminAccessToken !== 'string' || adminAccessToken.trim() === '')
    throw invalid('adminAccessToken is missing: pass the Admin API access token of your app.')
  if (/[\r\n]/.test(adminAccessToken)) throw invalid('adminAccessToken contains a line break.')
  const fetchImpl = options.fetch ?? globalThis.fetch
  if (typeof fetchImpl !== 'function') throw invalid('No fetch implementation is available.')

  let url: URL
  if (options.endpoint !== undefined) {
    if (options.shop !== undefined) throw invalid('Pass either shop or endpoint, not both.')
    const parsed = parseSecureUrl(options.endpoint, 'endpoint')
    if (typeof parsed === 'string') throw invalid(parsed)
    url = parsed
  } else {
    if (typeof options.shop !== 'string' || options.shop.trim() === '')
      throw invalid('shop is missing: pass the shop domain (my-shop.myshopify.com) or an endpoint.')
    const domain = options.shop
      .trim()
      .toLowerCase()
      .replace(/^https:\/\//, '')
      .replace(/\/+$/, '')
    if (!shopDomain.test(domain))
      throw invalid(
        `shop must be the shop's myshopify.com domain, like my-shop.myshopify.com; got ${JSON.stringify(options.shop)}.`,
      )
    const version = options.apiVersion ?? defaultAdminApiVersion
    if (typeof version !== 'string' || !apiVersionPattern.test(version))
      throw invalid(
        `apiVersion must look like 2026-04 (or be unstable); got ${JSON.stringify(version)}.`,
      )
    url = new URL(`https://${domain}/admin/api/${version}/graphql.json`)
  }
  return {
    url,
    adminAccessToken: adminAccessToken.trim(),
    fetch: fetchImpl,
    signal: options.signal,
  }
}
