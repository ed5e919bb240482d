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
 * input. Being an object, it keys the real input in a WeakMap that only this module can read; being
 * a class, it is told apart from every other argument react-query passes to a callback.
 */
class Call<TInput> {
  readonly input: TInput
  constructor(input: TInput) {
    this.input = input
  }
}

/** One per hook, defined at module level so it is stable across renders. */
export interface AuthMutationSpec<TData, TInput> {
  readonly name: string
  readonly run: (engine: CustomerAuth, input: TInput, queryClient: QueryClient) => Promise<TData>
  /** The input as it may be kept in the QueryClient: secrets replaced. */
  readonly redact: (input: TInput) => TInput
}

/** Every call's real input, until the call settles (after its retries). */
const secrets = new WeakMap<Call<unknown>, unknown>()

type Callback = (...args: unknown[]) => unknown

/**
 * The app's options with each function handed the redacted input wherever react-query passes the
 * call (the variables of onMutate, onSuccess, onError, onSettled): the app never sees a Call.
 */
function unwrap(options: object): object {
  const wrapped: Record<string, unknown> = { ...options }
  for (const [name, option] of Object.entries(options))
    if (typeof option === 'function')
      wrapped[name] = (...args: unknown[]) =>
        (option as Callback)(...args.map((arg) => (arg instanceof Call ? arg.input : arg)))
  return wrapped
}

/**
 * useMutation over the engine, with secrets kept out of react-query: the mutation state,
 * callbacks and devtools only ever see the redacted input; the real one lives in a WeakMap keyed
 * by the call, handed to the engine and deleted once the call settles (after its retries).
 */
export function useAuthMutation<TData, TInput>(
  spec: AuthMutationSpec<TData, TInput>,
  options: CustomerAuthMutationOptions<TData, TInput> = {},
): UseMutationResult<TData, CustomerAuthError, TInput> {
  const { engine, queryClient } = useCustomerAuthContext(spec.name)
  const mutation = useMutation<TData, CustomerAuthError, Call<TInput>, unknown>(
    {
      // An auth call should answer (NETWORK) rather than wait silently for the browser to be online.
      networkMode: 'always',
      gcTime: 0,
      mutationKey: ['storefront-auth', engine.backend.id, spec.name],
      ...unwrap(options),
      mutationFn: async (call) => {
        // A call replayed after it settled (e.g. a dehydrated mutation resumed) has no input left.
        if (!secrets.has(call)) throw clientError('ABORTED', `${spec.name}: input gone`)
        try {
          return await spec.run(engine, secrets.get(call) as TInput, queryClient)
        } catch (error) {
          throw toCustomerAuthError(error)
        }
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
      const call = new Call(spec.redact(input))
      secrets.set(call, input)
      // mutateAsync settles once react-query has given up retrying and run every callback.
      return mutateCall(call, callOptions && unwrap(callOptions)).finally(() =>
        secrets.delete(call),
      )
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
