import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  bearer,
  signIn,
  startAdobeTestServer,
  type AdobeTestServer,
} from '../test-support/adobe-commerce-test-server.js'

const createCustomer = /* GraphQL */ `
  mutation Create($input: CustomerInput!) {
    createCustomer(input: $input) {
      customer {
        email
        firstname
        lastname
        is_subscribed
      }
    }
  }
`
const updateCustomer = /* GraphQL */ `
  mutation Update($input: CustomerInput!) {
    updateCustomer(input: $input) {
      customer {
        email
        firstname
        lastname
      }
    }
  }
`
const readGroup = /* GraphQL */ `
  query Group {
    customer {
      group {
        uid
      }
    }
  }
`

describe('the deprecated createCustomer and updateCustomer', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  it('createCustomer creates a customer who can sign in, as createCustomerV2 does', async () => {
    const result = await server.graphql(createCustomer, {
      input: {
        email: 'katherine@example.com',
        firstname: 'Katherine',
        lastname: 'Johnson',
        password: 'Trajectory-1961',
        is_subscribed: true,
      },
    })
    expect(result.body).toEqual({
      data: {
        createCustomer: {
          customer: {
            email: 'katherine@example.com',
            firstname: 'Katherine',
            lastname: 'Johnson',
            is_subscribed: true,
          },
        },
      },
    })
    await expect(signIn(server, 'katherine@example.com', 'Trajectory-1961')).resolves.toMatch(/\./)
  })

  it('createCustomer answers a left-out name with Magento’s "Required parameters are missing"', async () => {
    const result = await server.graphql(createCustomer, {
      input: { email: 'nameless-too@example.com', password: 'Trajectory-1961' },
    })
    expect(result.body.errors).toMatchObject([
      {
        message: 'Required parameters are missing: First Name, Last Name',
        extensions: { category: 'graphql-input' },
      },
    ])
  })

  it('createCustomer refuses an email already taken', async () => {
    const result = await server.graphql(createCustomer, {
      input: {
        email: 'ada@example.com',
        firstname: 'A',
        lastname: 'L',
        password: 'Another-pass-1',
      },
    })
    expect(result.body.errors?.[0]?.message).toBe(
      'A customer with the same email address already exists in an associated website.',
    )
  })

  it('updateCustomer updates the profile of the signed-in customer', async () => {
    const token = await signIn(server, 'ada@example.com', 'analytical-engine')
    const result = await server.graphql(
      updateCustomer,
      { input: { firstname: 'Augusta' } },
      bearer(token),
    )
    expect(result.body).toEqual({
      data: {
        updateCustomer: {
          customer: { email: 'ada@example.com', firstname: 'Augusta', lastname: 'Lovelace' },
        },
      },
    })
  })

  it('updateCustomer changes the email only with the current password', async () => {
    const token = await signIn(server, 'ada@example.com', 'analytical-engine')
    const auth = bearer(token)
    const withoutPassword = await server.graphql(
      updateCustomer,
      { input: { email: 'countess@example.com' } },
      auth,
    )
    expect(withoutPassword.body.errors).toMatchObject([
      {
        message: 'Provide the current "password" to change "email".',
        extensions: { category: 'graphql-input' },
      },
    ])
    const wrongPassword = await server.graphql(
      updateCustomer,
      { input: { email: 'countess@example.com', password: 'not-it' } },
      auth,
    )
    expect(wrongPassword.status).toBe(401)
    expect(wrongPassword.body.errors).toMatchObject([
      { message: 'Invalid login or password.', extensions: { category: 'graphql-authentication' } },
    ])
    const taken = await server.graphql(
      updateCustomer,
      { input: { email: 'grace@example.com', password: 'analytical-engine' } },
      auth,
    )
    expect(taken.body.errors).toMatchObject([
      {
        message: 'A customer with the same email address already exists in an associated website.',
        extensions: { category: 'graphql-already-exists' },
      },
    ])
    const changed = await server.graphql(
      updateCustomer,
      { input: { email: 'countess@example.com', password: 'analytical-engine' } },
      auth,
    )
    expect(changed.body.errors).toBeUndefined()
    expect(changed.body.data).toEqual({
      updateCustomer: {
        customer: { email: 'countess@example.com', firstname: 'Ada', lastname: 'Lovelace' },
      },
    })
    // The password only proved who asked: it is still the password.
    await expect(signIn(server, 'countess@example.com', 'analytical-engine')).resolves.toMatch(/\./)
  })

  it('updateCustomer without a customer token is refused as the V2 mutation is', async () => {
    const result = await server.graphql(updateCustomer, { input: { firstname: 'X' } })
    expect(result.status).toBe(403)
    expect(result.body.errors).toMatchObject([
      {
        message: "The current customer isn't authorized.",
        extensions: { category: 'graphql-authorization' },
      },
    ])
  })
})

describe('Customer.group', () => {
  let server: AdobeTestServer
  beforeEach(async () => {
    server = await startAdobeTestServer()
  })
  afterEach(() => server.close())

  it('is the General group (id 1), its uid base64-encoded as Magento encodes uids', async () => {
    const token = await signIn(server, 'grace@example.com', 'compiler-1952')
    const result = await server.graphql(readGroup, {}, bearer(token))
    expect(result.body).toEqual({ data: { customer: { group: { uid: 'MQ==' } } } })
  })
})
