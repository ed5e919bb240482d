import type * as NodeHttp from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import {
  createAdobeCommerceApi,
  type AdobeCommerceApi,
} from './adobe-commerce/create-adobe-commerce-api.js'
import { corsHeaders, preflightResponse, withCors } from './cors.js'
import {
  createEmulatorClock,
  type EmulatorClock,
  type EmulatorClockMode,
} from './emulator-clock.js'
import { emulatorDefaults } from './emulator-defaults.js'
import { createFaults, type EmulatorFaults } from './faults.js'
import { readMagentoRequest, readShopifyRequest } from './graphql-request-params.js'
import { readGraphQLOperationInfo, type GraphQLOperationInfo } from './graphql-operation-info.js'
import type { FrameResult } from './node-server.js'
import { createOutbox, type Outbox } from './outbox.js'
import { answerOutboxRequest, emulatorOutboxPath } from './outbox-endpoint.js'
import { createRealTimeEmulatorClock } from './real-time-emulator-clock.js'
import { createRequestLog, type EmulatorEndpoint, type EmulatorRequestLog } from './request-log.js'
import { sampleCustomers } from './sample-customers.js'
import type { SeedCustomer } from './seed-customer.js'
import { answeringShopifyApiVersion, shopifyApiVersionWarning } from './shopify-api-versions.js'
import { createShopifyAdminApi } from './shopify-admin/create-shopify-admin-api.js'
import {
  createStorefrontAccessTokenStore,
  type StorefrontAccessTokenRecord,
} from './shopify-admin/storefront-access-token-store.js'
import { createShopifyStorefrontApi } from './shopify-storefront/create-shopify-storefront-api.js'
import type {
  EmulatedCustomerAccessToken,
  EmulatedShopifyCustomer,
} from './shopify-storefront/shopify-customer-store.js'
import type { EmulatedShopifyCart } from './shopify-storefront/storefront-carts.js'

/** Options of `createEmulator`. Every one has a default; the defaults are in `emulatorDefaults`. */
export interface EmulatorOptions {
  /** The customers both APIs start with. Default: `sampleCustomers`. */
  readonly customers?: readonly SeedCustomer[]
  /** Where the emulator clock starts (a Date, epoch ms or ISO string). Default: now. */
  readonly startTime?: Date | number | string
  /**
   * How the emulator clock moves. `'manual'` (default): it stands still until `clock.advance` or
   * `clock.set` moves it, which is what tests want. `'real-time'`: it follows `Date.now()` (from
   * `startTime` when given) and `advance`/`set` add an offset; for dev servers, where two sign-ins
   * minutes apart should expire minutes apart. The CLI and `storefrontAuthEmulator()` use it.
   */
  readonly clock?: EmulatorClockMode
  /**
   * The Shopify API version of `storefrontPath` and `adminPath`. Default `'2026-04'`. Every
   * version in `servedShopifyApiVersions` is served under its own path whatever this says; a
   * request for any other version falls forward to the oldest supported one, as on Shopify.
   */
  readonly apiVersion?: string
  /** The shop's domain, used in reset/activation URLs. Default `'emulator.myshopify.com'`. */
  readonly shopDomain?: string
  /** The public storefront token the shop starts with (one of its 100). Default `'emulator-public-storefront-token'`. */
  readonly storefrontAccessToken?: string
  /** The token accepted in `Shopify-Storefront-Private-Token`. Default `'emulator-private-storefront-token'`. */
  readonly privateStorefrontAccessToken?: string
  /** The Admin API token (`X-Shopify-Access-Token`). Default `'shpat_emulator_admin_token'`. */
  readonly adminAccessToken?: string
  /** The Adobe Commerce admin bearer token (one-time-code REST call). Default `'emulator-adobe-admin-token'`. */
  readonly adobeAdminToken?: string
  /** The Multipass secret. Default `'emulator-multipass-secret'`. */
  readonly multipassSecret?: string
  /** Shopify customer access token lifetime. Default 42 days. */
  readonly customerAccessTokenLifetimeMs?: number
  /** Adobe Commerce customer token lifetime. Default 1 hour. */
  readonly adobeTokenLifetimeMs?: number
  /** Failed sign-ins (per email, both APIs) before sign-in is throttled/locked. Default 6. */
  readonly loginAttemptLimit?: number
  /** How long the throttle/lock lasts after the last failure. Default 30 minutes. */
  readonly loginLockoutMs?: number
  /** Validity of Adobe login-as-customer one-time codes. Default 30 seconds. */
  readonly oneTimeCodeLifetimeMs?: number
  /**
   * Adobe Commerce's "Require Emails Confirmation" (`customer/create_account/confirm`): a new
   * account cannot sign in until `confirmEmail` with the key mailed to the outbox. Default false.
   */
  readonly adobeRequireConfirmation?: boolean
  /**
   * Storefront `customerRecover` requests one client IP may make within `recoverWindowMs`; more
   * get Shopify's top-level "Resetting password limit exceeded" error. Default 5.
   */
  readonly recoverRequestLimit?: number
  /** The sliding window of `recoverRequestLimit`. Default 1 hour. */
  readonly recoverWindowMs?: number
  /**
   * The client IP of requests that reach the emulator without a socket (`emulator.fetch`,
   * `emulator.handle`). Over `listen()` and `middleware` the socket's remote address is used. A
   * private-token request's `Shopify-Storefront-Buyer-IP` header overrides either. Default
   * `'127.0.0.1'`.
   */
  readonly inProcessClientIp?: string
}

/** Where `emulator.listen()` serves: `port` (default 0, a free one) and `host` (default `127.0.0.1`). */
export interface ListenOptions {
  /** `0` (default) picks a free port. */
  readonly port?: number
  /** Default `'127.0.0.1'`: the emulator is for this machine only. */
  readonly host?: string
}

/** Connect-style middleware (Vite, Storybook, Express): answers emulator paths, else `next()`. */
export type EmulatorMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void

/**
 * What `createEmulator` returns: the handler behind `listen()`, `middleware`, `fetch` and `handle`,
 * the values to configure clients with, the clock, and the state, request log, faults and outbox
 * for assertions.
 */
export interface Emulator {
  /** Starts a node:http server; resolves to its base URL, e.g. `http://127.0.0.1:54321`. */
  listen(options?: ListenOptions): Promise<string>
  /** Stops the server started by `listen` (no-op when not listening); releases held requests. */
  close(): Promise<void>
  /** The base URL once `listen` resolved; undefined before. */
  readonly url: string | undefined
  /** An in-process `fetch`: routes by pathname whatever the origin. A dropped connection rejects with a TypeError, like a real fetch; the `signal` is honoured. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>
  /** Connect-style middleware for a dev server on the same origin. */
  readonly middleware: EmulatorMiddleware
  /** Answers one Fetch API request (404 for a path outside the emulator). A dropped connection rejects with a TypeError. */
  handle(request: Request): Promise<Response>
  /** `/api/{apiVersion}/graphql.json`; the other served versions have their own paths. */
  readonly storefrontPath: string
  /** `/admin/api/{apiVersion}/graphql.json` */
  readonly adminPath: string
  /** `/graphql` */
  readonly adobeCommercePath: string
  /** `/emulator/outbox`: `GET` answers `{ mails }` (the `outbox`'s mails, `?to=` an address). */
  readonly outboxPath: string
  readonly storefrontAccessToken: string
  readonly privateStorefrontAccessToken: string
  readonly adminAccessToken: string
  readonly adobeAdminToken: string
  readonly multipassSecret: string
  readonly shopDomain: string
  readonly apiVersion: string
  /** The one clock behind every expiry, window and lockout. */
  readonly clock: EmulatorClock
  /** How `clock` moves: `'manual'` (the default) or `'real-time'` (the `clock` option). */
  readonly clockMode: EmulatorClockMode
  readonly requests: EmulatorRequestLog
  readonly faults: EmulatorFaults
  /** Mails the emulated shops "sent" (recovery, activation, Adobe password reset). */
  readonly outbox: Outbox
  /** Read access to the Shopify state, for assertions. */
  readonly shopify: {
    /** Every Shopify customer, without password material. */
    customers(): EmulatedShopifyCustomer[]
    /** Every customer access token issued, with its expiry and status (active, expired, deleted, …). */
    customerAccessTokens(): EmulatedCustomerAccessToken[]
    /** Every Storefront cart, with its buyer and lines. */
    carts(): EmulatedShopifyCart[]
  }
  /** Read access to the Admin API state. */
  readonly admin: {
    /** Every storefront token, deleted ones included (`deletedAt` set). */
    storefrontAccessTokens(): readonly StorefrontAccessTokenRecord[]
  }
  /** The Adobe Commerce API: `customers()`, `tokens()`, `carts()`, `issueOneTimeCode(email)`. */
  readonly adobeCommerce: Pick<
    AdobeCommerceApi,
    'customers' | 'tokens' | 'carts' | 'issueOneTimeCode'
  >
}

/**
 * node:http is loaded only when `listen` runs, through a specifier bundlers do not follow, so the
 * emulator module also loads in a browser (Storybook's static build, jsdom tests use `fetch`).
 */
const nodeHttpSpecifier = 'node:http'
function loadNodeHttp(): Promise<typeof NodeHttp> {
  return import(/* @vite-ignore */ nodeHttpSpecifier) as Promise<typeof NodeHttp>
}

function createClock(
  mode: EmulatorClockMode,
  startTime: Date | number | string | undefined,
): EmulatorClock {
  switch (mode) {
    case 'manual':
      return createEmulatorClock(startTime ?? Date.now())
    case 'real-time':
      return createRealTimeEmulatorClock({ start: startTime })
    default:
      throw new TypeError(`clock must be 'manual' or 'real-time', got ${String(mode)}`)
  }
}

function positive(name: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0))
    throw new RangeError(`${name} must be > 0, got ${value}`)
  return value
}

function nonEmpty(name: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new TypeError(`${name} must be a non-empty string`)
  return value
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

/**
 * Shopify names the version that answered in `X-Shopify-API-Version`, and adds
 * `X-Shopify-API-Version-Warning` when it fell forward from the one asked for.
 */
function withShopifyApiVersion(
  response: Response,
  { requested, answering }: { readonly requested: string; readonly answering: string },
): Response {
  const headers = new Headers(response.headers)
  headers.set('X-Shopify-API-Version', answering)
  if (answering !== requested)
    headers.set('X-Shopify-API-Version-Warning', shopifyApiVersionWarning)
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

function droppedConnection(): TypeError {
  return new TypeError('fetch failed', {
    cause: new Error('The emulator dropped the connection (fault)'),
  })
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError')
}

/**
 * A local emulator of the Shopify Storefront + Admin APIs and the Adobe Commerce API for the
 * customer-auth surface. One Fetch API handler behind three doors: `listen()`, `middleware`,
 * `fetch`.
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const d = emulatorDefaults
  const apiVersion = nonEmpty('apiVersion', options.apiVersion ?? d.apiVersion)
  const shopDomain = nonEmpty('shopDomain', options.shopDomain ?? d.shopDomain)
  const storefrontAccessToken = nonEmpty(
    'storefrontAccessToken',
    options.storefrontAccessToken ?? d.storefrontAccessToken,
  )
  const privateStorefrontAccessToken = nonEmpty(
    'privateStorefrontAccessToken',
    options.privateStorefrontAccessToken ?? d.privateStorefrontAccessToken,
  )
  const adminAccessToken = nonEmpty(
    'adminAccessToken',
    options.adminAccessToken ?? d.adminAccessToken,
  )
  const adobeAdminToken = nonEmpty('adobeAdminToken', options.adobeAdminToken ?? d.adobeAdminToken)
  const multipassSecret = nonEmpty('multipassSecret', options.multipassSecret ?? d.multipassSecret)
  const loginAttemptLimit = positive(
    'loginAttemptLimit',
    options.loginAttemptLimit ?? d.loginAttemptLimit,
  )
  const loginLockoutMs = positive('loginLockoutMs', options.loginLockoutMs ?? d.loginLockoutMs)
  const customers = options.customers ?? sampleCustomers
  const inProcessClientIp = nonEmpty(
    'inProcessClientIp',
    options.inProcessClientIp ?? d.inProcessClientIp,
  )

  const clockMode = options.clock ?? 'manual'
  const clock = createClock(clockMode, options.startTime)
  const outbox = createOutbox()
  const requests = createRequestLog()
  const faults = createFaults()
  const storefrontTokens = createStorefrontAccessTokenStore(clock)
  storefrontTokens.create(d.storefrontAccessTokenTitle, storefrontAccessToken)

  const storefront = createShopifyStorefrontApi({
    clock,
    outbox,
    customers,
    shopDomain,
    storefrontTokens,
    privateStorefrontAccessToken,
    multipassSecret,
    tokenLifetimeMs: positive(
      'customerAccessTokenLifetimeMs',
      options.customerAccessTokenLifetimeMs ?? d.customerAccessTokenLifetimeMs,
    ),
    loginAttemptLimit,
    lockoutMs: loginLockoutMs,
    recoverRequestLimit: positive(
      'recoverRequestLimit',
      options.recoverRequestLimit ?? d.recoverRequestLimit,
    ),
    recoverWindowMs: positive('recoverWindowMs', options.recoverWindowMs ?? d.recoverWindowMs),
  })
  const admin = createShopifyAdminApi({
    clock,
    tokens: storefrontTokens,
    adminAccessToken,
    shopDomain,
  })
  const adobe = createAdobeCommerceApi({
    clock,
    customers,
    outbox,
    tokenLifetimeMs: positive(
      'adobeTokenLifetimeMs',
      options.adobeTokenLifetimeMs ?? d.adobeTokenLifetimeMs,
    ),
    loginAttemptLimit,
    lockoutMs: loginLockoutMs,
    oneTimeCodeLifetimeMs: positive(
      'oneTimeCodeLifetimeMs',
      options.oneTimeCodeLifetimeMs ?? d.oneTimeCodeLifetimeMs,
    ),
    adminToken: adobeAdminToken,
    requireConfirmation: options.adobeRequireConfirmation ?? false,
  })

  const storefrontPath = `/api/${apiVersion}/graphql.json`
  const adminPath = `/admin/api/${apiVersion}/graphql.json`
  const adobeCommercePath = '/graphql'

  /** `/api/{version}/graphql.json` or `/admin/api/{version}/graphql.json`, any version. */
  const shopifyGraphQLPath = /^\/(admin\/)?api\/([^/]+)\/graphql\.json$/

  interface Route {
    readonly endpoint: EmulatorEndpoint
    /** The Shopify API version that answers (see shopify-api-versions.ts); null for Adobe. */
    readonly shopifyVersion: { readonly requested: string; readonly answering: string } | null
  }

  function routeOf(pathname: string): Route | null {
    const shopify = shopifyGraphQLPath.exec(pathname)
    if (shopify) {
      const requested = shopify[2] ?? ''
      return {
        endpoint: shopify[1] ? 'admin' : 'storefront',
        shopifyVersion: { requested, answering: answeringShopifyApiVersion(requested) },
      }
    }
    if (pathname === adobeCommercePath) return { endpoint: 'adobe-commerce', shopifyVersion: null }
    // Magento's REST base, with or without a store code: /rest/V1/… or /rest/default/V1/…
    if (/^\/rest\/(?:[^/]+\/)?V1\//.test(pathname))
      return { endpoint: 'adobe-rest', shopifyVersion: null }
    return null
  }

  /** The paths `frame` answers; any other is left alone, body and all. */
  function claims(pathname: string): boolean {
    return pathname === emulatorOutboxPath || routeOf(pathname) !== null
  }

  async function answer(
    endpoint: EmulatorEndpoint,
    request: Request,
    remoteAddress: string,
  ): Promise<Response | null> {
    switch (endpoint) {
      case 'storefront':
        return storefront.handleGraphQL(request, remoteAddress)
      case 'admin':
        return admin.handleGraphQL(request)
      case 'adobe-commerce':
        return adobe.handleGraphQL(request)
      case 'adobe-rest':
        return adobe.handleRest(request)
    }
  }

  /**
   * The one handler behind listen, middleware, fetch and handle. `remoteAddress` is the socket's
   * peer over node:http; in-process calls have none and count as `inProcessClientIp`.
   */
  async function frame(
    request: Request,
    remoteAddress: string = inProcessClientIp,
  ): Promise<FrameResult> {
    const { pathname } = new URL(request.url)
    // The outbox is the emulator's own page, not an API call: no faults, not in `requests`.
    if (pathname === emulatorOutboxPath)
      return { kind: 'response', response: answerOutboxRequest(request, outbox) }
    const route = routeOf(pathname)
    if (route === null) return null
    const { endpoint } = route
    if (request.method === 'OPTIONS')
      return { kind: 'response', response: preflightResponse(request) }
    const info: GraphQLOperationInfo =
      endpoint === 'adobe-rest'
        ? { operationName: null, fields: [] }
        : await readGraphQLOperationInfo(
            request,
            endpoint === 'adobe-commerce' ? readMagentoRequest : readShopifyRequest,
          )
    const target = { endpoint, ...info }
    const outcome = await faults.apply(target)
    const log = (status: number): void => requests.record({ ...target, status, at: clock.now() })
    switch (outcome.kind) {
      case 'drop':
        log(0)
        return { kind: 'drop' }
      case 'status':
        log(outcome.status)
        return {
          kind: 'response',
          response: withCors(
            request,
            jsonResponse(outcome.status, {
              errors: [{ message: `Emulated fault: HTTP ${outcome.status}` }],
            }),
          ),
        }
      case 'malformed':
        log(200)
        return {
          kind: 'response',
          response: new Response('{"data":{"', {
            status: 200,
            headers: { 'content-type': 'application/json; charset=utf-8', ...corsHeaders(request) },
          }),
        }
      case 'pass':
        break
    }
    const response = await answer(endpoint, request, remoteAddress)
    if (response === null) {
      log(404)
      return {
        kind: 'response',
        response: withCors(
          request,
          jsonResponse(404, { message: 'Request does not match any route.' }),
        ),
      }
    }
    log(response.status)
    return {
      kind: 'response',
      response: withCors(
        request,
        route.shopifyVersion ? withShopifyApiVersion(response, route.shopifyVersion) : response,
      ),
    }
  }

  async function handle(request: Request): Promise<Response> {
    const result = await frame(request)
    if (result === null) return jsonResponse(404, { errors: 'Not Found' })
    if (result.kind === 'drop') throw droppedConnection()
    return result.response
  }

  async function emulatorFetch(
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> {
    // Relative URLs are fine here: the emulator routes by pathname alone.
    const url =
      typeof input === 'string' && input.startsWith('/') ? `http://${shopDomain}${input}` : input
    const request = new Request(url, init)
    const signal = request.signal
    if (signal.aborted) throw abortError(signal)
    let onAbort: (() => void) | undefined
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(abortError(signal))
      signal.addEventListener('abort', onAbort, { once: true })
    })
    try {
      return await Promise.race([handle(request), aborted])
    } finally {
      if (onAbort) signal.removeEventListener('abort', onAbort)
    }
  }

  let server: Server | undefined
  let url: string | undefined

  const middleware: EmulatorMiddleware = (req, res, next) => {
    import('./node-server.js')
      .then(({ serveNodeRequest }) => serveNodeRequest(req, res, frame, claims))
      .then((served) => {
        if (!served) next()
      })
      .catch(next)
  }

  return {
    async listen({ port = 0, host = '127.0.0.1' } = {}) {
      if (server) throw new Error(`The emulator is already listening at ${url}`)
      const [{ createServer }, { serveNodeRequest }] = await Promise.all([
        loadNodeHttp(),
        import('./node-server.js'),
      ])
      const created = createServer((req, res) => {
        serveNodeRequest(req, res, frame, claims)
          .then((served) => {
            if (!served) {
              res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' })
              res.end(JSON.stringify({ errors: 'Not Found' }))
            }
          })
          .catch((error: unknown) => {
            res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
            res.end(JSON.stringify({ errors: [{ message: `Emulator error: ${String(error)}` }] }))
          })
      })
      await new Promise<void>((resolve, reject) => {
        created.once('error', reject)
        created.listen(port, host, () => {
          created.off('error', reject)
          resolve()
        })
      })
      const address = created.address()
      if (address === null || typeof address === 'string')
        throw new Error('Unexpected server address')
      server = created
      url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
      return url
    },
    async close() {
      faults.clear()
      const current = server
      server = undefined
      url = undefined
      if (!current) return
      await new Promise<void>((resolve, reject) => {
        current.close((error) => (error ? reject(error) : resolve()))
        current.closeAllConnections()
      })
    },
    get url() {
      return url
    },
    fetch: emulatorFetch,
    middleware,
    handle,
    storefrontPath,
    adminPath,
    adobeCommercePath,
    outboxPath: emulatorOutboxPath,
    storefrontAccessToken,
    privateStorefrontAccessToken,
    adminAccessToken,
    adobeAdminToken,
    multipassSecret,
    shopDomain,
    apiVersion,
    clock,
    clockMode,
    requests,
    faults,
    outbox,
    shopify: {
      customers: () => storefront.customers(),
      customerAccessTokens: () => storefront.customerAccessTokens(),
      carts: () => storefront.carts(),
    },
    admin: { storefrontAccessTokens: () => storefrontTokens.all() },
    adobeCommerce: {
      customers: () => adobe.customers(),
      tokens: () => adobe.tokens(),
      carts: () => adobe.carts(),
      issueOneTimeCode: (email) => adobe.issueOneTimeCode(email),
    },
  }
}
