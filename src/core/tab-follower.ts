import type { SessionStorage } from './customer-auth.js'
import {
  decideIncoming,
  type IncomingDecision,
  type IncomingSession,
  type TabView,
} from './incoming-session.js'
import type { SessionRecord } from './session-codec.js'
import type { SessionEndReason } from './session.js'
import type { SessionStore } from './session-store.js'
import type { TabConnector, TabMessage } from './tab-sync.js'
import type { WakeManager, WakeSignal } from './wake-manager.js'

/** What a decision came with: the news itself, and whether this tab keeps a copy. */
export interface IncomingNews {
  readonly incoming: Extract<IncomingSession, { kind: 'session' }> & {
    readonly signedInAt?: number
  }
  /**
   * True for a tab message: a tab whose storage is its own (sessionStorage, memory) keeps a
   * copy. A session read from storage is already there.
   */
  readonly save: boolean
}

export interface TabFollower {
  /** Tells the other tabs. */
  post(message: TabMessage): void
  /** Disconnects from the tabs and the wake signals. */
  stop(): void
}

/**
 * Listens to the other tabs (their messages, or storage events where no channel exists) and to
 * the page's wake signals, and turns what it hears into decisions for the engine. On a wake it
 * re-reads storage first: a tab restored from the back/forward cache, or one whose messages were
 * lost, may have missed a sign-in, renew or logout that other tabs stored.
 */
export function followTabs(deps: {
  readonly backendId: string
  readonly storage: SessionStorage
  /** False: no messages, and storage is re-read only on a back/forward-cache restore. */
  readonly crossTab: boolean
  readonly connect: TabConnector
  readonly wake: WakeManager
  readonly store: SessionStore
  readonly view: () => TabView
  readonly apply: (decision: IncomingDecision, news: IncomingNews) => void
  /** Another tab ended the session (or storage lost it). */
  readonly ended: (reason: SessionEndReason) => void
  /** After a catch-up that found this tab's own token stored (the cookie write-back). */
  readonly foundOwn: (record: SessionRecord) => void
  /** After every wake: the wall-clock check. */
  readonly woke: () => void
}): TabFollower {
  const { store, view, apply } = deps

  function onMessage(message: TabMessage): void {
    if (message.type === 'end') return deps.ended(message.reason)
    const { session, signedInAt, replaces, retryAt } = message
    const incoming = { kind: 'session', session, signedInAt, replaces, retryAt } as const
    const news = { incoming, save: true }
    apply(decideIncoming(news.incoming, view()), news)
  }

  function catchUp(): void {
    const stored = store.read({ quiet: true })
    if (stored && view().now < stored.session.expiresAt) {
      // What storage holds has no sender: `replaces` unknown, so it is always followed.
      const { session, signedInAt, retryAt } = stored
      const news = {
        incoming: { kind: 'session', session, signedInAt, retryAt },
        save: false,
      } as const
      apply(decideIncoming(news.incoming, view()), news)
      deps.foundOwn(stored)
    } else if (stored === null && decideIncoming({ kind: 'removed' }, view()).kind === 'end')
      deps.ended('logout')
  }

  const tabs = deps.crossTab ? deps.connect(deps.backendId, deps.storage, onMessage) : undefined
  const unwake = deps.wake.subscribe((signal: WakeSignal) => {
    if (deps.crossTab || signal.restoredFromCache) catchUp()
    deps.woke()
  })
  return {
    post: (message) => tabs?.post(message),
    stop() {
      unwake()
      tabs?.close()
    },
  }
}
