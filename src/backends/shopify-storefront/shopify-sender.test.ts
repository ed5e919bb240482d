import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackendContext } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import { createEmulator, type Emulator } from '../../testing/index.js'
import { rejectionOf } from '../../testing/test-support/rejection-of.js'
import { createGraphQLClient } from '../create-graphql-client.js'
import { shopifySender, type ShopifySender } from './shopify-sender.js'
import { CustomerAccessTokenCreate, CustomerAccessTokenDelete } from './token-documents.js'

// The error mapping is a chunk of its own, loaded on the first error the API explains. These
// tests inject its loader to see when it is asked for, and what a page that cannot load it
// (offline, or a deploy replaced the chunk) reports.

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
const loadFailure = new TypeError('Failed to fetch dynamically imported module')

let emulator: Emulator
let ctx: BackendContext
let loadErrorMapping: ReturnType<typeof vi.fn<() => Promise<never>>>
let sender: ShopifySender

beforeEach(async () => {
  emulator = createEmulator()
  const url = `${await emulator.listen()}${emulator.storefrontPath}`
  const headers = { 'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken }
  loadErrorMapping = vi.fn(() => Promise.reject(loadFailure))
  sender = shopifySender(
    url,
    () => headers,
    undefined,
    () => emulator.clock.now(),
    loadErrorMapping,
  )
  ctx = { client: createGraphQLClient(url) }
})

afterEach(async () => {
  await emulator.close()
})

const signIn = (password: string) =>
  sender.issue(
    CustomerAccessTokenCreate,
    { input: { email: ada.email, password } },
    'customerAccessTokenCreate',
    ctx,
  )

const failure = (call: Promise<unknown>) => rejectionOf(call, CustomerAuthError)

describe('shopifySender', () => {
  it('signs in and out without loading the error mapping', async () => {
    const token = await signIn(ada.password)
    await sender.send(
      CustomerAccessTokenDelete,
      { customerAccessToken: token.accessToken },
      'customerAccessTokenDelete',
      ctx,
    )
    expect(loadErrorMapping).not.toHaveBeenCalled()
  })

  it('reports userErrors it cannot explain, as the mapping fails to load, as a retryable NETWORK error', async () => {
    const error = await failure(signIn('wrong'))
    expect(error).toMatchObject({ code: 'NETWORK', source: 'network', retryable: true })
    expect(error.cause).toBe(loadFailure)
    expect(loadErrorMapping).toHaveBeenCalledTimes(1)
  })

  it('reports GraphQL errors it cannot explain, as the mapping fails to load, as a retryable NETWORK error', async () => {
    const token = await signIn(ada.password)
    const deleteToken = () =>
      sender.send(
        CustomerAccessTokenDelete,
        { customerAccessToken: token.accessToken },
        'customerAccessTokenDelete',
        ctx,
      )
    await deleteToken()
    // Deleting it again: Shopify answers with a top-level ACCESS_DENIED error.
    const error = await failure(deleteToken())
    expect(error).toMatchObject({ code: 'NETWORK', source: 'network', retryable: true })
    expect(error.cause).toBe(loadFailure)
  })

  it('explains a 503, a 429 and a dropped connection without the mapping', async () => {
    emulator.faults.add({ kind: 'status', status: 503, field: 'customerAccessTokenCreate' })
    expect(await failure(signIn(ada.password))).toMatchObject({
      code: 'SERVER',
      source: 'shopify',
      retryable: true,
      status: 503,
    })
    emulator.faults.add({ kind: 'status', status: 429, field: 'customerAccessTokenCreate' })
    expect(await failure(signIn(ada.password))).toMatchObject({
      code: 'THROTTLED',
      source: 'shopify',
      retryable: true,
      status: 429,
    })
    emulator.faults.add({ kind: 'drop', field: 'customerAccessTokenCreate' })
    expect(await failure(signIn(ada.password))).toMatchObject({
      code: 'NETWORK',
      source: 'network',
      retryable: true,
    })
    expect(loadErrorMapping).not.toHaveBeenCalled()
  })
})
