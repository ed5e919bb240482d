import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The node:http ↔ Fetch API adapter behind `listen()` and `middleware`. Only types come from
 * node:http here, so this module (and the emulator) still loads in a browser.
 */

/** What the frame answers: a response, a dropped connection, or "not mine". */
export type FrameResult =
  { readonly kind: 'response'; readonly response: Response } | { readonly kind: 'drop' } | null

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = []
  for await (const chunk of req as AsyncIterable<Uint8Array | string>)
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
  const body = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.length
  }
  return body
}

function requestUrl(req: IncomingMessage): URL {
  // Connect mounts may strip a prefix from `url`; `originalUrl` keeps the full path.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
  return new URL(path, `http://${req.headers.host ?? 'localhost'}`)
}

export async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = req.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(requestUrl(req), {
    method,
    headers,
    body: hasBody ? await readBody(req) : null,
  })
}

export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  res.writeHead(response.status, headers)
  res.end(new Uint8Array(await response.arrayBuffer()))
}

/**
 * Answers a node:http request with the frame, or returns false when the path is not the
 * emulator's. `claims` is asked first, before the body is read: a request for another path keeps
 * its body for the next handler (a dev server's or an app's own routes).
 */
export async function serveNodeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  frame: (request: Request, remoteAddress?: string) => Promise<FrameResult>,
  claims: (pathname: string) => boolean,
): Promise<boolean> {
  if (!claims(requestUrl(req).pathname)) return false
  // The peer's address goes beside the Request: the Fetch API has no place for it. Undefined once
  // the socket is gone; the frame then uses its in-process default.
  const result = await frame(await toFetchRequest(req), req.socket.remoteAddress)
  if (result === null) return false
  if (result.kind === 'drop') {
    // Like a crashed upstream: the client sees a reset connection, not an HTTP answer.
    req.socket.destroy()
    return true
  }
  await writeFetchResponse(res, result.response)
  return true
}
