import { createContext, useContext, useState, type MouseEvent, type ReactNode } from 'react'

/**
 * The demo's router: links `#/sign-in`, `#/account`, `#/` change an in-memory route. The page's
 * URL is never touched (Storybook and vitest own it), yet the markup stays real links.
 */
const RouterContext = createContext<{ route: string; navigate: (route: string) => void }>({
  route: '',
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
  return (
    <RouterContext.Provider value={{ route, navigate: setRoute }}>
      {/* Delegated clicks from real links (keyboard Enter arrives as a click too). */}
      <div onClickCapture={onClickCapture}>{children}</div>
    </RouterContext.Provider>
  )
}

export function useDemoRouter() {
  return useContext(RouterContext)
}
