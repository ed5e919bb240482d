/**
 * Shopify answers every GraphQL result, validation errors included, as `application/json` with
 * HTTP 200. graphql-http follows the GraphQL-over-HTTP spec instead and answers clients that accept
 * `application/graphql-response+json` (urql does) with 400 for validation errors. Asking it for
 * plain JSON gives Shopify's behaviour without touching its request parsing.
 */
export function acceptingShopifyJson(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.set('accept', 'application/json')
  return new Request(request, { headers })
}
