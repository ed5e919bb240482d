import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { AdminApiError } from './admin-api-error.js'
import { listStorefrontAccessTokens } from './list-storefront-access-tokens.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

const servers: Array<{ close(): void; closeAllConnections(): void }> = []
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

// A local server that answers the way Shopify answers when things go wrong.
async function endpointAnswering(handler: Handler): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return `http://127.0.0.1:${port}/admin/api/2026-04/graphql.json`
}

function json(status: number, body: unknown): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(body))
  }
}

async function errorFrom(handler: Handler): Promise<AdminApiError> {
  const endpoint = await endpointAnswering(handler)
  const error = await rejectionOf(
    listStorefrontAccessTokens({ endpoint, adminAccessToken: 'shpat_secret' }),
    AdminApiError,
  )
  expect(error.message).not.toContain('shpat_secret')
  return error
}

describe('Admin API failures', () => {
  it('reports a refused access token (401) as UNAUTHORIZED', async () => {
    const error = await errorFrom(
      json(401, {
        errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
      }),
    )
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401, retryable: false })
  })

  it('reports a missing scope (403, or a GraphQL ACCESS_DENIED) as FORBIDDEN', async () => {
    expect((await errorFrom(json(403, { errors: 'Forbidden' }))).code).toBe('FORBIDDEN')
    const denied = await errorFrom(
      json(200, {
        errors: [{ message: 'Access denied', extensions: { code: 'ACCESS_DENIED' } }],
      }),
    )
    expect(denied.code).toBe('FORBIDDEN')
    expect(denied.graphQLErrors[0]?.extensions).toEqual({ code: 'ACCESS_DENIED' })
  })

  it('reports rate limiting (429, or a GraphQL THROTTLED) as a retryable THROTTLED', async () => {
    expect(await errorFrom(json(429, { errors: 'Exceeded 2 calls per second' }))).toMatchObject({
      code: 'THROTTLED',
      retryable: true,
    })
    expect(
      await errorFrom(
        json(200, { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }] }),
      ),
    ).toMatchObject({ code: 'THROTTLED', retryable: true })
  })

  it('reports a 5xx as a retryable HTTP error with its status', async () => {
    expect(await errorFrom(json(502, { errors: 'Bad gateway' }))).toMatchObject({
      code: 'HTTP',
      status: 502,
      retryable: true,
    })
  })

  it('reports a body that is not JSON as an HTTP error', async () => {
    const error = await errorFrom((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end('{"data": {"shop"')
    })
    expect(error).toMatchObject({ code: 'HTTP', status: 200 })
  })

  it('reports other GraphQL errors as GRAPHQL, keeping them for debugging', async () => {
    const error = await errorFrom(
      json(200, { errors: [{ message: "Field 'nope' doesn't exist on type 'Shop'" }] }),
    )
    expect(error.code).toBe('GRAPHQL')
    expect(error.graphQLErrors).toHaveLength(1)
  })

  it('reports a dropped connection as a retryable NETWORK error', async () => {
    const error = await errorFrom((request) => {
      request.socket.destroy()
    })
    expect(error).toMatchObject({ code: 'NETWORK', retryable: true, status: undefined })
  })
})
