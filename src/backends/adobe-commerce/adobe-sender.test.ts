import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackendContext } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import { createEmulator, type Emulator } from '../../testing/index.js'
import { defined } from '../../testing/test-support/defined.js'
import { rejectionOf } from '../../testing/test-support/rejection-of.js'
import { createGraphQLClient } from '../create-graphql-client.js'
import { ChangeCustomerPassword } from './account-documents.js'
import { adobeSend } from './adobe-sender.js'
import { CustomerQuery } from './customer-query.js'
import { GenerateCustomerToken, RevokeCustomerToken } from './token-documents.js'

// The error mapping is a chunk of its own, loaded on the first error the API explains. These
// tests inject its loader to see when it is asked for, and what a page that cannot load it
// (offline, or a deploy replaced the chunk) reports.

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
const loadFailure = new TypeError('Failed to fetch dynamically imported module')

let emulator: Emulator
let ctx: BackendContext
let loadErrorMapping: ReturnType<typeof vi.fn<() => Promise<never>>>
let send: ReturnType<typeof adobeSend>

beforeEach(async () => {
  emulator = createEmulator()
  const url = `${await emulator.listen()}${emulator.adobeCommercePath}`
  loadErrorMapping = vi.fn(() => Promise.reject(loadFailure))
  send = adobeSend(url, {}, undefined, () => emulator.clock.now(), loadErrorMapping)
  ctx = { client: createGraphQLClient(url) }
})

afterEach(async () => {
  await emulator.close()
})

const signIn = (password: string) =>
  send(
    'mutation',
    GenerateCustomerToken,
    { email: ada.email, password },
    'generateCustomerToken',
    ctx,
  )

const failure = (call: Promise<unknown>) => rejectionOf(call, CustomerAuthError)

describe('adobeSend', () => {
  it('signs in, reads the customer and signs out without loading the error mapping', async () => {
    const { data } = await signIn(ada.password)
    const token = defined(data.generateCustomerToken?.token)
    await send('query', CustomerQuery, {}, 'customer', ctx, token)
    await send('mutation', RevokeCustomerToken, {}, 'revokeCustomerToken', ctx, token)
    expect(loadErrorMapping).not.toHaveBeenCalled()
  })

  it('reports GraphQL errors it cannot explain, as the mapping fails to load, as a retryable NETWORK error', async () => {
    const error = await failure(signIn('wrong'))
    expect(error).toMatchObject({ code: 'NETWORK', source: 'network', retryable: true })
    expect(error.cause).toBe(loadFailure)
    expect(loadErrorMapping).toHaveBeenCalledTimes(1)
  })

  it('still ends a session whose token was revoked, as the mapping fails to load (TOKEN_INVALID)', async () => {
    const { data } = await signIn(ada.password)
    const token = defined(data.generateCustomerToken?.token)
    await send('mutation', RevokeCustomerToken, {}, 'revokeCustomerToken', ctx, token)

    const error = await failure(send('query', CustomerQuery, {}, 'customer', ctx, token))

    expect(error).toMatchObject({ code: 'TOKEN_INVALID', source: 'adobe-commerce', status: 401 })
    expect(error.retryable).toBe(false)
    expect(error.graphQLErrors[0]?.extensions).toMatchObject({ category: 'graphql-authentication' })
    expect(error.cause).toMatchObject({ code: 'NETWORK', cause: loadFailure })
    expect(loadErrorMapping).toHaveBeenCalledTimes(1)
  })

  it('still ends a session whose token expired, as the mapping fails to load (TOKEN_INVALID)', async () => {
    const { data } = await signIn(ada.password)
    const token = defined(data.generateCustomerToken?.token)
    emulator.clock.advance(24 * 60 * 60 * 1000)

    expect(await failure(send('query', CustomerQuery, {}, 'customer', ctx, token))).toMatchObject({
      code: 'TOKEN_INVALID',
      status: 401,
    })
  })

  it("keeps the session on a wrong current password, as the mapping fails to load (a resolver's 401 is not about the token)", async () => {
    const { data } = await signIn(ada.password)
    const token = defined(data.generateCustomerToken?.token)

    const error = await failure(
      send(
        'mutation',
        ChangeCustomerPassword,
        { currentPassword: 'wrong', newPassword: 'Another-Password-1' },
        'changeCustomerPassword',
        ctx,
        token,
      ),
    )

    expect(error).toMatchObject({ code: 'NETWORK', cause: loadFailure })
  })

  it('explains a 503, a 429 and a dropped connection without the mapping', async () => {
    emulator.faults.add({ kind: 'status', status: 503, field: 'generateCustomerToken' })
    expect(await failure(signIn(ada.password))).toMatchObject({
      code: 'SERVER',
      source: 'adobe-commerce',
      retryable: true,
      status: 503,
    })
    emulator.faults.add({ kind: 'status', status: 429, field: 'generateCustomerToken' })
    expect(await failure(signIn(ada.password))).toMatchObject({
      code: 'THROTTLED',
      source: 'adobe-commerce',
      retryable: true,
      status: 429,
    })
    emulator.faults.add({ kind: 'drop', field: 'generateCustomerToken' })
    expect(await failure(signIn(ada.password))).toMatchObject({
      code: 'NETWORK',
      source: 'network',
      retryable: true,
    })
    expect(loadErrorMapping).not.toHaveBeenCalled()
  })
})
