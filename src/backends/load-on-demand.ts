import { CustomerAuthError } from '../core/customer-auth-error.js'

/**
 * Loads a module a backend keeps out of the entry chunk (its account flows). A chunk that fails
 * to load (offline, or a deploy replaced it) becomes a retryable NETWORK error like any request.
 */
export function loadOnDemand<Module>(load: () => Promise<Module>): Promise<Module> {
  return load().catch((cause: unknown) => {
    throw new CustomerAuthError('NETWORK', 'Loading the account flows failed.', {
      source: 'network',
      cause,
    })
  })
}
