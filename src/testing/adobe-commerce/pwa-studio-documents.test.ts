import { ApolloClient, HttpLink, InMemoryCache, type DocumentNode } from '@apollo/client/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CHANGE_CUSTOMER_PASSWORD,
  CREATE_ACCOUNT,
  GET_CUSTOMER,
  GET_CUSTOMER_INFORMATION,
  REQUEST_PASSWORD_RESET_EMAIL_MUTATION,
  SET_CUSTOMER_INFORMATION,
  SIGN_IN,
} from '../test-support/pwa-studio-documents.js'
import {
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'

/**
 * PWA Studio's create-account, forgot-password and account-information documents (sources in
 * pwa-studio-documents.ts), sent unchanged through Apollo Client as Venia sends them, with the
 * customer token in `Authorization: Bearer` as Venia's auth link puts it.
 */
let server: AdobeTestServer
let token: string | null
let apollo: ApolloClient

beforeEach(async () => {
  server = await startAdobeTestServer()
  token = null
  apollo = new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({
      uri: `${server.baseUrl}/graphql`,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers)
        if (token) headers.set('authorization', `Bearer ${token}`)
        return fetch(input, { ...init, headers })
      },
    }),
  })
})
afterEach(async () => {
  await apollo.clearStore()
  await server.close()
})

const mutate = async <Data>(mutation: DocumentNode, variables: Record<string, unknown>) => {
  const result = await apollo.mutate<Data>({ mutation, variables })
  if (!result.data) throw new Error('no data')
  return result.data
}
const query = async <Data>(document: DocumentNode) => {
  const result = await apollo.query<Data>({ query: document, fetchPolicy: 'network-only' })
  if (!result.data) throw new Error('no data')
  return result.data
}

describe("PWA Studio's customer documents through Apollo Client", () => {
  it('create account: createCustomer, then sign in and read the customer', async () => {
    const account = {
      email: 'katherine@example.com',
      firstname: 'Katherine',
      lastname: 'Johnson',
      password: 'Trajectory-1961',
    }
    const created = await mutate<{ createCustomer: { customer: { email: string } } }>(
      CREATE_ACCOUNT,
      { ...account, is_subscribed: false },
    )
    expect(created.createCustomer.customer.email).toBe('katherine@example.com')
    const signedIn = await mutate<{ generateCustomerToken: { token: string } }>(SIGN_IN, {
      email: account.email,
      password: account.password,
    })
    token = signedIn.generateCustomerToken.token
    expect(await query(GET_CUSTOMER)).toEqual({
      customer: {
        __typename: 'Customer',
        email: 'katherine@example.com',
        firstname: 'Katherine',
        lastname: 'Johnson',
        is_subscribed: false,
      },
    })
  })

  it('forgot password: requestPasswordResetEmail sends the reset mail', async () => {
    const data = await mutate<{ requestPasswordResetEmail: boolean }>(
      REQUEST_PASSWORD_RESET_EMAIL_MUTATION,
      { email: 'grace@example.com' },
    )
    expect(data.requestPasswordResetEmail).toBe(true)
    expect(server.outbox.latest('grace@example.com', 'reset-password')).toBeDefined()
  })

  it('account information: read it, then save it with updateCustomer (its @connection stays on the client)', async () => {
    const signedIn = await mutate<{ generateCustomerToken: { token: string } }>(SIGN_IN, {
      email: 'ada@example.com',
      password: 'analytical-engine',
    })
    token = signedIn.generateCustomerToken.token
    const before = await query<{ customer: { id: number; email: string } }>(
      GET_CUSTOMER_INFORMATION,
    )
    expect(before.customer).toMatchObject({
      firstname: 'Ada',
      lastname: 'Lovelace',
      email: 'ada@example.com',
    })
    // Venia's form sends the email and the password field along with the names.
    const saved = await mutate<{ updateCustomer: { customer: { firstname: string } } }>(
      SET_CUSTOMER_INFORMATION,
      {
        customerInput: {
          email: 'ada@example.com',
          firstname: 'Augusta Ada',
          lastname: 'King',
          password: 'analytical-engine',
        },
      },
    )
    expect(saved.updateCustomer.customer).toEqual({
      __typename: 'Customer',
      id: before.customer.id,
      firstname: 'Augusta Ada',
      lastname: 'King',
      email: 'ada@example.com',
    })
  })

  it('change password: a wrong current password is refused, the right one changes it', async () => {
    const signedIn = await mutate<{ generateCustomerToken: { token: string } }>(SIGN_IN, {
      email: 'ada@example.com',
      password: 'analytical-engine',
    })
    token = signedIn.generateCustomerToken.token
    // Magento answers an authentication error with HTTP 401 and the GraphQL error in the body;
    // Apollo Client rejects the mutation with that status and body, as it does against Magento.
    await expect(
      apollo.mutate({
        mutation: CHANGE_CUSTOMER_PASSWORD,
        variables: { currentPassword: 'not-my-password', newPassword: 'Difference-Engine-1822' },
      }),
    ).rejects.toMatchObject({
      statusCode: 401,
      bodyText: expect.stringContaining('Invalid login or password.'),
    })
    const changed = await mutate<{ changeCustomerPassword: { id: number; email: string } }>(
      CHANGE_CUSTOMER_PASSWORD,
      { currentPassword: 'analytical-engine', newPassword: 'Difference-Engine-1822' },
    )
    expect(changed.changeCustomerPassword).toMatchObject({ email: 'ada@example.com' })
    // The new password signs in; the old one no longer does.
    token = null
    const again = await mutate<{ generateCustomerToken: { token: string } }>(SIGN_IN, {
      email: 'ada@example.com',
      password: 'Difference-Engine-1822',
    })
    expect(again.generateCustomerToken.token).toEqual(expect.any(String))
    await expect(
      apollo.mutate({
        mutation: SIGN_IN,
        variables: { email: 'ada@example.com', password: 'analytical-engine' },
      }),
    ).rejects.toThrow()
  })
})
