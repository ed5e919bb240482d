import type { AnyVariables } from '@urql/core'
import type { BackendContext, LoginCredentials } from '../../core/backend.js'
import { CustomerAuthError } from '../../core/customer-auth-error.js'
import type { IssuedToken } from '../../core/session.js'
import { loadOnDemand } from '../load-on-demand.js'
import { runOperation } from '../run-operation.js'
import type { TypedDocument } from '../typed-document.js'
import {
  missingDataError,
  responseStatus,
  toGraphQLErrorLikes,
  transportError,
} from '../transport-error.js'
import { keepSecretsOut, secretValues } from '../secret-values.js'
import type * as AdobeErrorMapping from './map-adobe-errors.js'
import type { AdobeOperation } from './map-adobe-errors.js'

/**
 * How an Adobe Commerce backend talks to the API. Shared by the calls every page needs and by
 * the account flows, which load on demand (`account-flows.ts`).
 */
export interface AdobeSender {
  /**
   * Sends one operation (with the customer's Bearer token when given) and returns its data and
   * the time the answer arrived. Every failure becomes a CustomerAuthError.
   */
  send<Data, Variables extends AnyVariables>(
    kind: 'query' | 'mutation',
    document: TypedDocument<Data, Variables>,
    variables: Variables,
    operation: AdobeOperation,
    ctx: BackendContext,
    accessToken?: string,
  ): Promise<{ data: Data; receivedAt: number }>
  login(credentials: LoginCredentials, ctx: BackendContext): Promise<IssuedToken>
}

/**
 * `loadErrorMapping` is injectable for tests only (a chunk that fails to load). The mapping of
 * GraphQL errors loads on the first error the API explains: the success path never needs it.
 * What must work offline stays here (see transportError).
 */
export function adobeSend(
  url: string,
  storeHeaders: Readonly<Record<string, string>>,
  fetchFn: typeof fetch | undefined,
  now: () => number,
  loadErrorMapping = (): Promise<typeof AdobeErrorMapping> => import('./map-adobe-errors.js'),
): AdobeSender['send'] {
  const sendOnce: AdobeSender['send'] = async (
    kind,
    document,
    variables,
    operation,
    ctx,
    accessToken,
  ) => {
    const headers =
      accessToken === undefined
        ? storeHeaders
        : { ...storeHeaders, Authorization: `Bearer ${accessToken}` }
    const result = await runOperation(
      kind,
      document,
      variables,
      { url, headers, fetch: fetchFn },
      ctx,
    )
    const receivedAt = now()
    const { error } = result
    if (error)
      throw (
        transportError(error, 'adobe-commerce') ??
        (await loadOnDemand(loadErrorMapping, 'the Adobe Commerce error mapping').then(
          (mapping) => mapping.adobeOperationError(error, operation),
          (loadFailure: CustomerAuthError) =>
            // Should the mapping's chunk fail to load, a refused Bearer token (expired or
            // revoked) is still decided here, as the mapping would: a failed import() stays
            // failed until the page reloads, and a dead token reported as NETWORK would keep the
            // session "signed in" until it expires. Magento refuses a token before any resolver
            // runs, with a GraphQL error and HTTP 401 (graphql-authentication) or 403
            // (graphql-authorization); the status decides here, so the categories stay in the
            // mapping's chunk. An error on a field came from a resolver that ran with the token
            // (changeCustomerPassword's wrong current password is a 401 too): not about it.
            accessToken !== undefined &&
            error.graphQLErrors.length > 0 &&
            error.graphQLErrors.every((graphQLError) => !graphQLError.path?.length) &&
            (responseStatus(error) === 401 || responseStatus(error) === 403)
              ? new CustomerAuthError('TOKEN_INVALID', `${operation}: token refused`, {
                  source: 'adobe-commerce',
                  status: responseStatus(error),
                  graphQLErrors: toGraphQLErrorLikes(error),
                  cause: loadFailure,
                })
              : loadFailure,
        ))
      )
    if (result.data == null) throw missingDataError(operation, 'adobe-commerce')
    return { data: result.data, receivedAt }
  }
  // A failure never carries a secret the call sent (password, reset token, the Bearer token),
  // even when the API echoes the input in its error (see keepSecretsOut).
  return async (kind, document, variables, operation, ctx, accessToken) => {
    try {
      return await sendOnce(kind, document, variables, operation, ctx, accessToken)
    } catch (error) {
      if (!(error instanceof CustomerAuthError)) throw error
      const secrets = secretValues(variables)
      throw await keepSecretsOut(error, accessToken ? [...secrets, accessToken] : secrets, () =>
        loadOnDemand(loadErrorMapping, 'the Adobe Commerce error mapping'),
      )
    }
  }
}
