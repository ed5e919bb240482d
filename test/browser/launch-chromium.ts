import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { chromiumArgs, chromiumPath } from './chromium.js'

export interface ChromiumSession {
  /** One browser context: its pages share BroadcastChannel, localStorage and navigator.locks. */
  readonly context: BrowserContext
  close(): Promise<void>
}

/** Debian's Chromium with a fresh, throw-away profile (no state from any earlier run). */
export async function launchChromium(): Promise<ChromiumSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'storefront-auth-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
    headless: true,
  })
  return {
    context,
    async close() {
      await context.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}
