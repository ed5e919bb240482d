import { afterEach, beforeEach } from 'vitest'
import type { Page } from 'playwright-core'
import { launchChromium, type ChromiumSession } from './launch-chromium.js'
import { startTestApp, type TestApp } from './test-app-server.js'

/** The test app and Chromium of the current test, started before and closed after each one. */
export interface KeyboardSession {
  readonly app: TestApp
  readonly chromium: ChromiumSession
  /** A new page on the test app, at `hash` (e.g. `#register`). */
  readonly open: (hash?: string) => Promise<Page>
}

/** Starts a fresh test app and Chromium for every test of the calling file. */
export function keyboardSession(): KeyboardSession {
  let app: TestApp | undefined
  let chromium: ChromiumSession | undefined
  beforeEach(async () => {
    app = await startTestApp()
    chromium = await launchChromium()
  })
  afterEach(async () => {
    await chromium?.close()
    await app?.close()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('keyboardSession: used outside a test')
    return value
  }
  return {
    get app() {
      return started(app)
    },
    get chromium() {
      return started(chromium)
    },
    async open(hash = '') {
      const page = await started(chromium).context.newPage()
      await page.goto(`${started(app).url}${hash}`)
      return page
    },
  }
}

/** The accessible name (or text) of whatever has focus, as `role:name`. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return 'body'
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}:${(label?.textContent ?? element.textContent ?? '').trim()}`
  })

/** Presses `key` and returns what has focus then (see `focused`). */
export async function pressAndFocus(page: Page, key: string): Promise<string> {
  await page.keyboard.press(key)
  return focused(page)
}
