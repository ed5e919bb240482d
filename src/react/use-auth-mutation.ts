import { useCallback, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type {
  MutateOptions,
  QueryClient,
  UseMutationOptions,
  UseMutationResult,
} from '@tanstack/react-query'
import type { CustomerAuth } from '../core/customer-auth.js'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { useCustomerAuthContext } from './customer-auth-context.js'
import { toCustomerAuthError } from '../core/to-customer-auth-error.js'

/** react-query's mutation options, minus what the hook itself provides. */
export type CustomerAuthMutationOptions<TData, TInput> = Omit<
  UseMutationOptions<TData, CustomerAuthError, TInput>,
  'mutationFn'
>

/**
 * What react-query stores as a call's `variables`: a fresh object per call holding the redacted
 * input. Being an object, it keys the real input in a WeakMap that only this hook can read.
 */
interface Call<TInput> {
  readonly input: TInput
}

/** One per hook, defined at module level so it is stable across renders. */
export interface AuthMutationSpec<TData, TInput> {
  readonly name: string
  readonly run: (engine: CustomerAuth, input: TInput, queryClient: QueryClient) => Promise<TData>
  /** The input as it may be kept in the QueryClient: secrets replaced. */
  readonly redact: (input: TInput) => TInput
}

/**
 * useMutation over the engine, with secrets kept out of react-query: the mutation state,
 * callbacks and devtools only ever see the redacted input; the real one lives in a WeakMap keyed
 * by the call, handed to the engine and deleted once the mutation settles (after its retries).
 */
export function useAuthMutation<TData, TInput>(
  spec: AuthMutationSpec<TData, TInput>,
  options: CustomerAuthMutationOptions<TData, TInput> = {},
): UseMutationResult<TData, CustomerAuthError, TInput> {
  const { engine, queryClient } = useCustomerAuthContext(spec.name)
  const [secrets] = useState(() => new WeakMap<Call<TInput>, TInput>())
  const { onMutate, onSuccess, onError, onSettled, ...rest } = options
  const mutation = useMutation<TData, CustomerAuthError, Call<TInput>, unknown>(
    {
      // An auth call should answer (NETWORK) rather than wait silently for the browser to be online.
      networkMode: 'always',
      gcTime: 0,
      mutationKey: ['storefront-auth', engine.backend.id, spec.name],
      ...rest,
      mutationFn: async (call) => {
        if (!secrets.has(call))
          throw new CustomerAuthError(
            'ABORTED',
            `${spec.name}: the input is no longer available.`,
            {
              source: 'client',
              retryable: false,
            },
          )
        try {
          return await spec.run(engine, secrets.get(call) as TInput, queryClient)
        } catch (error) {
          throw toCustomerAuthError(error)
        }
      },
      onMutate: onMutate && ((call, context) => onMutate(call.input, context)),
      onSuccess:
        onSuccess &&
        ((data, call, result, context) => onSuccess(data, call.input, result, context)),
      onError:
        onError && ((error, call, result, context) => onError(error, call.input, result, context)),
      onSettled: (data, error, call, result, context) => {
        secrets.delete(call)
        return onSettled?.(data, error, call.input, result, context)
      },
    },
    queryClient,
  )

  const { mutateAsync: mutateCall } = mutation
  const mutateAsync = useCallback(
    (input: TInput, callOptions?: MutateOptions<TData, CustomerAuthError, TInput, unknown>) => {
      const call: Call<TInput> = { input: spec.redact(input) }
      secrets.set(call, input)
      return mutateCall(call, callOptions && unwrapCallOptions(callOptions))
    },
    [mutateCall, secrets, spec],
  )
  const mutate = useCallback(
    (input: TInput, callOptions?: MutateOptions<TData, CustomerAuthError, TInput, unknown>) => {
      // Like react-query's mutate: the error is in the mutation state, not an unhandled rejection.
      mutateAsync(input, callOptions).catch(() => undefined)
    },
    [mutateAsync],
  )
  return {
    ...mutation,
    variables: mutation.variables?.input,
    mutate,
    mutateAsync,
  } as UseMutationResult<TData, CustomerAuthError, TInput>
}

function unwrapCallOptions<TData, TInput>(
  options: MutateOptions<TData, CustomerAuthError, TInput, unknown>,
): MutateOptions<TData, CustomerAuthError, Call<TInput>, unknown> {
  const { onSuccess, onError, onSettled } = options
  return {
    onSuccess:
      onSuccess && ((data, call, result, context) => onSuccess(data, call.input, result, context)),
    onError:
      onError && ((error, call, result, context) => onError(error, call.input, result, context)),
    onSettled:
      onSettled &&
      ((data, error, call, result, context) => onSettled(data, error, call.input, result, context)),
  }
}
