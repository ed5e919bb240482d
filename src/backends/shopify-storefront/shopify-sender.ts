import type { AnyVariables } from '@urql/core'
import type { BackendContext } from '../../core/backend.js'
import {
  CustomerAuthError,
  type GraphQLErrorLike,
  type UserErrorLike,
} from '../../core/customer-auth-error.js'
import type { IssuedToken } from '../../core/session.js'
import { loadOnDemand } from '../load-on-demand.js'
import { runOperation } from '../run-operation.js'
import type { TypedDocument } from '../typed-document.js'
import { keepSecretsOut, secretValues } from '../secret-values.js'
import {
  missingDataError,
  responseStatus,
  toGraphQLErrorLikes,
  transportError,
} from '../transport-error.js'
import type * as ShopifyErrorMapping from './map-shopify-errors.js'
import type { ShopifyOperation } from './map-shopify-errors.js'

interface PayloadErrors {
  readonly customerUserErrors?: readonly UserErrorLike[]
  readonly userErrors?: readonly UserErrorLike[]
}

/** A mutation's payload is never null once sent; the `customer` query's is null for a dead token. */
export type Payload<Data, Field extends keyof Data> = Field extends 'customer'
  ? Data[Field]
  : NonNullable<Data[Field]>

interface StorefrontToken {
  readonly accessToken: string
  readonly expiresAt: string
}

/**
 * How a Shopify backend talks to the Storefront API. Shared by the calls every page needs and by
 * the account flows, which load on demand (`account-flows.ts`).
 */
export interface ShopifySender {
  /**
   * Sends one operation and returns its root field's payload once it carries no user errors,
   * with the time the answer arrived. Every failure becomes a CustomerAuthError.
   */
  send<Data, Variables extends AnyVariables, Field extends keyof Data & ShopifyOperation>(
    document: TypedDocument<Data, Variables>,
    variables: Variables,
    field: Field,
    ctx: BackendContext,
  ): Promise<[payload: Payload<Data, Field>, receivedAt: number]>
  /** Sends an operation whose payload carries a new customer access token. */
  issue<Data, Variables extends AnyVariables, Field extends keyof Data & ShopifyOperation>(
    document: TypedDocument<Data, Variables>,
    variables: Variables,
    field: Field,
    ctx: BackendContext,
  ): Promise<IssuedToken>
}

/**
 * `loadErrorMapping` is injectable for tests only (a chunk that fails to load). The mapping of
 * GraphQL errors and userErrors loads on the first error the API explains: the success path
 * never needs it. What must work offline stays here (see transportError).
 */
export function shopifySender(
  url: string,
  headers: () => Record<string, string>,
  fetchFn: typeof fetch | undefined,
  now: () => number,
  loadErrorMapping = (): Promise<typeof ShopifyErrorMapping> => import('./map-shopify-errors.js'),
): ShopifySender {
  const errorMapping = () => loadOnDemand(loadErrorMapping, 'the Shopify error mapping')
  /**
   * Sends one operation; a failure never carries a secret the call sent (a password, a token, a
   * reset URL), even when the API echoes the input in its error (see keepSecretsOut).
   */
  async function send<
    Data,
    Variables extends AnyVariables,
    Field extends keyof Data & ShopifyOperation,
  >(
    document: TypedDocument<Data, Variables>,
    variables: Variables,
    field: Field,
    ctx: BackendContext,
  ): Promise<[payload: Payload<Data, Field>, receivedAt: number]> {
    try {
      return await sendOnce(document, variables, field, ctx)
    } catch (error) {
      throw error instanceof CustomerAuthError
        ? await keepSecretsOut(error, secretValues(variables), errorMapping)
        : error
    }
  }
  async function sendOnce<
    Data,
    Variables extends AnyVariables,
    Field extends keyof Data & ShopifyOperation,
  >(
    document: TypedDocument<Data, Variables>,
    variables: Variables,
    field: Field,
    ctx: BackendContext,
  ): Promise<[payload: Payload<Data, Field>, receivedAt: number]> {
    const result = await runOperation(
      field === 'customer' ? 'query' : 'mutation',
      document,
      variables,
      { url, headers: headers(), fetch: fetchFn },
      ctx,
    )
    const receivedAt = now()
    const payload = result.data?.[field]
    /**
     * The vendor mapping's verdict. Should its chunk fail to load, a refused token on renew or
     * delete (their one input) is still decided here: a failed import() stays failed until the
     * page reloads, and a dead token reported as NETWORK would be renewed again until it expires.
     * As in the mapping, ACCESS_DENIED means a dead token only on an operation that takes one;
     * on any other (the `customer` query included) it is the storefront token's missing scope.
     */
    const explain = (
      map: (mapping: typeof ShopifyErrorMapping) => CustomerAuthError,
      refusal:
        false | { graphQLErrors?: GraphQLErrorLike[]; userErrors?: readonly UserErrorLike[] },
    ): Promise<CustomerAuthError> =>
      errorMapping().then(map, (loadFailure: CustomerAuthError) =>
        refusal && (field === 'customerAccessTokenRenew' || field === 'customerAccessTokenDelete')
          ? new CustomerAuthError('TOKEN_INVALID', `${field}: token refused`, {
              source: 'shopify',
              status: result.error && responseStatus(result.error),
              ...refusal,
              cause: loadFailure,
            })
          : loadFailure,
      )
    const { error } = result
    if (error)
      throw (
        transportError(error, 'shopify') ??
        (await explain(
          (mapping) => mapping.shopifyOperationError(error, field, payload),
          error.graphQLErrors.some(
            (graphQLError) => graphQLError.extensions?.code === 'ACCESS_DENIED',
          ) && { graphQLErrors: toGraphQLErrorLikes(error) },
        ))
      )
    // A mutation's payload is never null once sent; the `customer` query's is for a dead token.
    if (payload === undefined || (payload === null && field !== 'customer'))
      throw missingDataError(field, 'shopify')
    const { customerUserErrors, userErrors } = (payload ?? {}) as PayloadErrors
    const errors = customerUserErrors ?? userErrors ?? []
    if (errors.length)
      throw await explain((mapping) => mapping.shopifyUserErrorsToError(errors, field), {
        userErrors: errors,
      })
    return [payload as Payload<Data, Field>, receivedAt]
  }
  return {
    send,
    async issue(document, variables, field, ctx) {
      const [payload, receivedAt] = await send(document, variables, field, ctx)
      const token = (payload as { customerAccessToken?: StorefrontToken | null })
        .customerAccessToken
      if (token) return issuedToken(token, receivedAt, field)
      // Renew may answer a dead token with no token and no error at all.
      throw field === 'customerAccessTokenRenew'
        ? new CustomerAuthError('TOKEN_INVALID', 'The token cannot be renewed.', {
            source: 'shopify',
          })
        : missingDataError(field, 'shopify')
    },
  }
}

export function issuedToken(
  token: StorefrontToken,
  receivedAt: number,
  operation: ShopifyOperation,
): IssuedToken {
  const expiresAt = Date.parse(token.expiresAt)
  if (!token.accessToken || !Number.isFinite(expiresAt))
    throw new CustomerAuthError('SERVER', `${operation}: token without a valid expiry.`, {
      source: 'shopify',
      retryable: false,
    })
  return { accessToken: token.accessToken, expiresAt, issuedAt: receivedAt }
}
