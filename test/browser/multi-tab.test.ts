import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchChromium, type ChromiumSession } from './launch-chromium.js'
import { startTestApp, type TestApp } from './test-app-server.js'

const hour = 60 * 60 * 1000
// Short-lived tokens so the renew point (75% of the lifetime) is a fast-forward away.
const tokenLifetimeMs = 2 * hour

let app: TestApp
let chromium: ChromiumSession

beforeEach(async () => {
  app = await startTestApp({ customerAccessTokenLifetimeMs: tokenLifetimeMs })
  chromium = await launchChromium()
  // Every page of the context runs on one controllable clock, starting where the emulator's is.
  await chromium.context.clock.install({ time: app.emulator.clock.now() })
})

afterEach(async () => {
  await chromium?.close()
  await app?.close()
})

async function openTab(): Promise<Page> {
  const page = await chromium.context.newPage()
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Sign in' }).waitFor()
  return page
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Email').fill('ada@example.com')
  await page.getByLabel('Password', { exact: true }).fill('analytical-engine')
  await page.getByRole('button', { name: 'Sign in' }).click()
}

const badgeOf = (page: Page) => page.getByRole('button', { name: 'Ada Lovelace' })

describe('tabs of one browser share the session', () => {
  it('shows a sign-in from tab A in tab B without a reload, and a sign-out from B in A', async () => {
    const tabA = await openTab()
    const tabB = await openTab()
    let reloadsOfB = 0
    tabB.on('load', () => reloadsOfB++)

    await signIn(tabA)
    await badgeOf(tabA).waitFor()
    await badgeOf(tabB).waitFor()

    await badgeOf(tabB).click()
    await tabB.getByRole('menuitem', { name: 'Sign out' }).click()
    await tabB.getByRole('link', { name: 'Sign in' }).waitFor()
    await tabA.getByRole('link', { name: 'Sign in' }).waitFor()
    expect(reloadsOfB).toBe(0)
    expect(app.emulator.requests.count({ field: 'customerAccessTokenCreate' })).toBe(1)
  })

  it('sends exactly one renew when three tabs reach the renew point together', async () => {
    const tabs = [await openTab(), await openTab(), await openTab()]
    await signIn(tabs[0] as Page)
    for (const tab of tabs) await badgeOf(tab).waitFor()
    const expiryBefore = await tabs[0]?.getByTestId('expires-at').textContent()

    // Past 75% of the lifetime plus the scheduler's jitter, on both sides of the wire.
    const jump = 0.75 * tokenLifetimeMs + 10 * 60 * 1000
    app.emulator.clock.advance(jump)
    await chromium.context.clock.fastForward(jump)

    for (const tab of tabs)
      await tab.waitForFunction(
        (before) => document.querySelector('[data-testid="expires-at"]')?.textContent !== before,
        expiryBefore,
      )
    const expiries = await Promise.all(
      tabs.map((tab) => tab.getByTestId('expires-at').textContent()),
    )
    expect(new Set(expiries).size).toBe(1)
    expect(Number(expiries[0])).toBeGreaterThan(Number(expiryBefore))
    expect(app.emulator.requests.count({ field: 'customerAccessTokenRenew' })).toBe(1)
    for (const tab of tabs) await badgeOf(tab).waitFor()
  })
})
