import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'
import { adobeCommerce } from './adobe-commerce/adobe-commerce.js'
import { shopifyStorefront } from './shopify-storefront/shopify-storefront.js'

let server: Server
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A local stand-in for a shop (or the proxy in front of it) that answers every request so. */
async function answering(status: number, contentType: string, body: string): Promise<string> {
  server = createServer((request, response) => {
    request.resume().on('end', () => {
      response.writeHead(status, { 'content-type': contentType })
      response.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const ada = { email: 'ada@example.com', password: 'analytical-engine' }

describe('a refusal whose body is not a GraphQL response', () => {
  it('reports Shopify’s HTTP 401 for an unknown storefront token ({"errors": "…"}) as CONFIGURATION', async () => {
    // Shopify answers a storefront token it does not know with `errors` as a plain string.
    const url = await answering(
      401,
      'application/json',
      JSON.stringify({
        errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
      }),
    )
    const backend = shopifyStorefront({
      endpoint: `${url}/api/2026-04/graphql.json`,
      publicAccessToken: 'a-rotated-token',
    })
    const error = await rejectionOf(
      backend.login(ada, { client: backend.createClient() }),
      CustomerAuthError,
    )
    expect(error).toMatchObject({
      code: 'CONFIGURATION',
      source: 'shopify',
      status: 401,
      retryable: false,
    })
  })

  it('reports an HTML 403 page in front of Adobe Commerce as CONFIGURATION', async () => {
    const url = await answering(403, 'text/html', '<html><body>Forbidden</body></html>')
    const backend = adobeCommerce({ endpoint: `${url}/graphql` })
    const error = await rejectionOf(
      backend.fetchCustomer('a-customer-token', { client: backend.createClient() }),
      CustomerAuthError,
    )
    expect(error).toMatchObject({
      code: 'CONFIGURATION',
      source: 'adobe-commerce',
      status: 403,
      retryable: false,
    })
  })

  it('keeps another unreadable 4xx a SERVER error that is not retried', async () => {
    const url = await answering(400, 'text/html', '<html><body>Bad request</body></html>')
    const backend = shopifyStorefront({
      endpoint: `${url}/api/2026-04/graphql.json`,
      publicAccessToken: 'public-token',
    })
    const error = await rejectionOf(
      backend.login(ada, { client: backend.createClient() }),
      CustomerAuthError,
    )
    expect(error).toMatchObject({ code: 'SERVER', status: 400, retryable: false })
  })
})
