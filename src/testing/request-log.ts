/** Which emulated API a request went to. */
export type EmulatorEndpoint = 'storefront' | 'admin' | 'adobe-commerce' | 'adobe-rest'

/** One request the emulator answered (or dropped). */
export interface EmulatorRequestRecord {
  readonly endpoint: EmulatorEndpoint
  /** The GraphQL operation name (from the request, else the document), or null. */
  readonly operationName: string | null
  /** The root fields of the operation that ran, e.g. `['customerAccessTokenCreate']`. */
  readonly fields: readonly string[]
  /** The HTTP status answered; `0` when the connection was dropped by a fault. */
  readonly status: number
  /** Emulator clock time, epoch ms. */
  readonly at: number
}

/** Narrows `count()`: every given property must match. */
export interface EmulatorRequestFilter {
  readonly endpoint?: EmulatorEndpoint
  readonly operationName?: string | null
  /** Matches requests whose operation selects this root field. */
  readonly field?: string
}

/** The emulator's request log: lets tests assert how many calls the code under test made. */
export interface EmulatorRequestLog extends Iterable<EmulatorRequestRecord> {
  /** Every request since creation or the last `reset()`, oldest first. */
  readonly entries: readonly EmulatorRequestRecord[]
  /** How many logged requests match the filter (all of them without one). */
  count(filter?: EmulatorRequestFilter): number
  /** Forgets every logged request. */
  reset(): void
}

export interface WritableRequestLog extends EmulatorRequestLog {
  record(entry: EmulatorRequestRecord): void
}

export function matchesRequestFilter(
  entry: Pick<EmulatorRequestRecord, 'endpoint' | 'operationName' | 'fields'>,
  filter: EmulatorRequestFilter,
): boolean {
  if (filter.endpoint !== undefined && entry.endpoint !== filter.endpoint) return false
  if (filter.operationName !== undefined && entry.operationName !== filter.operationName)
    return false
  if (filter.field !== undefined && !entry.fields.includes(filter.field)) return false
  return true
}

export function createRequestLog(): WritableRequestLog {
  const entries: EmulatorRequestRecord[] = []
  return {
    get entries() {
      return entries.slice()
    },
    count(filter = {}) {
      return entries.filter((entry) => matchesRequestFilter(entry, filter)).length
    },
    reset() {
      entries.length = 0
    },
    record(entry) {
      entries.push(entry)
    },
    [Symbol.iterator]() {
      return entries.slice()[Symbol.iterator]()
    },
  }
}
