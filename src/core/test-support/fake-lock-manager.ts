/**
 * An in-test Web Locks manager, faithful to what the engine relies on: exclusive locks per name,
 * granted in request order, `ifAvailable` answering `null` while held, callbacks run
 * asynchronously, the lock held until the callback's promise settles. Shared by the "tabs" of a
 * test like `navigator.locks` is shared by the tabs of an origin.
 */
export class FakeLockManager {
  readonly #held = new Set<string>()
  readonly #waiting = new Map<string, (() => void)[]>()
  requests = 0

  async request<T>(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: { name: string; mode: 'exclusive' } | null) => T | Promise<T>,
  ): Promise<T> {
    this.requests += 1
    await Promise.resolve()
    if (this.#held.has(name)) {
      if (options.ifAvailable) return callback(null)
      await new Promise<void>((grant) => {
        const queue = this.#waiting.get(name) ?? []
        queue.push(grant)
        this.#waiting.set(name, queue)
      })
    }
    this.#held.add(name)
    try {
      return await callback({ name, mode: 'exclusive' })
    } finally {
      const next = this.#waiting.get(name)?.shift()
      if (next) next()
      else this.#held.delete(name)
    }
  }

  isHeld(name: string): boolean {
    return this.#held.has(name)
  }
}
