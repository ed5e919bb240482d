import type { ReactNode } from 'react'
import { useSessionGate } from './use-session-gate.js'

/** The props of `SignedOut`. */
export interface SignedOutProps {
  /** Rendered while nobody is signed in (`anonymous`, and `expired`). */
  children?: ReactNode
}

/**
 * Renders its children only while nobody is signed in: before any sign-in, after a sign-out and
 * after the session expired (the shopper signs in again; `AccountBadge` says it expired). Renders
 * nothing while the session initializes, so a stored session never flashes the sign-in form.
 */
export function SignedOut({ children }: SignedOutProps): ReactNode {
  return useSessionGate() === 'signed-out' ? children : null
}
