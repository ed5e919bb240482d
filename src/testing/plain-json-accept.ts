/**
 * Shopify and Magento answer every GraphQL result, validation errors included, as
 * `application/json`, whatever the client's `Accept` says: Shopify with HTTP 200, Magento with
 * 200 unless an error's category says 401 or 403. graphql-http follows the GraphQL-over-HTTP
 * spec instead: clients that accept `application/graphql-response+json` (urql does) get 400 for
 * validation errors, and a client that accepts neither gets an empty 406. Asking it for plain JSON
 * gives the vendors' behaviour without touching its request parsing.
 */
export function acceptingPlainJson(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.set('accept', 'application/json')
  return new Request(request, { headers })
}
