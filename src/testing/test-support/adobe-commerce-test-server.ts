import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parse, validate } from 'graphql'
import { createEmulatorClock, type EmulatorClock } from '../emulator-clock.js'
import { toFetchRequest, writeFetchResponse } from '../node-server.js'
import { createOutbox, type Outbox } from '../outbox.js'
import { sampleCustomers } from '../sample-customers.js'
import { adobeCommerceSchema } from '../adobe-commerce/adobe-commerce-schema.js'
import {
  createAdobeCommerceApi,
  type AdobeCommerceApi,
  type AdobeCommerceApiOptions,
} from '../adobe-commerce/create-adobe-commerce-api.js'

/** Test support: the Adobe Commerce API behind a real node:http server on an ephemeral port. */
export interface AdobeTestServer {
  readonly api: AdobeCommerceApi
  readonly clock: EmulatorClock
  readonly outbox: Outbox
  readonly baseUrl: string
  readonly adminToken: string
  /** POSTs a document (checked against the served SDL first) to `/graphql`. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLHttpResult>
  close(): Promise<void>
}

export interface GraphQLHttpResult {
  readonly status: number
  readonly body: {
    data?: Record<string, unknown> | null
    errors?: { message: string; extensions?: { category?: string }; path?: string[] }[]
  }
}

export const startTime = '2026-03-01T12:00:00.000Z'

export async function startAdobeTestServer(
  overrides: Partial<AdobeCommerceApiOptions> = {},
): Promise<AdobeTestServer> {
  const clock = createEmulatorClock(startTime)
  const outbox = createOutbox()
  const adminToken = 'test-admin-token'
  const api = createAdobeCommerceApi({
    clock,
    outbox,
    customers: sampleCustomers,
    tokenLifetimeMs: 60 * 60 * 1000,
    loginAttemptLimit: 6,
    lockoutMs: 30 * 60 * 1000,
    oneTimeCodeLifetimeMs: 30 * 1000,
    adminToken,
    ...overrides,
  })
  const server = createServer((req, res) => {
    void (async () => {
      const request = await toFetchRequest(req)
      const { pathname } = new URL(request.url)
      const response =
        pathname === '/graphql'
          ? await api.handleGraphQL(request)
          : ((await api.handleRest(request)) ?? new Response('Not found', { status: 404 }))
      await writeFetchResponse(res, response)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  return {
    api,
    clock,
    outbox,
    baseUrl,
    adminToken,
    async graphql(query, variables = {}, headers = {}) {
      const errors = validate(adobeCommerceSchema(), parse(query))
      if (errors.length > 0)
        throw new Error(`Document does not validate against the SDL: ${errors.join('; ')}`)
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      })
      return { status: response.status, body: (await response.json()) as GraphQLHttpResult['body'] }
    },
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  }
}

export const documents = {
  generateToken: /* GraphQL */ `
    mutation SignIn($email: String!, $password: String!) {
      generateCustomerToken(email: $email, password: $password) {
        token
      }
    }
  `,
  customer: /* GraphQL */ `
    query Customer {
      customer {
        email
        firstname
        lastname
        is_subscribed
        confirmation_status
        allow_remote_shopping_assistance
      }
    }
  `,
  revoke: /* GraphQL */ `
    mutation SignOut {
      revokeCustomerToken {
        result
      }
    }
  `,
  requestReset: /* GraphQL */ `
    mutation RequestReset($email: String!) {
      requestPasswordResetEmail(email: $email)
    }
  `,
  resetPassword: /* GraphQL */ `
    mutation Reset($email: String!, $token: String!, $password: String!) {
      resetPassword(email: $email, resetPasswordToken: $token, newPassword: $password)
    }
  `,
  create: /* GraphQL */ `
    mutation Register($input: CustomerCreateInput!) {
      createCustomerV2(input: $input) {
        customer {
          email
          firstname
          lastname
          is_subscribed
          allow_remote_shopping_assistance
          confirmation_status
        }
      }
    }
  `,
  update: /* GraphQL */ `
    mutation Update($input: CustomerUpdateInput!) {
      updateCustomerV2(input: $input) {
        customer {
          firstname
          lastname
          allow_remote_shopping_assistance
        }
      }
    }
  `,
  isEmailAvailable: /* GraphQL */ `
    query Available($email: String!) {
      isEmailAvailable(email: $email) {
        is_email_available
      }
    }
  `,
  confirmEmail: /* GraphQL */ `
    mutation Confirm($email: String!, $key: String!) {
      confirmEmail(input: { email: $email, confirmation_key: $key }) {
        customer {
          email
          confirmation_status
        }
      }
    }
  `,
  resendConfirmation: /* GraphQL */ `
    mutation Resend($email: String!) {
      resendConfirmationEmail(email: $email)
    }
  `,
} as const

/** Signs in and returns the token, failing the test with the server's answer otherwise. */
export async function signIn(
  server: AdobeTestServer,
  email: string,
  password: string,
): Promise<string> {
  const result = await server.graphql(documents.generateToken, { email, password })
  const token = (result.body.data?.['generateCustomerToken'] as { token?: string } | null)?.token
  if (!token) throw new Error(`Sign-in failed: ${JSON.stringify(result.body)}`)
  return token
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}
