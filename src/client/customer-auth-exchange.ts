import { authExchange } from '@urql/exchange-auth'
import {
  composeExchanges,
  makeOperation,
  mapExchange,
  type Exchange,
  type Operation,
  type OperationResult,
} from '@urql/core'
import type { CustomerAuth } from '../core/customer-auth.js'
import type { CustomerOperationInfo } from '../core/customer-credential.js'
import { customerRequests, type CustomerClientOptions } from './customer-request.js'
import { operationInfo } from './operation-info.js'

/** The options of `customerAuthExchange`. */
export type CustomerAuthExchangeOptions = CustomerClientOptions

/**
 * An urql exchange, built on `@urql/exchange-auth`, that puts the signed-in customer's token
 * where the backend takes it in the app's own operations: Adobe Commerce, the
 * `Authorization: Bearer` header; Shopify, the `$customerAccessToken` variable the operation
 * declares. Before such an operation it asks the engine for the token (`getAccessToken()`), so a
 * renew that is due runs first, once for all operations waiting; an answer that refuses the
 * token ends the session in every tab (`tokenRefused()`). Operations that do not act as the
 * customer, and every operation while nobody is signed in, go out as the app sent them.
 *
 * Place it before `fetchExchange` (after `cacheExchange`), in a client created for the
 * provider's engine (`useCustomerAuthEngine()`); see docs/your-graphql-client.md.
 */
export function customerAuthExchange(
  engine: CustomerAuth,
  options: CustomerAuthExchangeOptions = {},
): Exchange {
  const requests = customerRequests(engine, options, 'customerAuthExchange')
  /** The token each forwarded operation went out with, to judge its answer by. */
  const sentWith = new WeakMap<Operation, string>()
  const customerInfo = (operation: Operation): CustomerOperationInfo | null => {
    if (operation.kind === 'teardown') return null
    const info = operationInfo(operation.query)
    return info && requests.needsCustomer(info) ? info : null
  }

  const auth = authExchange(async (utils) => ({
    addAuthToOperation(operation) {
      const accessToken = engine.getSnapshot().session?.accessToken
      if (!accessToken || !customerInfo(operation)) return operation
      const { headers, variables } = requests.place(
        accessToken,
        operation.variables as Readonly<Record<string, unknown>> | undefined,
      )
      const placed = utils.appendHeaders(
        // A token in the variables must never go into a URL (urql sends queries as GET when
        // `preferGetMethod` allows): such an operation always goes as a POST.
        makeOperation(
          operation.kind,
          { ...operation, variables },
          requests.credential.variable
            ? { ...operation.context, preferGetMethod: false }
            : operation.context,
        ),
        headers,
      )
      sentWith.set(placed, accessToken)
      return placed
    },
    // The engine decides whether a renew is due; asking costs a microtask when none is.
    willAuthError: (operation) =>
      engine.getSnapshot().session !== null && !!customerInfo(operation),
    async refreshAuth() {
      await engine.getAccessToken()
    },
    // A refused token is not renewed and retried: the session is over (see below).
    didAuthError: () => false,
  }))

  const refusals = mapExchange({
    onResult(result: OperationResult) {
      const accessToken = sentWith.get(result.operation)
      const info = accessToken && customerInfo(result.operation)
      if (!info) return
      const refusal = requests.credential.refusal(
        {
          data: result.data as Record<string, unknown> | null | undefined,
          errors: result.error?.graphQLErrors,
          status: (result.error?.response as { status?: number } | undefined)?.status,
        },
        info,
      )
      // The session ends before the app sees the answer; a rule that failed to load is no refusal.
      return Promise.resolve(refusal).then(
        (reason) => {
          if (reason) engine.tokenRefused(accessToken, reason)
          return result
        },
        () => result,
      )
    },
  })

  return composeExchanges([auth, refusals])
}
