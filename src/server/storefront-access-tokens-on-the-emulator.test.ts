import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../testing/index.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'
import { AdminApiError } from './admin-api-error.js'
import { createStorefrontAccessToken } from './create-storefront-access-token.js'
import { deleteStorefrontAccessToken } from './delete-storefront-access-token.js'
import { listStorefrontAccessTokens } from './list-storefront-access-tokens.js'

let emulator: Emulator
let target: { endpoint: string; adminAccessToken: string }
let baseUrl: string

beforeEach(async () => {
  emulator = createEmulator()
  baseUrl = await emulator.listen()
  target = {
    endpoint: `${baseUrl}${emulator.adminPath}`,
    adminAccessToken: emulator.adminAccessToken,
  }
})

afterEach(async () => {
  await emulator.close()
})

/** Asks the Storefront endpoint something harmless with the token; returns the HTTP status. */
async function storefrontStatusWith(accessToken: string): Promise<number> {
  const response = await fetch(`${baseUrl}${emulator.storefrontPath}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Storefront-Access-Token': accessToken,
    },
    body: JSON.stringify({
      query: 'query Probe($token: String!) { customer(customerAccessToken: $token) { id } }',
      variables: { token: 'not-a-customer-token' },
    }),
  })
  await response.body?.cancel()
  return response.status
}

const errorOf = (promise: Promise<unknown>) => rejectionOf(promise, AdminApiError)

describe('storefront access tokens on the emulated Admin API', () => {
  it('creates a token that the Storefront API accepts at once', async () => {
    const token = await createStorefrontAccessToken({ ...target, title: 'Headless storefront' })
    expect(token).toMatchObject({ title: 'Headless storefront', reused: false })
    expect(token.id).toMatch(/^gid:\/\/shopify\/StorefrontAccessToken\/\d+$/)
    expect(token.accessScopes).toContain('unauthenticated_read_customers')
    expect(Date.parse(token.createdAt)).not.toBeNaN()
    expect(await storefrontStatusWith(token.accessToken)).toBe(200)
  })

  it('lists the active tokens, the new one included', async () => {
    const created = await createStorefrontAccessToken({ ...target, title: 'Listed' })
    const tokens = await listStorefrontAccessTokens(target)
    expect(tokens.map((token) => token.id)).toContain(created.id)
    expect(tokens).toHaveLength(emulator.admin.storefrontAccessTokens().length)
    expect(tokens.find((token) => token.id === created.id)).toEqual({
      id: created.id,
      title: created.title,
      accessToken: created.accessToken,
      createdAt: created.createdAt,
      accessScopes: created.accessScopes,
    })
  })

  it('deletes a token, after which the Storefront API refuses it and the list omits it', async () => {
    const token = await createStorefrontAccessToken({ ...target, title: 'Short-lived' })
    expect(await deleteStorefrontAccessToken({ ...target, id: token.id })).toBe(token.id)
    expect(await storefrontStatusWith(token.accessToken)).not.toBe(200)
    expect((await listStorefrontAccessTokens(target)).map((t) => t.id)).not.toContain(token.id)
  })

  it('reports deleting a token that is already gone as USER_ERRORS with the API’s userErrors', async () => {
    const token = await createStorefrontAccessToken({ ...target, title: 'Twice' })
    await deleteStorefrontAccessToken({ ...target, id: token.id })
    const error = await errorOf(deleteStorefrontAccessToken({ ...target, id: token.id }))
    expect(error.code).toBe('USER_ERRORS')
    expect(error.userErrors.length).toBeGreaterThan(0)
  })

  it('with reuse, returns the existing token of that title instead of creating another', async () => {
    const first = await createStorefrontAccessToken({ ...target, title: 'Deploy', reuse: true })
    const again = await createStorefrontAccessToken({ ...target, title: 'Deploy', reuse: true })
    expect(first.reused).toBe(false)
    expect(again).toEqual({ ...first, reused: true })
    expect(
      emulator.admin.storefrontAccessTokens().filter((t) => t.title === 'Deploy'),
    ).toHaveLength(1)
    const withoutReuse = await createStorefrontAccessToken({ ...target, title: 'Deploy' })
    expect(withoutReuse.id).not.toBe(first.id)
  })

  it('reports the 101st active token as TOKEN_LIMIT_REACHED, and reuse still finds a token', async () => {
    const active = (await listStorefrontAccessTokens(target)).length
    for (let i = active; i < 100; i++)
      await createStorefrontAccessToken({ ...target, title: `Token ${i}` })
    expect(await listStorefrontAccessTokens(target)).toHaveLength(100)

    const error = await errorOf(createStorefrontAccessToken({ ...target, title: 'One too many' }))
    expect(error.code).toBe('TOKEN_LIMIT_REACHED')
    expect(error.userErrors.length).toBeGreaterThan(0)
    expect(error.retryable).toBe(false)

    const reused = await createStorefrontAccessToken({ ...target, title: 'Token 50', reuse: true })
    expect(reused.reused).toBe(true)

    await deleteStorefrontAccessToken({ ...target, id: reused.id })
    const room = await createStorefrontAccessToken({ ...target, title: 'One too many' })
    expect(room.reused).toBe(false)
  }, 30_000)

  it('reports a wrong admin token as UNAUTHORIZED without echoing it', async () => {
    const error = await errorOf(
      listStorefrontAccessTokens({ ...target, adminAccessToken: 'shpat_wrong_token' }),
    )
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401 })
    expect(error.message).not.toContain('shpat_wrong_token')
  })

  it('reports an outage, a dropped connection and a broken body with retryable codes', async () => {
    emulator.faults.add({ endpoint: 'admin', kind: 'status', status: 503 })
    expect(await errorOf(listStorefrontAccessTokens(target))).toMatchObject({
      code: 'HTTP',
      status: 503,
      retryable: true,
    })
    emulator.faults.add({ endpoint: 'admin', kind: 'drop' })
    expect(await errorOf(listStorefrontAccessTokens(target))).toMatchObject({
      code: 'NETWORK',
      retryable: true,
    })
    emulator.faults.add({ endpoint: 'admin', kind: 'malformed' })
    expect((await errorOf(listStorefrontAccessTokens(target))).code).toBe('HTTP')
    expect(await listStorefrontAccessTokens(target)).not.toHaveLength(0)
  })

  it('sends operations the emulated Admin schema accepts', async () => {
    const token = await createStorefrontAccessToken({ ...target, title: 'Valid', reuse: true })
    await listStorefrontAccessTokens(target)
    await deleteStorefrontAccessToken({ ...target, id: token.id })
    const admin = emulator.requests.entries.filter((request) => request.endpoint === 'admin')
    expect(admin.map((request) => request.operationName)).toEqual([
      'StorefrontAccessTokens',
      'StorefrontAccessTokenCreate',
      'StorefrontAccessTokens',
      'StorefrontAccessTokenDelete',
    ])
    expect(admin.every((request) => request.status === 200)).toBe(true)
  })
})
