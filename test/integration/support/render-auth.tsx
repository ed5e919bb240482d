import { StrictMode } from 'react'
import type { ReactNode } from 'react'
import { QueryClient } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import { CustomerAuthProvider } from '../../../src/react/index.js'
import type { CustomerAuthProviderProps } from '../../../src/react/index.js'
import type { CustomerAuthEvent } from '../../../src/core/customer-auth.js'

export interface RenderAuthOptions extends Omit<CustomerAuthProviderProps, 'children' | 'onEvent'> {
  readonly queryClient?: QueryClient
}

/** Renders `hook` under <StrictMode><CustomerAuthProvider>, recording the engine's events. */
export function renderAuthHook<T>(hook: () => T, options: RenderAuthOptions) {
  const events: CustomerAuthEvent[] = []
  const queryClient =
    options.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const onEvent = (event: CustomerAuthEvent) => {
    events.push(event)
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StrictMode>
      <CustomerAuthProvider {...options} queryClient={queryClient} onEvent={onEvent}>
        {children}
      </CustomerAuthProvider>
    </StrictMode>
  )
  const rendered = renderHook(hook, { wrapper })
  return { ...rendered, events, queryClient }
}
