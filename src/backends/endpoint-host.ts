/**
 * The part of an endpoint that keys a backend's storage and caches: the host (with port) of an
 * absolute URL; a same-origin path (Storybook, a proxy route) keys by the path itself.
 */
export function endpointHost(endpoint: string): string {
  try {
    return new URL(endpoint).host
  } catch {
    return endpoint
  }
}
