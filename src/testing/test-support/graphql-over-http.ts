import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql'
import { shopifyAdminSchema } from '../shopify-admin/shopify-admin-schema.js'
import { storefrontSchema } from '../shopify-storefront/storefront-schema.js'
import { unsupportedFieldsRule } from '../shopify-storefront/unsupported-fields-rule.js'

/**
 * Test support: sends GraphQL over real HTTP and first checks the document validates against the
 * schema the emulator serves, so no test passes on a request a real client could not send.
 */
export interface GraphQLErrorBody {
  readonly message: string
  readonly path?: readonly (string | number)[]
  readonly locations?: readonly { line: number; column: number }[]
  readonly extensions?: Readonly<Record<string, unknown>>
}

export interface GraphQLResult<Data> {
  readonly status: number
  readonly headers: Headers
  readonly data: Data | null | undefined
  readonly errors: readonly GraphQLErrorBody[] | undefined
}

function assertValid(
  schema: GraphQLSchema,
  query: string,
  extraRules = [unsupportedFieldsRule],
): void {
  const errors = validate(schema, parse(query), [...specifiedRules, ...extraRules])
  if (errors.length > 0)
    throw new Error(`Test operation does not validate: ${errors.map((e) => e.message).join('; ')}`)
}

async function post<Data>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  const text = await response.text()
  const body = JSON.parse(text) as { data?: Data | null; errors?: GraphQLErrorBody[] }
  return {
    status: response.status,
    headers: response.headers,
    data: body.data,
    errors: body.errors,
  }
}

export interface EmulatorEndpoints {
  readonly storefrontPath: string
  readonly adminPath: string
  readonly storefrontAccessToken: string
  readonly adminAccessToken: string
}

/** A Storefront API client for tests; `headers` replace the default token header. */
export function storefrontClient(baseUrl: string, emulator: EmulatorEndpoints) {
  return <Data>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {
      'X-Shopify-Storefront-Access-Token': emulator.storefrontAccessToken,
    },
  ): Promise<GraphQLResult<Data>> => {
    assertValid(storefrontSchema(), query)
    return post<Data>(baseUrl + emulator.storefrontPath, headers, query, variables)
  }
}

/** An Admin API client for tests. */
export function adminClient(baseUrl: string, emulator: EmulatorEndpoints) {
  return <Data>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = { 'X-Shopify-Access-Token': emulator.adminAccessToken },
  ): Promise<GraphQLResult<Data>> => {
    assertValid(shopifyAdminSchema(), query, [])
    return post<Data>(baseUrl + emulator.adminPath, headers, query, variables)
  }
}
