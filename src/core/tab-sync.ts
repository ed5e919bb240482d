import type { SessionStorage } from './customer-auth.js'
import {
  decodeSession,
  encodeSession,
  storageKey,
  type SessionRecordMeta,
} from './session-codec.js'
import type { CustomerSession, SessionEndReason } from './session.js'

/**
 * What one tab tells the others: a session it now holds (login or renew), or that it ended.
 * `replaces` is the sessionId the sender held before (`null`: none), so a receiver can tell a
 * deliberate switch from two sign-ins that crossed; `undefined` where the sender cannot say (a
 * tab of an earlier release). The storage-event fallback carries it inside the stored value.
 * `signedInAt` and `retryAt` travel the same way (see SessionRecordMeta).
 */
export type TabMessage =
  | ({
      readonly type: 'session'
      readonly session: CustomerSession
    } & Partial<SessionRecordMeta>)
  | { readonly type: 'end'; readonly reason: SessionEndReason }

/** An engine's line to the other tabs of its origin. */
export interface TabSync {
  /** Tells the other tabs (best effort: a closed channel drops it; storage still holds it). */
  post(message: TabMessage): void
  /** Stops listening. */
  close(): void
}

const endReasons: readonly unknown[] = [
  'logout',
  'logout-elsewhere',
  'expired',
  'token-invalid',
  'customer-missing',
  'replaced',
] satisfies SessionEndReason[]

/** Connects an engine to the other tabs (`connectTabs`); injectable so tests need no stubbed globals. */
export type TabConnector = (
  backendId: string,
  storage: SessionStorage,
  onMessage: (message: TabMessage) => void,
) => TabSync

/**
 * Connects this engine to the other tabs of the origin. `openChannel` opens the channel (`null`:
 * none, the storage's change notification stands in). A `BroadcastChannel` named per backend
 * carries each change with its reason; where it is missing (or cannot be opened) the storage's
 * own change notification (the `storage` event of localStorage) stands in, with less detail:
 * a removed value reads as a logout. Messages are validated like stored values: anything
 * foreign on the channel is ignored.
 */
export function connectTabs(
  backendId: string,
  storage: SessionStorage,
  onMessage: (message: TabMessage) => void,
  openChannel: ((name: string) => BroadcastChannel) | null = (name) => new BroadcastChannel(name),
): TabSync {
  const name = storageKey(backendId)
  /**
   * Passes on a valid session; returns what the value was. `replaces` from the channel's own
   * field (a tab of an earlier release writes no `replaces` into the value), else the value's.
   */
  const receive = (raw: unknown, channelReplaces?: string | null): string => {
    // decodeSession treats a non-string like corrupt JSON: ignored.
    const decoded = decodeSession(raw as string, backendId)
    if (decoded.kind === 'session') {
      const { session, signedInAt, replaces, retryAt, retries } = decoded
      onMessage({
        type: 'session',
        session,
        signedInAt,
        replaces: channelReplaces === undefined ? replaces : channelReplaces,
        retryAt,
        retries,
      })
    }
    return decoded.kind
  }
  let channel: BroadcastChannel | undefined
  try {
    // Throws where BroadcastChannel is missing or refused: then storage events stand in.
    channel = openChannel?.(name)
  } catch {
    // Handled below.
  }

  if (channel) {
    const open = channel
    open.onmessage = ({ data }: MessageEvent<{ [key: string]: unknown } | null>) => {
      if (data?.v !== 1 || data.backend !== backendId) return
      if (data.type === 'session')
        // A tab of the previous release sends no `replaces`: unknown, not "held nothing".
        receive(
          data.value,
          typeof data.replaces === 'string' || data.replaces === null ? data.replaces : undefined,
        )
      else if (data.type === 'end' && endReasons.includes(data.value))
        onMessage({ type: 'end', reason: data.value as SessionEndReason })
    }
    return {
      post(message) {
        try {
          open.postMessage({
            v: 1,
            backend: backendId,
            type: message.type,
            value:
              message.type === 'session'
                ? encodeSession(message.session, backendId, {
                    signedInAt: message.signedInAt ?? message.session.issuedAt,
                    replaces: message.replaces,
                    retryAt: message.retryAt,
                    retries: message.retries,
                  })
                : message.reason,
            replaces: message.type === 'session' ? message.replaces : undefined,
          })
        } catch {
          // A closed channel: the other tabs still see the storage write.
        }
      },
      close: () => open.close(),
    }
  }

  let unsubscribe: () => void = () => {}
  try {
    unsubscribe =
      storage.subscribe?.(name, (raw) => {
        if (receive(raw) === 'empty') onMessage({ type: 'end', reason: 'logout' })
      }) ?? unsubscribe
  } catch {
    // No way to hear other tabs: this tab still works on its own.
  }
  // The storage write that precedes every post is itself the message.
  return { post: () => {}, close: () => unsubscribe() }
}
