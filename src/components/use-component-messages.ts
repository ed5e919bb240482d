import { useContext, useMemo } from 'react'
import type { ComponentMessages } from './component-messages.js'
import { ComponentMessagesContext } from './component-messages-context.js'

/**
 * A component's strings: its English `defaults`, then what the nearest `CustomerAuthMessages`
 * gives for `component`, then the component's own `messages` prop, key by key. The result keeps
 * its identity while none of the three changes.
 *
 * @example
 * ```tsx
 * const messages = useComponentMessages('loginForm', defaultLoginFormMessages, props.messages)
 * ```
 */
export function useComponentMessages<Component extends keyof ComponentMessages>(
  component: Component,
  defaults: ComponentMessages[Component],
  messages?: Partial<ComponentMessages[Component]>,
): ComponentMessages[Component] {
  const provided = useContext(ComponentMessagesContext)[component]
  return useMemo(() => ({ ...defaults, ...provided, ...messages }), [defaults, provided, messages])
}
