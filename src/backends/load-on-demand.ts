import { CustomerAuthError } from '../core/customer-auth-error.js'

/**
 * Loads a module kept out of the entry chunk (`import()`: a chunk of its own in any app bundler).
 * A chunk that fails to load (offline, or a deploy replaced it) becomes a retryable NETWORK error
 * like any request: the page most likely lost its connection, and trying again is right.
 */
export function loadOnDemand<Module>(load: () => Promise<Module>, what: string): Promise<Module> {
  return load().catch((cause: unknown) => {
    throw new CustomerAuthError('NETWORK', `Loading ${what} failed.`, { source: 'network', cause })
  })
}

/** An on-demand function: what the backend hands it first, then the method's own arguments. */
type Flow<Calls> = (calls: Calls, ...args: never[]) => Promise<unknown>

type ArgsAfterCalls<F> = F extends (calls: never, ...args: infer Args) => unknown ? Args : never

/**
 * Backend methods whose code stays out of the entry chunk (the account flows). `method(name)`
 * is a function that loads the module on first call (see loadOnDemand) and runs its export
 * `name` with `calls` first.
 */
export function onDemand<Calls, Flows extends Record<string, Flow<Calls>>>(
  load: () => Promise<Flows>,
  calls: Calls,
) {
  return <Name extends keyof Flows>(name: Name) =>
    async (...args: ArgsAfterCalls<Flows[Name]>): Promise<Awaited<ReturnType<Flows[Name]>>> => {
      const flows = await loadOnDemand(load, 'the account flows')
      const flow = flows[name] as unknown as (
        calls: Calls,
        ...args: ArgsAfterCalls<Flows[Name]>
      ) => Promise<Awaited<ReturnType<Flows[Name]>>>
      return flow(calls, ...args)
    }
}
