import { createStorefrontClient } from '@shopify/hydrogen-react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator } from './create-emulator.js'

const emulator = createEmulator()
let baseUrl = ''

beforeAll(async () => {
  baseUrl = await emulator.listen()
})
afterAll(() => emulator.close())

// application/graphql carries no variables: the values are written into the document.
const rawLogin = `mutation RawLogin {
  customerAccessTokenCreate(input: { email: "ada@example.com", password: "analytical-engine" }) {
    customerAccessToken { accessToken }
    customerUserErrors { code }
  }
}`
const rawListTokens =
  'query RawTokens { shop { storefrontAccessTokens(first: 1) { nodes { title } } } }'
const storefrontHeaders = { 'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken }
const adminHeaders = { 'X-Shopify-Access-Token': emulator.adminAccessToken }

interface ErrorBody {
  errors: { message: string; extensions?: { accepts?: string[] } }[]
}

function post(path: string, headers: Record<string, string>, body: string): Promise<Response> {
  return fetch(baseUrl + path, { method: 'POST', headers, body })
}

describe('Content-Type on the Shopify endpoints', () => {
  it('runs a raw query sent as application/graphql on the Storefront API', async () => {
    const response = await post(
      emulator.storefrontPath,
      { ...storefrontHeaders, 'content-type': 'application/graphql' },
      rawLogin,
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      data: { customerAccessTokenCreate: { customerAccessToken: { accessToken: string } | null } }
    }
    expect(body.data.customerAccessTokenCreate.customerAccessToken?.accessToken).toBeTruthy()
    expect(emulator.requests.count({ operationName: 'RawLogin' })).toBe(1)
  })

  it("answers hydrogen-react's client with contentType 'graphql'", async () => {
    const client = createStorefrontClient({
      storeDomain: baseUrl,
      publicStorefrontToken: emulator.storefrontAccessToken,
      contentType: 'graphql',
    })
    const headers = client.getPublicTokenHeaders()
    expect(headers['content-type']).toBe('application/graphql')
    const response = await fetch(client.getStorefrontApiUrl(), {
      method: 'POST',
      headers,
      body: rawLogin,
    })
    expect(response.status).toBe(200)
    expect(JSON.stringify(await response.json())).toContain('accessToken')
  })

  it('runs a raw query sent as application/graphql on the Admin API', async () => {
    const response = await post(
      emulator.adminPath,
      { ...adminHeaders, 'content-type': 'application/graphql; charset=utf-8' },
      rawListTokens,
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      data: {
        shop: { storefrontAccessTokens: { nodes: [{ title: 'storefront-auth emulator' }] } },
      },
    })
  })

  it('refuses any other content type with 415 and a JSON body naming what it accepts', async () => {
    const json = JSON.stringify({ query: rawLogin })
    for (const [path, headers] of [
      [emulator.storefrontPath, storefrontHeaders],
      [emulator.adminPath, adminHeaders],
    ] as const) {
      for (const contentType of ['text/plain', 'application/json; charset=iso-8859-1', null]) {
        // fetch gives a string body text/plain unless told otherwise: send bytes to send none.
        const response = await fetch(baseUrl + path, {
          method: 'POST',
          headers: contentType === null ? headers : { ...headers, 'content-type': contentType },
          body: contentType === null ? new TextEncoder().encode(json) : json,
        })
        expect(response.status, `${path} ${contentType}`).toBe(415)
        expect(response.headers.get('content-type')).toContain('application/json')
        const body = (await response.json()) as ErrorBody
        expect(body.errors[0]?.message).toMatch(/application\/json or application\/graphql/)
        expect(body.errors[0]?.extensions?.accepts).toEqual([
          'application/json',
          'application/graphql',
        ])
      }
    }
  })

  it('refuses a method other than GET and POST with 405, Allow and a JSON body', async () => {
    const response = await fetch(baseUrl + emulator.storefrontPath, {
      method: 'PUT',
      headers: { ...storefrontHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({ query: rawLogin }),
    })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, POST')
    expect(((await response.json()) as ErrorBody).errors[0]?.message).toMatch(/send POST/)
  })
})

describe('Content-Type on the Adobe Commerce endpoint, as Magento answers', () => {
  const emailAvailable =
    'query Available { isEmailAvailable(email: "nobody@example.com") { is_email_available } }'

  it('runs a query sent by GET with its parameters in the URL', async () => {
    const response = await fetch(
      `${baseUrl}${emulator.adobeCommercePath}?query=${encodeURIComponent(emailAvailable)}`,
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      data: { isEmailAvailable: { is_email_available: true } },
    })
  })

  it('refuses a JSON body sent with another content type with 415 and Magento’s message', async () => {
    const response = await post(
      emulator.adobeCommercePath,
      { 'content-type': 'text/plain' },
      JSON.stringify({ query: emailAvailable }),
    )
    expect(response.status).toBe(415)
    expect(await response.json()).toEqual({
      errors: [{ message: 'Request content type must be application/json' }],
    })
  })

  it('answers a body that is not JSON (a raw application/graphql query) with 400', async () => {
    const response = await post(
      emulator.adobeCommercePath,
      { 'content-type': 'application/graphql' },
      emailAvailable,
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Syntax Error: Unable to parse the request.',
          locations: [{ line: 1, column: 1 }],
        },
      ],
    })
  })

  it('answers a validation error with HTTP 200 whatever the client accepts, as Magento does', async () => {
    for (const accept of [
      'application/graphql-response+json, application/json', // what urql sends
      'text/html', // neither JSON type: graphql-http alone answers an empty 406
    ]) {
      const response = await post(
        emulator.adobeCommercePath,
        { 'content-type': 'application/json', accept },
        JSON.stringify({ query: '{ isEmailAvailable(email: "a@example.com") { nope } }' }),
      )
      expect(response.status, accept).toBe(200)
      expect(response.headers.get('content-type')).toContain('application/json')
      expect(((await response.json()) as ErrorBody).errors[0]?.message).toContain('nope')
    }
  })

  it('still runs POST application/json, variables included', async () => {
    const response = await post(
      emulator.adobeCommercePath,
      { 'content-type': 'application/json' },
      JSON.stringify({
        query:
          'query Available($email: String!) { isEmailAvailable(email: $email) { is_email_available } }',
        variables: { email: 'ada@example.com' },
      }),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      data: { isEmailAvailable: { is_email_available: false } },
    })
    expect(
      emulator.requests.count({ endpoint: 'adobe-commerce', operationName: 'Available' }),
    ).toBe(2)
  })
})
