import type { AnyVariables, OperationResult } from '@urql/core'
import type { BackendContext } from '../core/backend.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { operationContext, type OperationTarget } from './operation-context.js'
import type { TypedDocument } from './typed-document.js'

/**
 * Sends one query or mutation through the backend's or the app's urql client, to `target` (see
 * operationContext), and waits for its first result. Aborting `ctx.signal` unsubscribes, which
 * makes urql's fetchExchange abort the HTTP request; urql replaces any `signal` passed in
 * fetchOptions with its own controller, so unsubscribing is the only way to cancel through any
 * client.
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
    // client.query and client.mutation take the same arguments.
    const subscription = client[kind]<Data, Variables>(
      document,
      variables,
      operationContext(target),
    ).subscribe((result) => {
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
