import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CombinedError } from '@urql/core'
import { afterEach, describe, expect, it } from 'vitest'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import { graphQLFailure } from '../test-support/graphql-failure.js'
import {
  shopifyOperationError,
  shopifyUserErrorsToError,
  type ShopifyOperation,
} from './map-shopify-errors.js'
import { shopifyStorefront } from './shopify-storefront.js'

// Shapes the emulator does not produce, taken from Shopify's documented error extensions.

describe('shopifyOperationError', () => {
  it('maps the THROTTLED extension code to THROTTLED, retryable', () => {
    const error = shopifyOperationError(
      graphQLFailure([{ message: 'Throttled', extensions: { code: 'THROTTLED' } }]),
      'customer',
      undefined,
    )
    expect(error).toMatchObject({ code: 'THROTTLED', retryable: true })
  })

  it('maps INTERNAL_SERVER_ERROR to SERVER, retryable', () => {
    const error = shopifyOperationError(
      graphQLFailure([
        { message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]),
      'customerAccessTokenRenew',
      null,
    )
    expect(error).toMatchObject({ code: 'SERVER', retryable: true })
  })

  it('does not take a code-less error of an operation Shopify does not throttle for a limit', () => {
    const error = shopifyOperationError(
      graphQLFailure([{ message: 'Something odd', path: ['customerReset'] }]),
      'customerReset',
      null,
    )
    expect(error).toMatchObject({ code: 'SERVER', retryable: false })
  })

  it("maps Shopify's password-recovery limit (code-less, on the mutation's path) to THROTTLED", () => {
    const error = shopifyOperationError(
      graphQLFailure([
        {
          message: 'Resetting password limit exceeded. Please try again later.',
          path: ['customerRecover'],
        },
      ]),
      'customerRecover',
      null,
    )
    expect(error).toMatchObject({ code: 'THROTTLED', retryable: true })
  })

  it('does not take a code-less error beside a returned payload for the login limit', () => {
    const error = shopifyOperationError(
      graphQLFailure([{ message: 'Something odd', path: ['customerAccessTokenCreate'] }]),
      'customerAccessTokenCreate',
      { customerAccessToken: null, customerUserErrors: [] },
    )
    expect(error.code).toBe('SERVER')
  })

  it('maps HTTP 429 to THROTTLED', () => {
    const error = shopifyOperationError(
      new CombinedError({
        networkError: new Error('Too Many Requests'),
        response: new Response(null, { status: 429 }),
      }),
      'customerAccessTokenCreate',
      undefined,
    )
    expect(error).toMatchObject({ code: 'THROTTLED', status: 429, retryable: true })
  })
})

describe('shopifyUserErrorsToError', () => {
  it('keys field errors by the last path segment and our input names', () => {
    const error = shopifyUserErrorsToError(
      [
        { code: 'TOO_SHORT', field: ['customer', 'password'], message: 'Password is too short' },
        { code: 'TOKEN_INVALID', field: ['id'], message: 'Invalid' },
        { code: 'BLANK', field: ['input'], message: 'Input is blank' },
      ],
      'customerReset',
    )
    expect(error.code).toBe('TOKEN_INVALID')
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['customerId', 'password'])
    expect(error.userErrors).toHaveLength(3)
  })

  it('maps renew’s code-less userErrors to TOKEN_INVALID', () => {
    const error = shopifyUserErrorsToError(
      [{ field: ['customerAccessToken'], message: 'Access token does not exist' }],
      'customerAccessTokenRenew',
    )
    expect(error.code).toBe('TOKEN_INVALID')
  })

  it('maps an unknown future CustomerErrorCode to SERVER rather than guessing', () => {
    const error = shopifyUserErrorsToError(
      [{ code: 'SOMETHING_NEW', field: null, message: 'New' }],
      'customerAccessTokenCreate',
    )
    expect(error).toMatchObject({ code: 'SERVER', retryable: false })
  })
})

/** Shopify's ACCESS_DENIED answer (recorded live for a second customerAccessTokenDelete). */
const accessDenied = (field: string, scope: string) => ({
  message: `Access denied for ${field} field. Required access: \`${scope}\` access scope.`,
  path: [field],
  extensions: { code: 'ACCESS_DENIED', requiredAccess: `\`${scope}\` access scope.` },
})

describe('ACCESS_DENIED', () => {
  it.each<ShopifyOperation>([
    'customerAccessTokenRenew',
    'customerAccessTokenDelete',
    'customerUpdate',
  ])('means a dead customer token on %s, which takes one', (operation) => {
    const error = shopifyOperationError(
      graphQLFailure([accessDenied(operation, 'unauthenticated_write_customers')]),
      operation,
      null,
    )
    expect(error).toMatchObject({ code: 'TOKEN_INVALID', retryable: false })
  })

  it.each<ShopifyOperation>([
    'customer',
    'customerAccessTokenCreate',
    'customerAccessTokenCreateWithMultipass',
    'customerCreate',
    'customerRecover',
    'customerResetByUrl',
  ])('means a storefront token without the customer scopes on %s (CONFIGURATION)', (operation) => {
    const error = shopifyOperationError(
      graphQLFailure([accessDenied(operation, 'unauthenticated_read_customers')]),
      operation,
      null,
    )
    expect(error).toMatchObject({ code: 'CONFIGURATION', retryable: false })
  })

  describe('from a shop whose storefront token lacks the customer scopes', () => {
    let server: Server
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())))

    // The emulator has no scope model: a local stub answers every request with ACCESS_DENIED.
    async function shopWithoutScopes() {
      server = createServer((request, response) => {
        let body = ''
        request
          .on('data', (chunk: Buffer) => (body += chunk.toString()))
          .on('end', () => {
            const field = body.includes('customerAccessTokenCreate')
              ? 'customerAccessTokenCreate'
              : 'customer'
            const scope =
              field === 'customer'
                ? 'unauthenticated_read_customers'
                : 'unauthenticated_write_customers'
            response.writeHead(200, { 'content-type': 'application/json' })
            response.end(
              JSON.stringify({ data: { [field]: null }, errors: [accessDenied(field, scope)] }),
            )
          })
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
      const { port } = server.address() as AddressInfo
      return shopifyStorefront({
        endpoint: `http://127.0.0.1:${port}/api/2026-04/graphql.json`,
        publicAccessToken: 'no-customer-scopes',
      })
    }

    it('reports reading the customer as a setup problem, not as a signed-out customer', async () => {
      const backend = await shopWithoutScopes()
      const outcome = await backend
        .fetchCustomer('a-valid-customer-token', { client: backend.createClient() })
        .then(
          (customer) => customer,
          (error: unknown) => error,
        )
      expect(outcome).toBeInstanceOf(CustomerAuthError)
      expect(outcome).toMatchObject({ code: 'CONFIGURATION', source: 'shopify' })
    })

    it('reports signing in as CONFIGURATION', async () => {
      const backend = await shopWithoutScopes()
      const outcome = await backend
        .login(
          { email: 'ada@example.com', password: 'analytical-engine' },
          { client: backend.createClient() },
        )
        .catch((error: unknown) => error)
      expect(outcome).toMatchObject({ code: 'CONFIGURATION', source: 'shopify' })
    })
  })
})
