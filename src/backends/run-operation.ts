import type { AnyVariables, OperationResult, OperationResultSource } from '@urql/core'
import { CustomerAuthError } from '../core/customer-auth-error.js'

/**
 * Waits for the first result of an urql operation. Aborting `signal` unsubscribes, which makes
 * urql's fetchExchange abort the HTTP request; urql replaces any `signal` passed in fetchOptions
 * with its own controller, so unsubscribing is the only way to cancel through any client.
 */
export function runOperation<Data, Variables extends AnyVariables>(
  source: OperationResultSource<OperationResult<Data, Variables>>,
  signal: AbortSignal | undefined,
): Promise<OperationResult<Data, Variables>> {
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
