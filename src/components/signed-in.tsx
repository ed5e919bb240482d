import type { ReactNode } from 'react'
import { useSessionGate } from './use-session-gate.js'

/** The props of `SignedIn`. */
export interface SignedInProps {
  /** Rendered while a customer is signed in (`authenticated`, and `renewing`). */
  children?: ReactNode
}

/**
 * Renders its children only while a customer is signed in, including while the token renews.
 * Renders nothing while the session initializes (wrap the page in `CustomerAuthGate` for a
 * fallback) and nothing once it ends or expires.
 */
export function SignedIn({ children }: SignedInProps): ReactNode {
  return useSessionGate() === 'signed-in' ? children : null
}
