/** What a secret is replaced with in the variables react-query keeps (mutation state, devtools). */
export const REDACTED = '[redacted]'

/** A copy of `input` with each present secret field replaced by `REDACTED`. */
export function redactFields<T extends object>(input: T, fields: readonly string[]): T {
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) }
  for (const field of fields) if (copy[field] !== undefined) copy[field] = REDACTED
  return copy as T
}
