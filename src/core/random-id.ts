/**
 * A random hex id. `crypto.randomUUID` exists only in secure contexts; `getRandomValues` exists
 * everywhere the library runs (browsers, Node ≥ 20), so it is the one we use.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let id = ''
  for (const byte of bytes) id += byte.toString(16).padStart(2, '0')
  return id
}
