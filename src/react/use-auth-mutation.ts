import { useMemo } from 'react'
import { useMutation } from '@tanstack/react-query'
import type {
  MutateOptions,
  QueryClient,
  UseMutationOptions,
  UseMutationResult,
} from '@tanstack/react-query'
import type { CustomerAuth } from '../core/customer-auth.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import { useCustomerAuthContext } from './customer-auth-context.js'
import { clientError, toCustomerAuthError } from '../core/to-customer-auth-error.js'

/** react-query's mutation options, minus what the hook itself provides. */
export type CustomerAuthMutationOptions<TData, TInput> = Omit<
  UseMutationOptions<TData, CustomerAuthError, TInput>,
  'mutationFn'
>

/**
 * What react-query stores as a call's `variables`: a fresh object per call holding the redacted
 * input. Being an object, it keys the real input in a WeakMap that only this module can read.
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

/** Every call's real input, until the mutation settles (after its retries). */
const secrets = new WeakMap<Call<unknown>, unknown>()

type Callback = (...args: unknown[]) => unknown

/** Where react-query passes the variables to each callback. */
const variablesAt = { onMutate: 0, onSuccess: 1, onError: 1, onSettled: 2 }

/** The app's callbacks, handed the redacted input where react-query passes the call. */
function unwrap(callbacks: object): Record<string, Callback> {
  const wrapped: Record<string, Callback> = {}
  for (const [name, at] of Object.entries(variablesAt)) {
    const callback = (callbacks as Record<string, Callback | undefined>)[name]
    if (callback)
      wrapped[name] = (...args) => {
        args[at] = (args[at] as Call<unknown>).input
        return callback(...args)
      }
  }
  return wrapped
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
  const callbacks = unwrap(options)
  const mutation = useMutation<TData, CustomerAuthError, Call<TInput>, unknown>(
    {
      // An auth call should answer (NETWORK) rather than wait silently for the browser to be online.
      networkMode: 'always',
      gcTime: 0,
      mutationKey: ['storefront-auth', engine.backend.id, spec.name],
      ...(options as object),
      ...callbacks,
      mutationFn: async (call) => {
        if (!secrets.has(call)) throw clientError('ABORTED', `${spec.name}: input gone`)
        try {
          return await spec.run(engine, secrets.get(call) as TInput, queryClient)
        } catch (error) {
          throw toCustomerAuthError(error)
        }
      },
      onSettled: (...args) => {
        secrets.delete(args[2])
        return callbacks.onSettled?.(...args)
      },
    },
    queryClient,
  )

  const { mutateAsync: mutateCall } = mutation
  const calls = useMemo(() => {
    const mutateAsync = (
      input: TInput,
      callOptions?: MutateOptions<TData, CustomerAuthError, TInput, unknown>,
    ): Promise<TData> => {
      const call = { input: spec.redact(input) }
      secrets.set(call, input)
      return mutateCall(call, callOptions && unwrap(callOptions))
    }
    return {
      mutateAsync,
      // Like react-query's mutate: the error is in the mutation state, not an unhandled rejection.
      mutate: (...args: Parameters<typeof mutateAsync>) =>
        void mutateAsync(...args).catch(() => {}),
    }
  }, [mutateCall, spec])
  return {
    ...mutation,
    variables: mutation.variables?.input,
    ...calls,
  } as UseMutationResult<TData, CustomerAuthError, TInput>
}
