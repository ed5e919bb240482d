import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CombinedError } from '@urql/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { createEmulator, type Emulator } from '../testing/index.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'
import { adobeCommerce } from './adobe-commerce/adobe-commerce.js'
import { shopifyStorefront } from './shopify-storefront/shopify-storefront.js'

const password = 'correct-horse "battery"'

/** Everything an error exposes: message, stack, fields, and the cause chain's messages. */
function exposed(error: CustomerAuthError): string {
  const causes: unknown[] = []
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause)
    causes.push(cause.message, cause.stack, cause instanceof CombinedError && cause.graphQLErrors)
  return JSON.stringify({ ...error, message: error.message, stack: error.stack, causes })
}

let emulator: Emulator
let url: string

beforeEach(async () => {
  emulator = createEmulator()
  url = await emulator.listen()
})

afterEach(async () => {
  await emulator.close()
})

describe('secrets in the errors of refused requests', () => {
  it('redacts the password graphql-js writes into its message when the sign-in input is incomplete (Shopify)', async () => {
    const backend = shopifyStorefront({
      endpoint: url + emulator.storefrontPath,
      publicAccessToken: emulator.storefrontAccessToken,
    })
    const error = await rejectionOf(
      backend.login(
        { email: undefined as unknown as string, password },
        {
          client: backend.createClient(),
        },
      ),
      CustomerAuthError,
    )
    expect(error.message).toContain('password: "[redacted]"')
    expect(error.graphQLErrors[0]?.message).toContain('[redacted]')
    expect(exposed(error)).not.toContain('correct-horse')
    expect(error.cause).toBeUndefined()
  })

  it('redacts a short password where it is echoed, quoted', async () => {
    const backend = shopifyStorefront({
      endpoint: url + emulator.storefrontPath,
      publicAccessToken: emulator.storefrontAccessToken,
    })
    const error = await rejectionOf(
      backend.login(
        { email: undefined as unknown as string, password: 'is' },
        { client: backend.createClient() },
      ),
      CustomerAuthError,
    )
    expect(error.message).toContain('password: "[redacted]"')
    expect(error.message).not.toContain('"is"')
  })

  it.each([1234, -1.5])(
    'redacts a short numeric password sent as a number (%j), echoed unquoted',
    async (number) => {
      const backend = shopifyStorefront({
        endpoint: url + emulator.storefrontPath,
        publicAccessToken: emulator.storefrontAccessToken,
      })
      const error = await rejectionOf(
        backend.login(
          { email: 'ada@example.com', password: number as unknown as string },
          { client: backend.createClient() },
        ),
        CustomerAuthError,
      )
      expect(exposed(error)).not.toContain(String(number))
    },
  )

  it.each(['is', 'too'])(
    "keeps Shopify's explanation readable when the refused short password %j is one of its words",
    async (short) => {
      const backend = shopifyStorefront({
        endpoint: url + emulator.storefrontPath,
        publicAccessToken: emulator.storefrontAccessToken,
      })
      const error = await rejectionOf(
        backend.register(
          { email: 'lin@example.com', password: short },
          { client: backend.createClient() },
        ),
        CustomerAuthError,
      )
      expect(error.fieldErrors['password']?.[0]?.message).toBe(
        'Password is too short (minimum is 5 characters)',
      )
    },
  )

  it.each(['at', 'the'])(
    "keeps Adobe Commerce's explanation readable when the refused short password %j is one of its words",
    async (short) => {
      const backend = adobeCommerce({ endpoint: url + emulator.adobeCommercePath })
      const error = await rejectionOf(
        backend.register(
          { email: 'lin@example.com', password: short, firstName: 'Lin', lastName: 'Yu' },
          { client: backend.createClient() },
        ),
        CustomerAuthError,
      )
      expect(error.code).toBe('VALIDATION')
      expect(error.message).not.toContain('[redacted]')
    },
  )

  it('redacts a password of the wrong type (Adobe Commerce)', async () => {
    const backend = adobeCommerce({ endpoint: url + emulator.adobeCommercePath })
    const error = await rejectionOf(
      backend.login(
        { email: 'ada@example.com', password: 73_915_284 as unknown as string },
        {
          client: backend.createClient(),
        },
      ),
      CustomerAuthError,
    )
    expect(error.message).toContain('[redacted]')
    expect(exposed(error)).not.toContain('73915284')
  })

  it("keeps the API's explanation readable when a short refused password is found inside its words", async () => {
    const backend = shopifyStorefront({
      endpoint: url + emulator.storefrontPath,
      publicAccessToken: emulator.storefrontAccessToken,
    })
    const error = await rejectionOf(
      backend.register(
        { email: 'lin@example.com', password: 'e' },
        { client: backend.createClient() },
      ),
      CustomerAuthError,
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.fieldErrors['password']?.[0]?.message).toMatch(/characters/)
    expect(error.fieldErrors['password']?.[0]?.message).not.toContain('[redacted]')
  })

  it('keeps an error that carries no secret as it was, cause included', async () => {
    const backend = adobeCommerce({ endpoint: url + emulator.adobeCommercePath })
    const error = await rejectionOf(
      backend.login(
        { email: 'ada@example.com', password: 'not-the-engine' },
        {
          client: backend.createClient(),
        },
      ),
      CustomerAuthError,
    )
    expect(error.code).toBe('INVALID_CREDENTIALS')
    expect(error.cause).toBeInstanceOf(CombinedError)
    expect(error.message).not.toContain('[redacted]')
  })
})

describe('secrets in graphql-ruby style errors (extensions.value, extensions.problems)', () => {
  let server: Server
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('drops the echoed input and redacts the password from the problems', async () => {
    // The shape graphql-ruby gives a variable that fails coercion: the whole variable's value
    // under `extensions.value`, what is wrong with it under `extensions.problems`.
    server = createServer((request, response) => {
      request.resume().on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(
          JSON.stringify({
            errors: [
              {
                message:
                  'Variable $input of type CustomerAccessTokenCreateInput! was provided invalid value for email (Expected value to not be null)',
                locations: [{ line: 1, column: 32 }],
                extensions: {
                  value: { username: 'ada@example.com', password },
                  problems: [
                    { path: ['email'], explanation: 'Expected value to not be null' },
                    {
                      path: ['username'],
                      explanation: `Field is not defined on input, next to ${JSON.stringify(password)}`,
                    },
                  ],
                },
              },
            ],
          }),
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    const { port } = server.address() as AddressInfo
    const backend = shopifyStorefront({
      endpoint: `http://127.0.0.1:${port}/api/2026-04/graphql.json`,
      publicAccessToken: 'public-token',
    })

    const error = await rejectionOf(
      backend.login(
        { email: undefined as unknown as string, password },
        {
          client: backend.createClient(),
        },
      ),
      CustomerAuthError,
    )

    expect(exposed(error)).not.toContain('correct-horse')
    expect(error.graphQLErrors[0]?.extensions).toEqual({
      problems: [
        { path: ['email'], explanation: 'Expected value to not be null' },
        { path: ['username'], explanation: 'Field is not defined on input, next to "[redacted]"' },
      ],
    })
  })
})
