import type { SessionStorage } from './customer-auth.js'
import type { EngineCore } from './engine-core.js'
import { adoptStored, followIncoming } from './follow-incoming.js'
import { decideIncoming } from './incoming-session.js'
import type { SessionEndReason } from './session.js'
import type { TabConnector, TabMessage } from './tab-sync.js'
import type { WakeManager } from './wake-manager.js'

export interface TabFollower {
  /** Tells the other tabs. */
  post(message: TabMessage): void
  /** Disconnects from the tabs and the wake signals. */
  stop(): void
}

/**
 * Listens to the other tabs (their messages, or storage events where no channel exists) and to
 * the page's wake signals, and follows what it hears. On a wake it re-reads storage first: a tab
 * restored from the back/forward cache, or one whose messages were lost, may have missed a
 * sign-in, renew or logout that other tabs stored. Without `crossTab` there are no messages and
 * storage is re-read only on a back/forward-cache restore (later pages of this same tab may
 * have signed out).
 */
export function followTabs(
  core: EngineCore,
  links: {
    readonly backendId: string
    readonly storage: SessionStorage
    readonly connect: TabConnector
    readonly wake: WakeManager
    /** Another tab ended the session (or storage lost it). */
    readonly ended: (reason: SessionEndReason) => void
  },
): TabFollower {
  const { store, crossTab } = core

  function heard(message: TabMessage): void {
    if (message.type === 'end') links.ended(message.reason)
    else followIncoming(core, { ...message, kind: 'session' }, { save: true, reason: 'other-tab' })
  }

  function catchUp(): void {
    const stored = store.read({ quiet: true })
    if (stored && core.live(stored.session)) {
      adoptStored(core, stored)
      // A tab open for days writes its session back daily (see WRITE_BACK_INTERVAL_MS).
      const session = core.state.session
      if (session?.accessToken === stored.session.accessToken) store.writeBackIfDue(session, stored)
    } else if (stored === null && decideIncoming({ kind: 'removed' }, core.view()).kind === 'end')
      links.ended('logout')
  }

  const tabs = crossTab ? links.connect(links.backendId, links.storage, heard) : undefined
  const unwake = links.wake.subscribe((signal) => {
    if (crossTab || signal.restoredFromCache) catchUp()
    core.check()
  })
  return {
    post: (message) => tabs?.post(message),
    stop() {
      unwake()
      tabs?.close()
    },
  }
}
