import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { AdobeCommerceAdminError } from './adobe-commerce-admin-error.js'
import { requestLoginAsCustomerCode } from './request-login-as-customer-code.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'

interface Seen {
  readonly method: string | undefined
  readonly url: string | undefined
  readonly authorization: string | undefined
}

const servers: Array<{ close(): void; closeAllConnections(): void }> = []
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

// A local server answering the way Adobe Commerce's REST API does.
async function storeAnswering(status: number, body: string, seen: Seen[] = []): Promise<string> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    seen.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.authorization,
    })
    response.writeHead(status, { 'Content-Type': 'application/json' })
    response.end(body)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const errorOf = (promise: Promise<unknown>) => rejectionOf(promise, AdobeCommerceAdminError)

describe('requestLoginAsCustomerCode', () => {
  it('posts to /rest/V1/customer/{id}/otp with the admin token as a Bearer header', async () => {
    const seen: Seen[] = []
    const baseUrl = await storeAnswering(200, '{"otp":"0123456789abcdef0123456789abcdef"}', seen)
    const code = await requestLoginAsCustomerCode({
      baseUrl,
      adminToken: 'admin-secret',
      customerId: 42,
    })
    expect(code).toBe('0123456789abcdef0123456789abcdef')
    expect(seen).toEqual([
      { method: 'POST', url: '/rest/V1/customer/42/otp', authorization: 'Bearer admin-secret' },
    ])
  })

  it('keeps a path prefix of the base URL', async () => {
    const seen: Seen[] = []
    const baseUrl = await storeAnswering(200, '"code-as-a-json-string"', seen)
    const code = await requestLoginAsCustomerCode({
      baseUrl: `${baseUrl}/magento/`,
      adminToken: 'admin-secret',
      customerId: '7',
    })
    expect(code).toBe('code-as-a-json-string')
    expect(seen[0]?.url).toBe('/magento/rest/V1/customer/7/otp')
  })

  it('reports a refused admin token as UNAUTHORIZED with Magento’s message kept aside', async () => {
    const baseUrl = await storeAnswering(
      401,
      '{"message":"The consumer isn\'t authorized to access %resources.","parameters":{"resources":"Magento_LoginAsCustomer::login"}}',
    )
    const error = await errorOf(
      requestLoginAsCustomerCode({ baseUrl, adminToken: 'admin-secret', customerId: 1 }),
    )
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401 })
    expect(error.serverMessage).toMatch(/isn't authorized/)
    expect(error.message).not.toContain('admin-secret')
  })

  it('reports an unknown customer (404) as CUSTOMER_NOT_FOUND', async () => {
    const baseUrl = await storeAnswering(404, '{"message":"No such entity with customerId = 999"}')
    const error = await errorOf(
      requestLoginAsCustomerCode({ baseUrl, adminToken: 'admin-secret', customerId: 999 }),
    )
    expect(error).toMatchObject({ code: 'CUSTOMER_NOT_FOUND', status: 404 })
  })

  it('reports other failures and answers without a code as HTTP', async () => {
    const failing = await storeAnswering(400, '{"message":"Login as Customer is disabled."}')
    expect(
      await errorOf(
        requestLoginAsCustomerCode({ baseUrl: failing, adminToken: 'a', customerId: 1 }),
      ),
    ).toMatchObject({ code: 'HTTP', status: 400, serverMessage: 'Login as Customer is disabled.' })
    const empty = await storeAnswering(200, '{}')
    expect(
      (
        await errorOf(
          requestLoginAsCustomerCode({ baseUrl: empty, adminToken: 'a', customerId: 1 }),
        )
      ).code,
    ).toBe('HTTP')
  })

  it('reports an unreachable store as NETWORK', async () => {
    const baseUrl = await storeAnswering(200, '{}')
    for (const server of servers.splice(0)) server.close()
    const error = await errorOf(
      requestLoginAsCustomerCode({ baseUrl, adminToken: 'a', customerId: 1 }),
    )
    expect(error.code).toBe('NETWORK')
  })

  it('refuses bad input before sending anything', async () => {
    const seen: Seen[] = []
    const baseUrl = await storeAnswering(200, '{"otp":"x"}', seen)
    const cases = [
      { baseUrl, adminToken: '', customerId: 1 },
      { baseUrl, adminToken: 'a', customerId: 0 },
      { baseUrl, adminToken: 'a', customerId: '12/../../admin' },
      { baseUrl: 'http://store.example.com', adminToken: 'a', customerId: 1 },
      { baseUrl: 'not a url', adminToken: 'a', customerId: 1 },
    ]
    for (const options of cases)
      expect((await errorOf(requestLoginAsCustomerCode(options))).code).toBe('INVALID_INPUT')
    expect(seen).toHaveLength(0)
  })
})
