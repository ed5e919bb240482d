import type { SessionStorage } from './customer-auth.js'
import { decodeSession, encodeSession, storageKey } from './session-codec.js'
import type { CustomerSession, SessionEndReason } from './session.js'

/**
 * What one tab tells the others: a session it now holds (login or renew), or that it ended.
 * `replaces` is the sessionId the sender held before (`null`: none), so a receiver can tell a
 * deliberate switch from two sign-ins that crossed; `undefined` where the channel cannot say
 * (the storage-event fallback).
 */
export type TabMessage =
  | {
      readonly type: 'session'
      readonly session: CustomerSession
      readonly replaces?: string | null
    }
  | { readonly type: 'end'; readonly reason: SessionEndReason }

export interface TabSync {
  post(message: TabMessage): void
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

/**
 * Connects this engine to the other tabs of the origin. A `BroadcastChannel` named per backend
 * carries each change with its reason; where it is missing (or cannot be opened) the storage's
 * own change notification (the `storage` event of localStorage) stands in, with less detail:
 * a removed value reads as a logout. Messages are validated like stored values: anything
 * foreign on the channel is ignored.
 */
export function connectTabs(
  backendId: string,
  storage: SessionStorage,
  onMessage: (message: TabMessage) => void,
): TabSync {
  const name = storageKey(backendId)
  /** Passes on a valid session; returns what the value was. */
  const receive = (raw: unknown, replaces?: string | null): string => {
    // decodeSession treats a non-string like corrupt JSON: ignored.
    const decoded = decodeSession(raw as string, backendId)
    if (decoded.kind === 'session')
      onMessage({ type: 'session', session: decoded.session, replaces })
    return decoded.kind
  }
  let channel: BroadcastChannel | undefined
  try {
    // Throws where BroadcastChannel is missing or refused: then storage events stand in.
    channel = new BroadcastChannel(name)
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
                ? encodeSession(message.session, backendId)
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
