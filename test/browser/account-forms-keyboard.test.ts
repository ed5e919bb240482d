import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchChromium, type ChromiumSession } from './launch-chromium.js'
import { startTestApp, type TestApp } from './test-app-server.js'

let app: TestApp
let chromium: ChromiumSession

beforeEach(async () => {
  app = await startTestApp()
  chromium = await launchChromium()
})

afterEach(async () => {
  await chromium?.close()
  await app?.close()
})

/** The accessible name (or text) of whatever has focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return 'body'
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}:${(label?.textContent ?? element.textContent ?? '').trim()}`
  })

const statusText = (page: Page) => page.locator('main [role="status"]').textContent()

it('signs up with the keyboard alone: focus to the first problem, pending keeps focus, announced', async () => {
  const page = await chromium.context.newPage()
  await page.goto(`${app.url}#register`)
  await page.getByRole('button', { name: 'Create account' }).waitFor()
  await page.getByLabel('First name').focus()
  expect(await focused(page)).toBe('input:First name')
  // Submit the empty form from the keyboard: focus goes back to the first field with a problem.
  await page.keyboard.press('Enter')
  expect(await focused(page)).toBe('input:First name')
  expect(await page.getByLabel('First name').getAttribute('aria-invalid')).toBe('true')
  expect(app.emulator.requests.count()).toBe(0)

  await page.keyboard.type('Lin')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:Last name')
  await page.keyboard.type('Euler')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:Email')
  await page.keyboard.type('lin@example.com')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:Password')
  await page.keyboard.type('abc')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('button:Show password')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:Email me news and offers')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('button:Create account')
  // Too short for Shopify's 5 characters: caught in the browser, focus moved to the password.
  await page.keyboard.press('Enter')
  expect(await focused(page)).toBe('input:Password')
  await page.keyboard.type('-bridges')

  app.emulator.faults.add({ kind: 'hold', field: 'customerCreate', times: Infinity })
  await page.getByRole('button', { name: 'Create account' }).focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    () => document.querySelector('main [role="status"]')?.textContent === 'Creating your account…',
  )
  expect(await focused(page)).toBe('button:Create account')
  app.emulator.faults.clear()
  await page.waitForFunction(() =>
    document
      .querySelector('main [role="status"]')
      ?.textContent?.startsWith('Your account is ready'),
  )
  expect(await focused(page)).toBe('button:Create account')
  expect(app.emulator.requests.count({ field: 'customerCreate' })).toBe(1)
})

it('asks for a reset link with the keyboard alone and announces the same answer', async () => {
  const page = await chromium.context.newPage()
  await page.goto(`${app.url}#recover`)
  await page.getByLabel('Email').focus()
  await page.keyboard.press('Enter')
  expect(await focused(page)).toBe('input:Email')
  await page.keyboard.type('nobody@example.com')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('button:Send reset link')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() =>
    document
      .querySelector('main [role="status"]')
      ?.textContent?.startsWith('If an account exists for this address'),
  )
  expect(await focused(page)).toBe('button:Send reset link')
  expect(await statusText(page)).toContain('we have sent it a link')
})
