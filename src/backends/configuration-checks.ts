/**
 * Checks both backends run on their options at construction, so that a value `fetch` would refuse
 * on every request is reported as CONFIGURATION naming the option, not later as a NETWORK failure
 * ("Could not reach the store"): fetch throws a TypeError for a bad header value before sending,
 * which looks exactly like an unreachable server.
 */

/**
 * Whether fetch accepts `value` as a header value. The Fetch standard wants a byte sequence (every
 * character at most U+00FF, the ISO-8859-1 range; `'…'` or an emoji is not) without NUL, CR or
 * LF. Leading and trailing spaces are trimmed by fetch, not refused.
 */
export function isHeaderValue(value: string): boolean {
  return !/[\0\r\n\u0100-\uffff]/.test(value)
}

/**
 * Whether `value` can be a GraphQL endpoint: an absolute http(s) URL, or a path on the page's own
 * origin (`/api/graphql`, for a proxy or a dev-server middleware). A bare host such as
 * `shop.example.com/graphql` is neither: fetch would resolve it against the page's URL.
 */
export function isEndpoint(value: string): boolean {
  if (value.startsWith('/')) return true
  if (!/^https?:\/\//i.test(value)) return false
  try {
    return new URL(value).host !== ''
  } catch {
    return false
  }
}

/** Whether `value` is a host with an optional port (`my-shop.myshopify.com`, `localhost:3000`). */
export function isHost(value: string): boolean {
  return !/[/?#@\\]/.test(value) && isEndpoint(`https://${value}`)
}

/** Why a header-value option is refused, naming the option (never echoing it: it may be a secret). */
export function notAHeaderValue(option: string): string {
  return `${option} cannot be sent as an HTTP header: fetch accepts ISO-8859-1 characters only, without line breaks (is it a placeholder such as '…'?).`
}
