import { describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import { Client, fetchExchange } from '@urql/core'
import { createCustomerFetch } from '../../src/client/create-customer-fetch.js'
import type { CustomerAuth } from '../../src/core/customer-auth.js'
import { useCustomerAuth, useCustomerAuthEngine, useLogin } from '../../src/react/index.js'
import { customerAuthExchange } from '../../src/urql/index.js'
import { ada, setUpEmulator, type BackendName } from './support/emulator-fixture.js'
import { useFakeTime } from './support/fake-time.js'
import { renderAuthHook } from './support/render-auth.js'
import { until } from './support/until.js'

const lifetime = 2 * 60 * 60_000
const fixture = setUpEmulator({ customerAccessTokenLifetimeMs: lifetime })

/** One request as it left the app: its headers and JSON body. */
interface SentRequest {
  readonly url: string
  readonly method: string
  readonly headers: Headers
  readonly body: { query: string; variables?: Record<string, unknown> }
}

/** What each backend's app documents look like: one acting as the customer, one not. */
const documents = {
  shopify: {
    customer: (name = 'AppCustomer') => `query ${name}($customerAccessToken: String!) {
      customer(customerAccessToken: $customerAccessToken) { email firstName }
    }`,
    guest: 'query Guest { __typename }',
  },
  adobe: {
    customer: (name = 'AppCustomer') => `query ${name} { customer { email firstname } }`,
    guest: `query Guest { isEmailAvailable(email: "new@example.com") { is_email_available } }`,
  },
} as const

function endpointOf(name: BackendName): { url: string; headers: Record<string, string> } {
  const { emulator, url } = fixture
  return name === 'shopify'
    ? {
        url: `${url}${emulator.storefrontPath}`,
        headers: { 'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken },
      }
    : { url: `${url}${emulator.adobeCommercePath}`, headers: {} }
}

/** The app's own client for a tab's engine: urql with the exchange, or fetch with the wrapper. */
type AppClientKind = 'urql exchange' | 'fetch wrapper'
type Run = (
  query: string,
) => Promise<{ data: Record<string, unknown> | null | undefined; errors: unknown }>

function appClient(kind: AppClientKind, name: BackendName, engine: CustomerAuth) {
  const sent: SentRequest[] = []
  const { url, headers } = endpointOf(name)
  const recording: typeof fetch = (input, init) => {
    sent.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      // urql sends queries as GET (variables in the URL) where its default allows.
      body: init?.body ? JSON.parse(String(init.body)) : { query: '' },
    })
    return fetch(input, init)
  }
  let run: Run
  if (kind === 'urql exchange') {
    const client = new Client({
      url,
      fetch: recording,
      fetchOptions: { headers },
      exchanges: [customerAuthExchange(engine), fetchExchange],
    })
    run = async (query) => {
      const result = await client.query(query, {}, { requestPolicy: 'network-only' }).toPromise()
      return { data: result.data as Record<string, unknown> | undefined, errors: result.error }
    }
  } else {
    const customerFetch = createCustomerFetch(engine, { fetch: recording })
    run = async (query) => {
      const response = await customerFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables: {} }),
      })
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown }
      return { data: body.data, errors: body.errors }
    }
  }
  return { sent, run }
}

/** Two tabs (providers sharing localStorage and BroadcastChannel), each with the engine. */
function openTabs(name: BackendName) {
  const backend = fixture.backend(name)
  const open = () =>
    renderAuthHook(
      () => ({ engine: useCustomerAuthEngine(), auth: useCustomerAuth(), login: useLogin() }),
      { backend },
    )
  return [open(), open()] as const
}

/** The token revoked from elsewhere (another device signing out), over HTTP. */
async function revokeElsewhere(name: BackendName, accessToken: string): Promise<void> {
  const { url, headers } = endpointOf(name)
  const request =
    name === 'shopify'
      ? {
          headers,
          query: `mutation Revoke($t: String!) { customerAccessTokenDelete(customerAccessToken: $t) { deletedAccessToken } }`,
          variables: { t: accessToken },
        }
      : {
          headers: { Authorization: `Bearer ${accessToken}` },
          query: 'mutation { revokeCustomerToken { result } }',
          variables: {},
        }
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...request.headers },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  })
  expect(response.ok).toBe(true)
}

const refusalReason = { shopify: 'customer-missing', adobe: 'token-invalid' } as const

describe.each([
  ['shopify', 'urql exchange'],
  ['shopify', 'fetch wrapper'],
  ['adobe', 'urql exchange'],
  ['adobe', 'fetch wrapper'],
] as const)('%s, the app’s own client through the %s', (name, kind) => {
  it('puts the token where the backend takes it, and leaves other operations alone', async () => {
    const [tab] = openTabs(name)
    const { sent, run } = appClient(kind, name, tab.result.current.engine)
    await until(() => tab.result.current.auth.status === 'anonymous', 'the engine to start')

    // Signed out: even a customer operation goes out as sent.
    await run(documents[name].guest)
    const session = await act(() => tab.result.current.login.mutateAsync({ ...ada }))
    const guest = await run(documents[name].guest)
    const customer = await run(documents[name].customer())

    expect(guest.errors).toBeUndefined()
    expect(customer.errors).toBeUndefined()
    expect(customer.data?.['customer']).toMatchObject({ email: ada.email })
    const [signedOut, guestSent, customerSent] = sent
    for (const untouched of [signedOut, guestSent]) {
      expect(untouched?.headers.has('authorization')).toBe(false)
      expect(untouched?.body.variables ?? {}).toEqual({})
    }
    // However the client sends other queries, the token never goes into a URL.
    for (const request of sent) expect(request.url).not.toContain(session.accessToken)
    if (name === 'shopify') {
      // The token is in the variables: always a POST, whatever urql would do with a query.
      expect(customerSent?.method).toBe('POST')
      expect(customerSent?.body.variables).toEqual({ customerAccessToken: session.accessToken })
      expect(customerSent?.headers.has('authorization')).toBe(false)
    } else {
      expect(customerSent?.headers.get('authorization')).toBe(`Bearer ${session.accessToken}`)
      expect(customerSent?.body.variables ?? {}).toEqual({})
    }
  })

  it('ends the session in every tab when the API refuses the token mid-session', async () => {
    const [a, b] = openTabs(name)
    const { run } = appClient(kind, name, a.result.current.engine)
    const session = await act(() => a.result.current.login.mutateAsync({ ...ada }))
    await until(() => b.result.current.auth.isAuthenticated, 'the sign-in to reach tab b')

    await revokeElsewhere(name, session.accessToken)
    await act(() => run(documents[name].customer()))

    expect(a.result.current.auth).toMatchObject({
      status: 'anonymous',
      endReason: refusalReason[name],
    })
    expect(a.events).toContainEqual({ type: 'logout', reason: refusalReason[name] })
    await until(() => b.result.current.auth.status === 'anonymous', 'the end to reach tab b')
    expect(b.result.current.auth.endReason).toBe(refusalReason[name])
    expect(localStorage.length).toBe(0)
  })
})

describe.each(['urql exchange', 'fetch wrapper'] as const)(
  'shopify, a renew due before operations through the %s',
  (kind) => {
    it('renews once for many operations at once, and sends them all with the new token', async () => {
      const time = useFakeTime(fixture.emulator)
      const [tab] = openTabs('shopify')
      const { sent, run } = appClient(kind, 'shopify', tab.result.current.engine)
      const session = await act(() => tab.result.current.login.mutateAsync({ ...ada }))
      // Past the renew point with no timer run: a laptop that slept, a frozen background tab.
      time.jump(0.8 * lifetime)

      const results: Awaited<ReturnType<Run>>[] = []
      void Promise.all(
        Array.from({ length: 5 }, (_, index) => run(documents.shopify.customer(`Op${index}`))),
      ).then((all) => results.push(...all))
      await until(() => results.length === 5, 'the five operations')

      expect(fixture.emulator.requests.count({ field: 'customerAccessTokenRenew' })).toBe(1)
      const renewed = tab.result.current.auth.session
      expect(renewed?.expiresAt).toBeGreaterThan(session.expiresAt)
      for (const result of results) {
        expect(result.errors).toBeUndefined()
        expect(result.data?.['customer']).toMatchObject({ email: ada.email })
      }
      expect(sent.map((request) => request.body.variables?.['customerAccessToken'])).toEqual(
        Array(5).fill(renewed?.accessToken),
      )
    })
  },
)
