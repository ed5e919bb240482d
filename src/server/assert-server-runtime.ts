import { nodeOnlyMessage } from './node-only-message.js'

/**
 * The package's `browser` export condition already maps this entry to a stub that throws. This
 * guard covers setups that bypass export conditions: where a DOM exists, the Multipass secret and
 * the Admin token are one step from a page. The entry calls it when it loads, and every helper
 * calls it again, because `"sideEffects"` in package.json lets bundlers skip the entry module
 * and import the helpers' own modules directly.
 */
export function assertServerRuntime(): void {
  if (typeof window !== 'undefined' && typeof document !== 'undefined') {
    throw new Error(nodeOnlyMessage)
  }
}
