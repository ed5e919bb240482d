import { nodeOnlyMessage } from './node-only-message.js'

// The package's `browser` export condition already maps this entry to a stub that throws. This
// guard covers the bundlers and setups that bypass export conditions: if the code is evaluated
// where a DOM exists, the Multipass secret and the Admin token are one step from a page.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  throw new Error(nodeOnlyMessage)
}
