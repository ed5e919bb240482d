/** A set of listeners, each called in turn; one that throws must not break the engine. */
export interface ListenerSet<T> {
  /** Adds a listener; returns its remover. */
  add(listener: (value: T) => void): () => void
  fire(value: T): void
}

export function createListenerSet<T>(): ListenerSet<T> {
  const listeners = new Set<(value: T) => void>()
  return {
    add(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    fire(value) {
      for (const listener of [...listeners])
        try {
          listener(value)
        } catch (error) {
          // Rethrown on its own, so the other listeners and the engine carry on.
          queueMicrotask(() => {
            throw error
          })
        }
    },
  }
}
