import type { ReactNode } from 'react'
import { useSessionGate } from './use-session-gate.js'

/** The props of `CustomerAuthGate`. */
export interface CustomerAuthGateProps {
  /**
   * Shown while the session initializes (the stored session is being read): a skeleton or
   * nothing. Defaults to nothing. Never shown on the server or during hydration when the
   * provider has an `initialSession`: the server state is already settled then.
   */
  fallback?: ReactNode
  /** Rendered once the session is known, signed in or not. */
  children?: ReactNode
}

/**
 * Holds its children back until the session is known, showing `fallback` meanwhile. Put
 * `SignedIn` and `SignedOut` inside it; they render nothing while initializing on their own.
 */
export function CustomerAuthGate({ fallback = null, children }: CustomerAuthGateProps): ReactNode {
  return useSessionGate() === 'initializing' ? fallback : children
}
