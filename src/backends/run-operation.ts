import { createRequest, type AnyVariables, type OperationResult } from '@urql/core'
import type { BackendContext } from '../core/backend.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { operationContext, type OperationTarget } from './operation-context.js'
import type { TypedDocument } from './typed-document.js'

/**
 * A fraction in [0.25, 0.75), the same for every key this module hands out: added to a counter,
 * it gives keys that are never integers, so never one of urql's own (integer hashes of the
 * document and variables), and that differ from another copy of this module on the same client.
 */
const keySalt = 0.25 + Math.random() / 2
let operationCount = 0

/**
 * Sends one query or mutation through the backend's or the app's urql client, to `target` (see
 * operationContext), and waits for its first result. Aborting `ctx.signal` unsubscribes, which
 * makes urql's fetchExchange abort the HTTP request; urql replaces any `signal` passed in
 * fetchOptions with its own controller, so unsubscribing is the only way to cancel through any
 * client.
 *
 * Each call gets an operation key of its own. urql keys an operation by its document and
 * variables only, and a client shares one in-flight query (and a cached result) between all
 * operations with the same key. The customer's token is not always among the variables (Adobe
 * sends it as a header, in the context), so two customers' reads through one client would get
 * one request and one answer.
 */
export function runOperation<Data, Variables extends AnyVariables>(
  kind: 'query' | 'mutation',
  document: TypedDocument<Data, Variables>,
  variables: Variables,
  target: OperationTarget,
  { client, signal }: BackendContext,
): Promise<OperationResult<Data, Variables>> {
  return new Promise((resolve, reject) => {
    const aborted = (): CustomerAuthError =>
      // Not retryable (ABORTED is not among the codes retried by default): the caller gave up.
      new CustomerAuthError('ABORTED', 'The operation was aborted.', {
        source: 'client',
        cause: signal?.reason,
      })
    if (signal?.aborted) return reject(aborted())
    // `settled` ignores later results (and an abort after the first one); it also tells a result
    // delivered synchronously inside subscribe() apart, so no abort listener is left behind.
    let settled = false
    const onAbort = (): void => {
      if (settled) return
      settled = true
      subscription.unsubscribe()
      reject(aborted())
    }
    const request = createRequest<Data, Variables>(document, variables)
    const operation = client.createRequestOperation<Data, Variables>(
      kind,
      { ...request, key: ++operationCount + keySalt },
      operationContext(target),
    )
    const subscription = client.executeRequestOperation(operation).subscribe((result) => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      resolve(result)
      // Unsubscribing inside the callback is safe in wonka; it ends the operation in urql.
      queueMicrotask(() => subscription.unsubscribe())
    })
    if (!settled) signal?.addEventListener('abort', onAbort, { once: true })
  })
}
