/** Test support: the value, narrowed to present; a test reading a missing one fails right there. */
export function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value')
  return value
}
