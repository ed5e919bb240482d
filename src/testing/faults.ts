import { matchesRequestFilter, type EmulatorEndpoint } from './request-log.js'

/**
 * - `status`: answer with an HTTP status (default 503) without running the operation.
 * - `drop`: close the connection without an answer (a real `fetch` rejects with a TypeError).
 * - `malformed`: answer 200 with a truncated JSON body, without running the operation.
 * - `delay`: wait `ms` (via `globalThis.setTimeout` at call time, so fake timers control it), then
 *   carry on.
 * - `hold`: wait until the fault's `release()` is called, then carry on. Lets a test interleave
 *   another call (a logout during an in-flight renew) without waiting on time.
 */
export type EmulatorFaultKind = 'status' | 'drop' | 'malformed' | 'delay' | 'hold'

/** Which requests a fault applies to and what it does to them. */
export interface EmulatorFaultSpec {
  /** Only requests to this endpoint. Default: any endpoint. */
  readonly endpoint?: EmulatorEndpoint
  /** Only requests with this GraphQL operation name. */
  readonly operationName?: string
  /** Only operations that select this root field (e.g. `customerAccessTokenRenew`). */
  readonly field?: string
  readonly kind: EmulatorFaultKind
  /** For `status`: the HTTP status to answer. Default 503. */
  readonly status?: number
  /** For `delay`: milliseconds to wait. Default 1000. */
  readonly ms?: number
  /** How many matching requests the fault affects; `Infinity` for all. Default 1. */
  readonly times?: number
}

/** A fault in place. */
export interface EmulatorFaultHandle {
  readonly spec: EmulatorFaultSpec
  /** How many more matching requests it will affect. */
  readonly remaining: number
  /** How many requests it has affected so far. */
  readonly hits: number
  /** For `hold`: lets every held request carry on, and stops holding new ones. */
  release(): void
  /** Takes the fault away (held requests are released). */
  remove(): void
}

/** `emulator.faults`: injected failures (statuses, dropped connections, delays) for chosen requests. */
export interface EmulatorFaults {
  /** Adds a fault; faults apply in the order added. */
  add(spec: EmulatorFaultSpec): EmulatorFaultHandle
  /** Removes every fault and releases every held request. */
  clear(): void
  /** The faults still in place. */
  readonly active: readonly EmulatorFaultHandle[]
}

/** What the frame does with a request after the faults had their say. */
export type FaultOutcome =
  | { readonly kind: 'pass' }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'drop' }
  | { readonly kind: 'malformed' }

export interface FaultTarget {
  readonly endpoint: EmulatorEndpoint
  readonly operationName: string | null
  readonly fields: readonly string[]
}

export interface EmulatorFaultsController extends EmulatorFaults {
  /** Applies the matching faults: waits for delays and holds, then says how to answer. */
  apply(target: FaultTarget): Promise<FaultOutcome>
}

interface FaultEntry extends EmulatorFaultHandle {
  consume(): void
  wait(): Promise<void>
}

export function createFaults(): EmulatorFaultsController {
  const entries: FaultEntry[] = []

  function validate(spec: EmulatorFaultSpec): void {
    const kinds: readonly EmulatorFaultKind[] = ['status', 'drop', 'malformed', 'delay', 'hold']
    if (!kinds.includes(spec.kind)) throw new TypeError(`Unknown fault kind: ${String(spec.kind)}`)
    const times = spec.times ?? 1
    if (!(times >= 1)) throw new RangeError(`Fault times must be >= 1, got ${times}`)
    if (
      spec.status !== undefined &&
      !(Number.isInteger(spec.status) && spec.status >= 200 && spec.status <= 599)
    )
      throw new RangeError(`Fault status must be an HTTP status 200-599, got ${spec.status}`)
    if (spec.ms !== undefined && !(spec.ms >= 0)) throw new RangeError(`Fault ms must be >= 0`)
  }

  function add(spec: EmulatorFaultSpec): EmulatorFaultHandle {
    validate(spec)
    let remaining = spec.times ?? 1
    let hits = 0
    let released = false
    const waiting: Array<() => void> = []
    const releaseAll = (): void => {
      released = true
      for (const resume of waiting.splice(0)) resume()
    }
    const entry: FaultEntry = {
      spec: { ...spec },
      get remaining() {
        return remaining
      },
      get hits() {
        return hits
      },
      release() {
        releaseAll()
        const index = entries.indexOf(entry)
        if (index >= 0 && spec.kind === 'hold') entries.splice(index, 1)
      },
      remove() {
        const index = entries.indexOf(entry)
        if (index >= 0) entries.splice(index, 1)
        releaseAll()
      },
      consume() {
        hits++
        remaining--
        if (remaining <= 0) {
          const index = entries.indexOf(entry)
          // A hold stays listed until released, so `release()` still finds it.
          if (index >= 0 && spec.kind !== 'hold') entries.splice(index, 1)
        }
      },
      wait() {
        if (spec.kind === 'delay')
          return new Promise((resolve) => globalThis.setTimeout(resolve, spec.ms ?? 1000))
        if (spec.kind === 'hold' && !released)
          return new Promise((resolve) => waiting.push(() => resolve()))
        return Promise.resolve()
      },
    }
    entries.push(entry)
    return entry
  }

  return {
    add,
    clear() {
      for (const entry of entries.splice(0)) entry.remove()
    },
    get active() {
      return entries.slice()
    },
    async apply(target) {
      // Snapshot first: each fault affects a request at most once, in the order added.
      const matching = entries.filter(
        (entry) =>
          entry.remaining > 0 &&
          matchesRequestFilter(target, {
            endpoint: entry.spec.endpoint,
            operationName: entry.spec.operationName,
            field: entry.spec.field,
          }),
      )
      for (const entry of matching) {
        if (!entries.includes(entry) || entry.remaining <= 0) continue
        entry.consume()
        switch (entry.spec.kind) {
          case 'delay':
          case 'hold':
            await entry.wait()
            break
          case 'status':
            return { kind: 'status', status: entry.spec.status ?? 503 }
          case 'drop':
            return { kind: 'drop' }
          case 'malformed':
            return { kind: 'malformed' }
        }
      }
      return { kind: 'pass' }
    },
  }
}
