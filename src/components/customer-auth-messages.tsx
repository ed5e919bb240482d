import type { ReactNode } from 'react'
import type { ComponentMessagesOverrides } from './component-messages.js'
import { ComponentMessagesContext } from './component-messages-context.js'

/** The props of `CustomerAuthMessages`. */
export interface CustomerAuthMessagesProps {
  /** A locale pack (`import { de } from 'storefront-auth/locales/de'`) or your own strings. */
  value: ComponentMessagesOverrides
  children?: ReactNode
}

/**
 * Gives every component below it its strings, so an app translates once instead of passing
 * `messages` to each form. A component's own `messages` prop still wins, key by key. Pass a
 * stable `value` (a module constant or a memoized object): a new object re-renders the forms.
 */
export function CustomerAuthMessages({ value, children }: CustomerAuthMessagesProps): ReactNode {
  return (
    <ComponentMessagesContext.Provider value={value}>{children}</ComponentMessagesContext.Provider>
  )
}
