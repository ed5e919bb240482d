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
  target: Omit<OperationTarget, 'signal'>,
  ctx: BackendContext,
): Promise<OperationResult<Data, Variables>> {
  const { signal } = ctx
  // client.query and client.mutation take the same arguments.
  const source = ctx.client[kind]<Data, Variables>(
    document,
    variables,
    operationContext({ ...target, signal }),
  )
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal))
      return
    }
    let settled = false
    const onAbort = (): void => {
      if (settled) return
      settled = true
      subscription.unsubscribe()
      reject(abortedError(signal))
    }
    const subscription = source.subscribe((result) => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      resolve(result)
      // Unsubscribing inside the callback is safe in wonka; it ends the operation in urql.
      queueMicrotask(() => subscription.unsubscribe())
    })
    if (settled) return
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function abortedError(signal: AbortSignal | undefined): CustomerAuthError {
  return new CustomerAuthError('ABORTED', 'The operation was aborted.', {
    source: 'client',
    retryable: false,
    cause: signal?.reason,
  })
}
