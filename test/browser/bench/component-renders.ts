import type { Page } from 'playwright-core'
import { launchChromium } from '../launch-chromium.js'
import { startTestApp } from '../test-app-server.js'

export interface ComponentRenders {
  /** React commits of `LoginForm` from the submit to the signed-in state. Budget: ≤ 3. */
  readonly loginFormSubmitToSuccess: number
  /** React commits of `AccountBadge` while a renew keeps the same customer. Budget: 0. */
  readonly accountBadgeDuringRenew: number
}

const renders = (page: Page, id: string) =>
  page.evaluate((profilerId) => window.__RENDERS__[profilerId] ?? 0, id)

/**
 * Counts React commits in Debian's Chromium (development React, where the Profiler reports):
 * LoginForm from submit to success, and AccountBadge across a scheduled renew.
 */
export async function measureComponentRenders(): Promise<ComponentRenders> {
  const hour = 60 * 60 * 1000
  const app = await startTestApp({ customerAccessTokenLifetimeMs: 2 * hour })
  const chromium = await launchChromium()
  try {
    await chromium.context.clock.install({ time: app.emulator.clock.now() })
    const page = await chromium.context.newPage()
    await page.goto(app.url)
    await page.getByRole('link', { name: 'Sign in' }).waitFor()
    await page.getByLabel('Email').fill('ada@example.com')
    await page.getByLabel('Password', { exact: true }).fill('analytical-engine')

    const formBefore = await renders(page, 'login-form')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: 'Ada Lovelace' }).waitFor()
    const loginFormSubmitToSuccess = (await renders(page, 'login-form')) - formBefore

    const expiresAt = page.getByTestId('expires-at')
    const before = await expiresAt.textContent()
    const badgeBefore = await renders(page, 'account-badge')
    const jump = 1.5 * hour + 10 * 60 * 1000
    app.emulator.clock.advance(jump)
    await chromium.context.clock.fastForward(jump)
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="expires-at"]')?.textContent !== previous,
      before,
    )
    const accountBadgeDuringRenew = (await renders(page, 'account-badge')) - badgeBefore
    if (app.emulator.requests.count({ field: 'customerAccessTokenRenew' }) !== 1)
      throw new Error('The renew under measurement did not happen exactly once')
    return { loginFormSubmitToSuccess, accountBadgeDuringRenew }
  } finally {
    await chromium.close()
    await app.close()
  }
}
