import type { ParseRequestParams, RequestParams, Response as RawResponse } from 'graphql-http'

/**
 * How each emulated API reads a GraphQL request: graphql-http's own parser where the vendor
 * behaves as the GraphQL-over-HTTP spec says, and the vendor's own rules where it does not. Every
 * refusal carries a JSON body that says what the endpoint accepts (graphql-http's own 405 and 415
 * have none).
 *
 * A reader returns the request's parameters, a refusal, or `undefined` to leave the request to
 * graphql-http's parser (and must then leave the body unread).
 */
export type GraphQLRequestReader = (
  request: Request,
) => Promise<RequestParams | RawResponse | undefined>

/** The reader as graphql-http's `parseRequestParams` hook, for a `graphql-http/lib/use/fetch` handler. */
export function asParseRequestParams<RequestContext>(
  reader: GraphQLRequestReader,
): ParseRequestParams<Request, RequestContext> {
  return (req) => reader(req.raw)
}

function refusal(
  status: number,
  statusText: string,
  body: unknown,
  headers: Record<string, string> = {},
): RawResponse {
  return [
    JSON.stringify(body),
    {
      status,
      statusText,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    },
  ]
}

/** `application/json; charset=UTF-8` → `['application/json', 'utf-8']`; no charset → ''. */
function contentTypeOf(request: Request): [mediaType: string, charset: string] {
  const [mediaType = '', ...parameters] = (request.headers.get('content-type') ?? '')
    .toLowerCase()
    .split(';')
    .map((part) => part.trim())
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))
  return [mediaType, charset?.slice('charset='.length).replace(/"/g, '') ?? '']
}

const shopifyContentTypes = ['application/json', 'application/graphql']

/**
 * Shopify's Storefront and Admin GraphQL endpoints take a POST with `application/json` (query,
 * variables, operationName) or `application/graphql` (the raw query as the body, which
 * hydrogen-react's `contentType: 'graphql'` sends), and GET with the query in the URL.
 */
export const readShopifyRequest: GraphQLRequestReader = async (request) => {
  if (request.method === 'GET') return undefined
  if (request.method !== 'POST')
    return refusal(
      405,
      'Method Not Allowed',
      { errors: [{ message: `Method ${request.method} not allowed: send POST (or GET).` }] },
      { allow: 'GET, POST' },
    )
  const [mediaType, charset] = contentTypeOf(request)
  const utf8 = charset === '' || charset === 'utf-8' || charset === 'utf8'
  if (mediaType === 'application/json' && utf8) return undefined
  if (mediaType === 'application/graphql' && utf8) return { query: await request.text() }
  const sent = request.headers.get('content-type')
  return refusal(415, 'Unsupported Media Type', {
    errors: [
      {
        message:
          `Unsupported Content-Type ${sent === null ? '(none)' : JSON.stringify(sent)}: ` +
          `send ${shopifyContentTypes.join(' or ')} (UTF-8).`,
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', accepts: shopifyContentTypes },
      },
    ],
  })
}

/**
 * Magento's GraphQl controller: a POST body is read as JSON whatever its content type (a body that
 * is not JSON is HTTP 400 "Unable to parse the request."), then the `ContentTypeValidator` refuses
 * a POST whose Content-Type does not contain `application/json` with HTTP 415. GET carries the
 * query in the URL.
 */
export const readMagentoRequest: GraphQLRequestReader = async (request) => {
  if (request.method !== 'POST') return undefined
  const body = await request.text()
  let data: Record<string, unknown> = {}
  if (body !== '') {
    try {
      const parsed: unknown = JSON.parse(body)
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        data = parsed as Record<string, unknown>
    } catch {
      return refusal(400, 'Bad Request', {
        errors: [
          {
            message: 'Syntax Error: Unable to parse the request.',
            locations: [{ line: 1, column: 1 }],
          },
        ],
      })
    }
  }
  if (!(request.headers.get('content-type') ?? '').includes('application/json'))
    return refusal(415, 'Unsupported Media Type', {
      errors: [{ message: 'Request content type must be application/json' }],
    })
  const { query, variables, operationName } = data
  return {
    query: typeof query === 'string' ? query : '',
    ...(typeof variables === 'object' && variables !== null && !Array.isArray(variables)
      ? { variables: variables as Record<string, unknown> }
      : {}),
    ...(typeof operationName === 'string' ? { operationName } : {}),
  }
}
