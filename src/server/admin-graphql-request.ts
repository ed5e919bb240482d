import { AdminApiError, type AdminGraphQLError } from './admin-api-error.js'
import type { ResolvedAdminApiTarget } from './admin-api-target.js'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function toGraphQLErrors(errors: unknown): AdminGraphQLError[] {
  // Shopify sends `errors` as an array of GraphQL errors, but as a plain string on some refusals.
  if (typeof errors === 'string') return [{ message: errors }]
  if (!Array.isArray(errors)) return []
  return errors.map((error): AdminGraphQLError => {
    if (!isRecord(error)) return { message: String(error) }
    const message = typeof error.message === 'string' ? error.message : 'Unknown GraphQL error'
    return isRecord(error.extensions) ? { message, extensions: error.extensions } : { message }
  })
}

/**
 * POSTs one GraphQL document to the Admin API and returns `data`. The token travels only in the
 * `X-Shopify-Access-Token` header; it is never part of the URL or of an error message.
 */
export async function adminGraphQLRequest(
  target: ResolvedAdminApiTarget,
  query: string,
  variables: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const where = `the Admin API at ${target.url.origin}`
  let response: Response
  try {
    response = await target.fetch(target.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-Shopify-Access-Token': target.adminAccessToken,
      },
      body: JSON.stringify({ query, variables }),
      signal: target.signal,
    })
  } catch (cause) {
    throw new AdminApiError('NETWORK', `Could not reach ${where}.`, { cause })
  }

  let body: unknown
  let bodyError: unknown
  try {
    body = await response.json()
  } catch (cause) {
    bodyError = cause
  }
  const graphQLErrors = isRecord(body) ? toGraphQLErrors(body.errors) : []
  const status = response.status

  if (status === 401)
    throw new AdminApiError('UNAUTHORIZED', `${where} refused the access token (401).`, {
      status,
      graphQLErrors,
    })
  if (status === 403)
    throw new AdminApiError('FORBIDDEN', `${where} denied access (403): check the app's scopes.`, {
      status,
      graphQLErrors,
    })
  if (status === 429)
    throw new AdminApiError('THROTTLED', `${where} is rate limiting requests (429).`, {
      status,
      graphQLErrors,
    })
  if (!response.ok)
    throw new AdminApiError('HTTP', `${where} answered HTTP ${status}.`, { status, graphQLErrors })
  if (!isRecord(body))
    throw new AdminApiError('HTTP', `${where} answered a body that is not a GraphQL response.`, {
      status,
      cause: bodyError,
    })

  if (graphQLErrors.length > 0) {
    const codes = graphQLErrors.map((error) => error.extensions?.code)
    if (codes.includes('THROTTLED'))
      throw new AdminApiError('THROTTLED', `${where} is rate limiting requests.`, {
        status,
        graphQLErrors,
      })
    if (codes.includes('ACCESS_DENIED'))
      throw new AdminApiError('FORBIDDEN', `${where} denied access: ${graphQLErrors[0]?.message}`, {
        status,
        graphQLErrors,
      })
    throw new AdminApiError('GRAPHQL', `${where} answered: ${graphQLErrors[0]?.message}`, {
      status,
      graphQLErrors,
    })
  }
  if (!isRecord(body.data))
    throw new AdminApiError('HTTP', `${where} answered without data.`, { status })
  return body.data
}
