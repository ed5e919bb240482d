import { useRef, useState, type ReactNode } from 'react'

type Run =
  { state: 'idle' } | { state: 'running' } | { state: 'done' } | { state: 'failed'; why: string }

/** What the button plays and what it says meanwhile and after. */
export interface Walkthrough {
  /** The steps, on the demo's element (the same function is the story's play function). */
  readonly play: (demo: HTMLElement) => Promise<void>
  /** Announced while it runs, e.g. "Signing in as ada@example.com…". */
  readonly running: string
  /** Announced when it finished. */
  readonly done: string
}

/**
 * The demo with a "Play the walkthrough" button above it, for `npm start`: the walkthrough runs
 * when asked, never by itself when the story opens (under vitest it is the story's play function).
 */
export function WithWalkthroughButton({
  walkthrough,
  children,
}: {
  walkthrough: Walkthrough
  children: ReactNode
}) {
  const demo = useRef<HTMLDivElement>(null)
  const [run, setRun] = useState<Run>({ state: 'idle' })
  const play = () => {
    if (!demo.current || run.state === 'running') return
    setRun({ state: 'running' })
    walkthrough.play(demo.current).then(
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
            ? walkthrough.running
            : run.state === 'done'
              ? walkthrough.done
              : run.state === 'failed'
                ? `Walkthrough stopped: ${run.why}`
                : ''}
        </span>
      </p>
      <div ref={demo}>{children}</div>
    </>
  )
}
