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
 * The variables of a call whose input is a primitive secret (a Multipass token string): a string
 * cannot key a WeakMap, so react-query keeps `{ input: '[redacted]' }` for it. Being a class, it
 * is told apart from every other argument react-query passes to a callback.
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
  /** The input as it may be kept in the QueryClient: secrets replaced, objects copied. */
  readonly redact: (input: TInput) => TInput
}

/**
 * Every call's real input, until the call settles (after its retries), keyed by the variables
 * react-query keeps for that call: the fresh redacted copy of an object input (unique per call),
 * or a Call around a redacted primitive.
 */
const secrets = new WeakMap<object, unknown>()

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null

/** What react-query keeps as the variables of one call; its real input is in `secrets`. */
function variablesOf<TInput>(input: TInput, redacted: TInput): unknown {
  // Nothing secret in a primitive (an email, no input at all): react-query may keep it as is.
  if (!isObject(redacted) && Object.is(redacted, input)) return input
  let variables: object = new Call(redacted)
  // A fresh object per call, so two calls with one input object never share a key.
  if (isObject(redacted)) variables = redacted === input ? { ...redacted } : redacted
  secrets.set(variables, input)
  return variables
}

/** The redacted input as the app passed it: a primitive secret's Call unwrapped. */
const redactedInput = (variables: unknown): unknown =>
  variables instanceof Call ? (variables.input as unknown) : variables

type Callback = (...args: unknown[]) => unknown

/**
 * The app's options with each function handed the redacted input wherever react-query passes the
 * variables (onMutate, onSuccess, onError, onSettled): the app's callbacks never see a Call.
 */
function unwrap(options: object): object {
  const wrapped: Record<string, unknown> = { ...options }
  for (const [name, option] of Object.entries(options))
    if (typeof option === 'function')
      wrapped[name] = (...args: unknown[]) => (option as Callback)(...args.map(redactedInput))
  return wrapped
}

/**
 * useMutation over the engine, with secrets kept out of react-query: the mutation state,
 * callbacks and devtools only ever see the redacted input; the real one lives in a WeakMap keyed
 * by the call's variables, handed to the engine and deleted once the call settles (after its
 * retries).
 */
export function useAuthMutation<TData, TInput>(
  spec: AuthMutationSpec<TData, TInput>,
  options: CustomerAuthMutationOptions<TData, TInput> = {},
): UseMutationResult<TData, CustomerAuthError, TInput> {
  const { engine, queryClient } = useCustomerAuthContext(spec.name)
  const mutation = useMutation<TData, CustomerAuthError, unknown, unknown>(
    {
      // An auth call should answer (NETWORK) rather than wait silently for the browser to be online.
      networkMode: 'always',
      gcTime: 0,
      // Never the app's default mutation retry: a resent sign-in counts again toward the API's
      // attempt limit, a Multipass token is single use, a resent registration finds the email
      // taken. A `retry` set on the hook itself still applies.
      retry: false,
      mutationKey: ['storefront-auth', engine.backend.id, spec.name],
      ...unwrap(options),
      mutationFn: async (variables) => {
        // A call replayed after it settled (e.g. a dehydrated mutation resumed) has no input left.
        if (isObject(variables) && !secrets.has(variables))
          throw clientError('ABORTED', `${spec.name}: input gone`)
        const input = (isObject(variables) ? secrets.get(variables) : variables) as TInput
        try {
          return await spec.run(engine, input, queryClient)
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
      const variables = variablesOf(input, spec.redact(input))
      // mutateAsync settles once react-query has given up retrying and run every callback.
      return mutateCall(variables, callOptions && unwrap(callOptions)).finally(() => {
        if (isObject(variables)) secrets.delete(variables)
      })
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
    variables: redactedInput(mutation.variables),
    ...calls,
  } as UseMutationResult<TData, CustomerAuthError, TInput>
}
