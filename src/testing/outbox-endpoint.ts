import { preflightResponse, withCors } from './cors.js'
import type { Outbox } from './outbox.js'

/**
 * Where the emulator serves its outbox over HTTP: `GET /emulator/outbox` (optionally `?to=` an
 * address) answers `{ mails }`, oldest first. A page reads the mails the same way whether the
 * emulator runs on a dev server (same origin) or inside the page as its `fetch`. Not a path of
 * Shopify or Adobe Commerce: real shops send mail, the emulator keeps it.
 */
export const emulatorOutboxPath = '/emulator/outbox'

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  })
}

/** Answers a request for `emulatorOutboxPath`: the mails for GET, 405 for anything else. */
export function answerOutboxRequest(request: Request, outbox: Outbox): Response {
  if (request.method === 'OPTIONS') return preflightResponse(request)
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return withCors(
      request,
      json(405, { message: 'The outbox is read with GET.' }, { Allow: 'GET' }),
    )
  const to = new URL(request.url).searchParams.get('to')?.toLowerCase()
  const mails = outbox.mails.filter((mail) => to === undefined || mail.to.toLowerCase() === to)
  // Mails carry one-time tokens: no cache may keep them past the page that asked.
  return withCors(request, json(200, { mails }, { 'cache-control': 'no-store' }))
}
