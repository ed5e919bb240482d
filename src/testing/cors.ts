/**
 * CORS for the emulator: a page served from another localhost port (Storybook, a Vite app) calls
 * the emulator directly. Only loopback origins are reflected: the emulator is a local test double
 * and should not become reachable from arbitrary sites a developer visits.
 */
const allowedHeaders = [
  'Accept',
  'Authorization',
  'Content-Type',
  'Store',
  'X-Shopify-Storefront-Access-Token',
  'Shopify-Storefront-Private-Token',
  'Shopify-Storefront-Buyer-IP',
  'X-Shopify-Access-Token',
  'X-SDK-Variant',
  'X-SDK-Version',
  'X-SDK-Variant-Source',
]

export function isLoopbackOrigin(origin: string): boolean {
  try {
    const { hostname, protocol } = new URL(origin)
    if (protocol !== 'http:' && protocol !== 'https:') return false
    return (
      hostname === 'localhost' ||
      hostname.endsWith('.localhost') ||
      hostname === '[::1]' ||
      /^127(?:\.\d{1,3}){3}$/.test(hostname)
    )
  } catch {
    return false
  }
}

/** Headers to add to every emulator response for this request. */
export function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('origin')
  if (origin === null || !isLoopbackOrigin(origin)) return { Vary: 'Origin' }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers':
      'Content-Type, X-Shopify-API-Version, X-Shopify-API-Version-Warning',
    Vary: 'Origin',
  }
}

/** The answer to an `OPTIONS` preflight. */
export function preflightResponse(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(request),
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': allowedHeaders.join(', '),
      'Access-Control-Max-Age': '600',
    },
  })
}

/** Copies a response with the CORS headers added. */
export function withCors(request: Request, response: Response): Response {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(corsHeaders(request))) headers.set(name, value)
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}
