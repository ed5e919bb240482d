import { createRequest } from '@urql/core'
import type { CustomerAuth } from '../core/customer-auth.js'
import type { CustomerOperationInfo, GraphQLResultLike } from '../core/customer-credential.js'
import { customerRequests, type CustomerClientOptions } from './customer-request.js'
import { operationInfo } from './operation-info.js'

/** The options of `createCustomerFetch`. */
export interface CustomerFetchOptions extends CustomerClientOptions {
  /** The fetch to send with. Default: the global `fetch`, looked up per request. */
  readonly fetch?: typeof fetch
}

/** A GraphQL-over-HTTP POST body as clients send it. */
interface GraphQLBody {
  readonly query: string
  readonly variables?: Record<string, unknown>
  readonly operationName?: string | null
}

function graphQLBody(body: unknown): GraphQLBody | null {
  if (typeof body !== 'string') return null
  try {
    const parsed: unknown = JSON.parse(body)
    return parsed && typeof parsed === 'object' && typeof (parsed as GraphQLBody).query === 'string'
      ? (parsed as GraphQLBody)
      : null
  } catch {
    return null
  }
}

/** The answer's JSON body, read from a copy so the caller still reads the original. */
async function resultOf(response: Response): Promise<GraphQLResultLike> {
  // Only a JSON answer is read ahead (application/json, application/graphql-response+json): a
  // streamed one (`@defer`'s multipart) reaches the caller as it arrives, untouched.
  if (!/\bjson\b/.test(response.headers.get('content-type') ?? ''))
    return { status: response.status }
  try {
    const body = (await response.clone().json()) as Omit<GraphQLResultLike, 'status'>
    return { data: body.data, errors: body.errors, status: response.status }
  } catch {
    // Not JSON (a proxy's error page): nothing the API said about the token.
    return { status: response.status }
  }
}

/**
 * A `fetch` for the app's own GraphQL client (Apollo's `HttpLink({ fetch })`,
 * graphql-request's `new GraphQLClient(url, { fetch })`, or called directly) that does what
 * `customerAuthExchange()` does for urql: a POST whose JSON body is an operation acting as the
 * customer gets the token where the backend takes it (the Bearer header on Adobe Commerce, the
 * `$customerAccessToken` variable on Shopify), a renew that is due runs first (once for all
 * requests), and an answer refusing the token ends the session in every tab before the caller
 * sees it. Every other request goes out untouched.
 */
export function createCustomerFetch(
  engine: CustomerAuth,
  options: CustomerFetchOptions = {},
): typeof fetch {
  const requests = customerRequests(engine, options, 'createCustomerFetch')
  const send: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init))
  const customerInfo = (body: GraphQLBody): CustomerOperationInfo | null => {
    // urql's parser (graphql.web), cached per document text: no graphql-js needed.
    const info = operationInfo(createRequest(body.query, undefined).query, body.operationName)
    return info && requests.needsCustomer(info) ? info : null
  }
  return async (input, init) => {
    const body = graphQLBody(init?.body)
    const info = body && customerInfo(body)
    const accessToken = info && (await engine.getAccessToken())
    if (!body || !info || !accessToken) return send(input, init)
    const { headers, variables } = requests.place(accessToken, body.variables)
    const merged = new Headers(init?.headers)
    for (const [name, value] of Object.entries(headers)) merged.set(name, value)
    const response = await send(input, {
      ...init,
      headers: merged,
      body: JSON.stringify({ ...body, variables }),
    })
    // The session ends before the caller sees the answer; a rule that failed to load (offline)
    // is no refusal.
    const reason = await Promise.resolve(
      requests.credential.refusal(await resultOf(response), info),
    ).catch(() => null)
    if (reason) engine.tokenRefused(accessToken, reason)
    return response
  }
}
