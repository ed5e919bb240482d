import { CombinedError } from '@urql/core'
import { describe, expect, it } from 'vitest'
import { graphQLFailure } from '../test-support/graphql-failure.js'
import { adobeOperationError, MAGENTO_UNCONFIRMED_ACCOUNT_MESSAGE } from './map-adobe-errors.js'

// Shapes the emulator does not produce (older Magento releases, other modules, translations).

describe('adobeOperationError', () => {
  it('maps graphql-already-exists to VALIDATION with email TAKEN', () => {
    const error = adobeOperationError(
      graphQLFailure([
        {
          message:
            'A customer with the same email address already exists in an associated website.',
          path: ['createCustomerV2'],
          extensions: { category: 'graphql-already-exists' },
        },
      ]),
      'createCustomerV2',
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['email']?.[0]?.code).toBe('TAKEN')
  })

  it('maps graphql-no-such-entity to NOT_FOUND', () => {
    const error = adobeOperationError(
      graphQLFailure([
        {
          message: 'No such entity.',
          path: ['requestPasswordResetEmail'],
          extensions: { category: 'graphql-no-such-entity' },
        },
      ]),
      'requestPasswordResetEmail',
    )
    expect(error.code).toBe('NOT_FOUND')
  })

  it('maps graphql-authorization (a guest asking for the customer) to TOKEN_INVALID', () => {
    const error = adobeOperationError(
      graphQLFailure(
        [
          {
            message: "The current customer isn't authorized.",
            path: ['customer'],
            extensions: { category: 'graphql-authorization' },
          },
        ],
        403,
      ),
      'customer',
    )
    expect(error).toMatchObject({ code: 'TOKEN_INVALID', status: 403 })
  })

  it('falls back to INVALID_CREDENTIALS when a store view sends the unconfirmed message translated', () => {
    const original = adobeOperationError(
      graphQLFailure(
        [
          {
            message: MAGENTO_UNCONFIRMED_ACCOUNT_MESSAGE,
            path: ['generateCustomerToken'],
            extensions: { category: 'graphql-authentication' },
          },
        ],
        401,
      ),
      'generateCustomerToken',
    )
    expect(original.code).toBe('ACCOUNT_NOT_CONFIRMED')
    const translated = adobeOperationError(
      graphQLFailure(
        [
          {
            message: "Ce compte n'est pas confirmé.",
            path: ['generateCustomerToken'],
            extensions: { category: 'graphql-authentication' },
          },
        ],
        401,
      ),
      'generateCustomerToken',
    )
    expect(translated.code).toBe('INVALID_CREDENTIALS')
  })

  it('maps an error without a known category to SERVER, not retryable', () => {
    const error = adobeOperationError(
      graphQLFailure([
        {
          message: 'Internal server error',
          path: ['customer'],
          extensions: { category: 'internal' },
        },
      ]),
      'customer',
    )
    expect(error).toMatchObject({ code: 'SERVER', retryable: false })
  })

  it('maps HTTP 429 to THROTTLED, retryable', () => {
    const error = adobeOperationError(
      new CombinedError({
        networkError: new Error('Too Many Requests'),
        response: new Response(null, { status: 429 }),
      }),
      'generateCustomerToken',
    )
    expect(error).toMatchObject({ code: 'THROTTLED', retryable: true, status: 429 })
  })
})
