import { strict as assert } from 'node:assert'
import type { BrowserContext, Page } from 'playwright-core'
import type { Example } from './examples.js'

/**
 * What every example must do in Chromium: sign in on the sign-in page, show the customer on the
 * account page and in the badge, keep the session over a reload and in a second tab (one browser
 * context: shared storage and BroadcastChannel), and sign out in one tab, which ends it in both.
 */
export async function runScenario(
  context: BrowserContext,
  origin: string,
  example: Example,
): Promise<void> {
  const problems: string[] = []
  const watch = (page: Page): Page => {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`console error: ${message.text()} (${message.location().url})`)
    })
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
    return page
  }
  const { customer } = example
  const badge = (page: Page) => page.getByRole('button', { name: customer.name })
  const signInLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Sign in' })

  const first = watch(await context.newPage())
  await first.goto(`${origin}/`)
  await signInLink(first).click()
  await first.waitForURL(`${origin}/account/login`)
  await first.getByLabel('Email').fill(customer.email)
  await first.getByLabel('Password', { exact: true }).fill(customer.password)
  await first.getByRole('button', { name: 'Sign in' }).click()
  await first.waitForURL(`${origin}/account`)
  await first.getByTestId('customer-email').filter({ hasText: customer.email }).waitFor()
  await badge(first).waitFor()
  const cartOf = (page: Page, text: string) =>
    page.getByTestId('cart').filter({ hasText: text }).waitFor()
  // The cart made on sign-in is the customer's.
  if (example.cartFollowsShopper) await cartOf(first, `Cart of ${customer.email}`)
  // The app's own client reads the customer's orders (the sample customers have none).
  if (example.showsOrderCount)
    await first.getByTestId('order-count').filter({ hasText: '0' }).waitFor()
  // A document sent by hand with the token hook reads the addresses (none either).
  if (example.showsOrderCount)
    await first.getByTestId('address-count').filter({ hasText: '0' }).waitFor()

  // A reload keeps the session (stored), and the server-rendered example sends it signed in.
  const reloaded = await first.reload()
  if (example.serverRendersSession) {
    const html = (await reloaded?.text()) ?? ''
    assert.match(html, /data-session="authenticated"/, 'the server HTML is signed in')
    assert.doesNotMatch(html, />Sign in</, 'the server HTML has no "Sign in" to flash')
  }
  await first.getByTestId('customer-email').filter({ hasText: customer.email }).waitFor()
  await badge(first).waitFor()

  // A second tab of the same browser is signed in too.
  const second = watch(await context.newPage())
  await second.goto(`${origin}/account`)
  await second.getByTestId('customer-email').filter({ hasText: customer.email }).waitFor()
  await badge(second).waitFor()

  // Signing out in the second tab ends the session in the first one, without a reload.
  let reloadsOfFirst = 0
  first.on('load', () => reloadsOfFirst++)
  await second.getByRole('button', { name: 'Sign out' }).click()
  await signInLink(second).waitFor()
  // The tab that signed out holds a fresh guest cart.
  if (example.cartFollowsShopper) await cartOf(second, 'Guest cart')
  await signInLink(first).waitFor()
  await first.getByRole('main').getByText('You are signed out.').waitFor()
  assert.equal(reloadsOfFirst, 0, 'the first tab learned of the sign-out without a reload')

  // And it stays ended after a reload.
  await first.reload()
  await first.getByRole('main').getByText('You are signed out.').waitFor()
  await signInLink(first).waitFor()

  await Promise.all([first.close(), second.close()])
  assert.deepEqual(problems, [], 'no page errors, console errors or failed requests')
}
