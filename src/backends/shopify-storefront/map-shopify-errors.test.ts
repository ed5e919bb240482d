import { CombinedError } from '@urql/core'
import { describe, expect, it } from 'vitest'
import { graphQLFailure } from '../test-support/graphql-failure.js'
import { shopifyOperationError, shopifyUserErrorsToError } from './map-shopify-errors.js'

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
