import { createContext, useContext, useState, type MouseEvent, type ReactNode } from 'react'

interface DemoRoute {
  /** The whole route after `#/`, e.g. `reset-password?mail=2`. */
  readonly route: string
  /** The route without its query, e.g. `reset-password`. */
  readonly path: string
  readonly query: URLSearchParams
  readonly navigate: (route: string) => void
}

/**
 * The demo's router: links `#/sign-in`, `#/account`, `#/reset-password?mail=2`, `#/` change an
 * in-memory route. The page's URL is never touched (Storybook and vitest own it), yet the markup
 * stays real links.
 */
const RouterContext = createContext<DemoRoute>({
  route: '',
  path: '',
  query: new URLSearchParams(),
  navigate: () => undefined,
})

export function DemoRouter({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState('')
  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a[href^="#/"]')
    if (!link) return
    event.preventDefault()
    setRoute((link.getAttribute('href') ?? '#/').slice(2))
  }
  const [path = '', search = ''] = route.split('?')
  return (
    <RouterContext.Provider
      value={{ route, path, query: new URLSearchParams(search), navigate: setRoute }}
    >
      {/* Delegated clicks from real links (keyboard Enter arrives as a click too). */}
      <div onClickCapture={onClickCapture}>{children}</div>
    </RouterContext.Provider>
  )
}

export function useDemoRouter(): DemoRoute {
  return useContext(RouterContext)
}
