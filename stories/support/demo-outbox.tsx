import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import type { OutboxMail } from '../../src/testing/index.js'
import { mailLink, mailPage, mailSubject } from './demo-mail.js'

/** Reads the emulator's outbox (see `StoryEnvironment.readOutbox`). */
export type ReadOutbox = () => Promise<readonly OutboxMail[]>

interface DemoOutbox {
  /** The mails as last read, oldest first; a mail's place in this list is its id in routes. */
  readonly mails: readonly OutboxMail[]
  /** Reads the outbox again ("check for new mail"). */
  readonly refresh: () => void
  readonly state: 'reading' | 'read' | 'failed'
}

const OutboxContext = createContext<DemoOutbox>({
  mails: [],
  refresh: () => undefined,
  state: 'read',
})

/** Holds the mails the demo has read from the emulator's outbox; read on mount and on demand. */
export function DemoOutboxProvider(props: {
  readonly readOutbox: ReadOutbox | undefined
  readonly children: ReactNode
}) {
  const { readOutbox, children } = props
  const [mails, setMails] = useState<readonly OutboxMail[]>([])
  const [state, setState] = useState<DemoOutbox['state']>(readOutbox ? 'reading' : 'read')
  // Only the newest read may land: an older answer arriving late must not hide a new mail.
  const latestRead = useRef(0)
  const read = useCallback(() => {
    if (!readOutbox) return
    const attempt = ++latestRead.current
    readOutbox().then(
      (next) => {
        if (attempt !== latestRead.current) return
        setMails(next)
        setState('read')
      },
      () => {
        if (attempt === latestRead.current) setState('failed')
      },
    )
  }, [readOutbox])
  // The first read starts with the state's initial 'reading'.
  useEffect(read, [read])
  const refresh = useCallback(() => {
    setState('reading')
    read()
  }, [read])
  const value = useMemo(() => ({ mails, refresh, state }), [mails, refresh, state])
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>
}

export function useDemoOutbox(): DemoOutbox {
  return useContext(OutboxContext)
}

/**
 * The emulator's outbox beside the shop: what the shop would have emailed (activation,
 * confirmation, password reset), each with its link, which opens the page it leads to.
 */
export function OutboxPanel() {
  const { mails, refresh, state } = useDemoOutbox()
  return (
    <aside
      aria-labelledby="outbox-heading"
      style={{ borderTop: '1px solid var(--sfa-color-border)', marginTop: '1rem' }}
    >
      <h2 id="outbox-heading">Emulator outbox</h2>
      <p>
        <small>
          The mails the emulated shop sent. A real shop emails these links; here they open the
          demo&apos;s pages.
        </small>
      </p>
      <p>
        <button type="button" onClick={refresh} aria-disabled={state === 'reading' || undefined}>
          Check for new mail
        </button>{' '}
        <span role="status">
          {state === 'reading'
            ? 'Checking…'
            : state === 'failed'
              ? 'The outbox could not be read.'
              : `${mails.length} ${mails.length === 1 ? 'mail' : 'mails'}`}
        </span>
      </p>
      {mails.length === 0 ? null : (
        <ol aria-label="Mails, oldest first">
          {mails.map((mail, index) => (
            <li key={`${mail.sentAt}-${mail.token}`}>
              <strong>{mailSubject(mail)}</strong> <span>{`To: ${mail.to}`}</span>
              <br />
              <a href={`#/${mailPage(mail)}?mail=${index}`} style={{ wordBreak: 'break-all' }}>
                {mailLink(mail)}
              </a>
            </li>
          ))}
        </ol>
      )}
    </aside>
  )
}
