import { useMemo, useSyncExternalStore } from 'react'
import type { CustomerAuthState } from '../core/customer-auth.js'
import { useCustomerAuthContext } from './customer-auth-context.js'

const identity = (state: CustomerAuthState): CustomerAuthState => state

/**
 * Remembers the last selection so an unrelated change (a renewed token) yields the very same
 * value: useSyncExternalStore compares snapshots with Object.is and re-renders on any difference.
 */
function memoizeSelector<T>(
  read: () => CustomerAuthState,
  selector: (state: CustomerAuthState) => T,
  isEqual: (a: T, b: T) => boolean,
): () => T {
  let last: CustomerAuthState | undefined
  let selected: T
  return () => {
    const state = read()
    if (state !== last) {
      const next = selector(state)
      if (last === undefined || !isEqual(selected, next)) selected = next
      last = state
    }
    return selected
  }
}

/**
 * The session state, or the part of it a selector picks. The component re-renders only when the
 * selected value changes (by `isEqual`, default `Object.is`), so a badge reading `isAuthenticated`
 * does not re-render on a renew.
 */
export function useCustomerAuth(): CustomerAuthState
export function useCustomerAuth<T>(
  selector: (state: CustomerAuthState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T
export function useCustomerAuth<T>(
  selector: (state: CustomerAuthState) => T = identity as (state: CustomerAuthState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const { engine, serverState } = useCustomerAuthContext('useCustomerAuth')
  const getSnapshot = useMemo(
    () => memoizeSelector(() => engine.getSnapshot(), selector, isEqual),
    [engine, selector, isEqual],
  )
  // Hydration reads the state the engine had before start(): what the server rendered.
  const getServerSnapshot = useMemo(
    () => memoizeSelector(() => serverState, selector, isEqual),
    [serverState, selector, isEqual],
  )
  // The engine's methods are closures (no `this`): its subscribe is stable per engine.
  return useSyncExternalStore(engine.subscribe, getSnapshot, getServerSnapshot)
}
