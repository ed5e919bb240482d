import { headers } from 'next/headers'
import { sessionCookies } from './session-cookies'

/** What the server hands the client providers: this request's session cookies, and when read. */
export interface RequestSession {
  readonly sessionCookies: string
  readonly renderedAt: number
}

/** Reading the request's cookies makes every page render per request, signed in or not. */
export async function readRequestSession(): Promise<RequestSession> {
  const cookieHeader = (await headers()).get('cookie')
  return { sessionCookies: sessionCookies(cookieHeader), renderedAt: Date.now() }
}
