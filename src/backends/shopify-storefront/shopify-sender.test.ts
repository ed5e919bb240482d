import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackendContext } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import { createEmulator, type Emulator } from '../../testing/index.js'
import { rejectionOf } from '../../testing/test-support/rejection-of.js'
import { createGraphQLClient } from '../create-graphql-client.js'
import { CustomerQuery } from './customer-query.js'
import { shopifySender, type ShopifySender } from './shopify-sender.js'
import {
  CustomerAccessTokenCreate,
  CustomerAccessTokenDelete,
  CustomerAccessTokenRenew,
} from './token-documents.js'

// The error mapping is a chunk of its own, loaded on the first error the API explains. These
// tests inject its loader to see when it is asked for, and what a page that cannot load it
// (offline, or a deploy replaced the chunk) reports.

const ada = { email: 'ada@example.com', password: 'analytical-engine' }
const loadFailure = new TypeError('Failed to fetch dynamically imported module')

let emulator: Emulator
let ctx: BackendContext
let url: string
let loadErrorMapping: ReturnType<typeof vi.fn<() => Promise<never>>>
let sender: ShopifySender

beforeEach(async () => {
  emulator = createEmulator()
  url = `${await emulator.listen()}${emulator.storefrontPath}`
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

const signOut = (accessToken: string) =>
  sender.send(
    CustomerAccessTokenDelete,
    { customerAccessToken: accessToken },
    'customerAccessTokenDelete',
    ctx,
  )

const failure = (call: Promise<unknown>) => rejectionOf(call, CustomerAuthError)

describe('shopifySender', () => {
  it('signs in and out without loading the error mapping', async () => {
    const token = await signIn(ada.password)
    await signOut(token.accessToken)
    expect(loadErrorMapping).not.toHaveBeenCalled()
  })

  it('reports userErrors it cannot explain, as the mapping fails to load, as a retryable NETWORK error', async () => {
    const error = await failure(signIn('wrong'))
    expect(error).toMatchObject({ code: 'NETWORK', source: 'network', retryable: true })
    expect(error.cause).toBe(loadFailure)
    expect(loadErrorMapping).toHaveBeenCalledTimes(1)
  })

  it('still reports a dead token on renew and delete as TOKEN_INVALID when the mapping cannot load', async () => {
    // A failed import() stays failed until the page reloads: a dead token reported as NETWORK
    // would be renewed again and again until it expires.
    const token = await signIn(ada.password)
    await signOut(token.accessToken)
    const renew = await failure(
      sender.issue(
        CustomerAccessTokenRenew,
        { customerAccessToken: token.accessToken },
        'customerAccessTokenRenew',
        ctx,
      ),
    )
    // What the API said travels with the error, as the mapping would have passed it on.
    expect(renew).toMatchObject({
      code: 'TOKEN_INVALID',
      source: 'shopify',
      retryable: false,
      userErrors: [expect.objectContaining({ message: expect.any(String) })],
    })
    // Deleting it again: Shopify answers with a top-level ACCESS_DENIED error.
    const deleteAgain = await failure(signOut(token.accessToken))
    expect(deleteAgain).toMatchObject({
      code: 'TOKEN_INVALID',
      source: 'shopify',
      status: 200,
      graphQLErrors: [
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'ACCESS_DENIED' }) }),
      ],
    })
    expect(loadErrorMapping).toHaveBeenCalledTimes(2)
  })

  it('reports GraphQL errors it cannot explain, as the mapping fails to load, as a retryable NETWORK error', async () => {
    // A wrong storefront token: HTTP 401 with a GraphQL error the mapping would call CONFIGURATION.
    const misconfigured = shopifySender(
      url,
      () => ({ 'X-Shopify-Storefront-Access-Token': 'not-the-shop-token' }),
      undefined,
      () => emulator.clock.now(),
      loadErrorMapping,
    )
    const error = await failure(
      misconfigured.send(CustomerQuery, { customerAccessToken: 'any' }, 'customer', ctx),
    )
    expect(error).toMatchObject({ code: 'NETWORK', source: 'network', retryable: true })
    expect(error.cause).toBe(loadFailure)
  })

  it('reports a sign-in refused for its shape, while the mapping cannot load, without the password', async () => {
    // An incomplete input: graphql-js quotes the whole input, password included, in its message.
    const error = await failure(
      sender.issue(
        CustomerAccessTokenCreate,
        { input: { password: 'correct-horse-battery' } } as never,
        'customerAccessTokenCreate',
        ctx,
      ),
    )
    expect(error).toMatchObject({ code: 'NETWORK', retryable: true })
    expect(error.cause).toBe(loadFailure)
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('correct-horse')
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
