import { useRef, useState, type ReactNode } from 'react'
import { playStorefrontWalkthrough, type WalkthroughCustomer } from './storefront-walkthrough.js'

type Run =
  { state: 'idle' } | { state: 'running' } | { state: 'done' } | { state: 'failed'; why: string }

/**
 * The demo with a "Play the walkthrough" button above it, for `npm start`: the walkthrough runs
 * when asked, never by itself when the story opens (under vitest it is the story's play function).
 */
export function WithWalkthroughButton({
  customer,
  children,
}: {
  customer: WalkthroughCustomer
  children: ReactNode
}) {
  const demo = useRef<HTMLDivElement>(null)
  const [run, setRun] = useState<Run>({ state: 'idle' })
  const play = () => {
    if (!demo.current || run.state === 'running') return
    setRun({ state: 'running' })
    playStorefrontWalkthrough(demo.current, customer).then(
      () => setRun({ state: 'done' }),
      (error: unknown) =>
        setRun({ state: 'failed', why: error instanceof Error ? error.message : String(error) }),
    )
  }
  return (
    <>
      <p>
        <button type="button" onClick={play} aria-disabled={run.state === 'running' || undefined}>
          Play the walkthrough
        </button>{' '}
        <span role="status">
          {run.state === 'running'
            ? `Signing in as ${customer.email}…`
            : run.state === 'done'
              ? 'Walkthrough finished: signed in, looked at the account, signed out.'
              : run.state === 'failed'
                ? `Walkthrough stopped: ${run.why}`
                : ''}
        </span>
      </p>
      <div ref={demo}>{children}</div>
    </>
  )
}
