import type { AnyVariables, Client, CombinedError } from '@urql/core'
import type { CartOutcome } from '../core/cart-link.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { toCustomerAuthError } from '../core/to-customer-auth-error.js'
import { createGraphQLClient } from './create-graphql-client.js'
import { runOperation } from './run-operation.js'
import { missingDataError, transportError, type ApiSource } from './transport-error.js'
import type { TypedDocument } from './typed-document.js'

/** Sends one cart operation and resolves to its data; every failure is a CustomerAuthError. */
export type CartSend = <Data, Variables extends AnyVariables>(
  kind: 'query' | 'mutation',
  document: TypedDocument<Data, Variables>,
  variables: Variables,
  headers: Readonly<Record<string, string>>,
  signal: AbortSignal | undefined,
) => Promise<Data>

export interface CartSenderOptions {
  readonly url: string
  readonly fetch: typeof fetch | undefined
  readonly source: ApiSource
  /** The API's GraphQL errors, once transportError has ruled out the HTTP-level failures. */
  readonly graphQLError: (error: CombinedError) => CustomerAuthError
}

/**
 * The transport of a cart link: the same urql client rules as the backends' (POST only, never
 * cached; see createGraphQLClient), one client made on first use, so an app that never signs in
 * builds none.
 */
export function cartSender({ url, fetch: fetchFn, source, graphQLError }: CartSenderOptions) {
  let client: Client | undefined
  const send: CartSend = async (kind, document, variables, headers, signal) => {
    client ??= createGraphQLClient(url, fetchFn)
    const result = await runOperation(
      kind,
      document,
      variables,
      { url, headers, fetch: fetchFn },
      { client, signal },
    )
    if (result.error) throw transportError(result.error, source) ?? graphQLError(result.error)
    if (result.data == null) throw missingDataError('cart', source)
    return result.data
  }
  return send
}

/**
 * The outcome of a cart step whose every failure is an error value: a CustomerAuthError as it
 * is, anything else (a bug, never a secret-bearing request) as one.
 */
export async function settled(step: () => Promise<string>): Promise<CartOutcome> {
  try {
    return { cartId: await step(), error: null }
  } catch (error) {
    return { cartId: null, error: toCustomerAuthError(error) }
  }
}
