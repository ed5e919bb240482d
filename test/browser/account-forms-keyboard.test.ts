import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { focused, keyboardSession, pressAndFocus } from './keyboard-session.js'

const session = keyboardSession()

/** Types into the focused field, then tabs on and returns what has focus next. */
async function typeAndTab(page: Page, text: string): Promise<string> {
  await page.keyboard.type(text)
  await page.keyboard.press('Tab')
  return focused(page)
}

const statusText = (page: Page) => page.locator('main [role="status"]').textContent()

it('signs up with the keyboard alone: focus to the first problem, pending keeps focus, announced', async () => {
  const { app } = session
  const page = await session.open('#register')
  await page.getByRole('button', { name: 'Create account' }).waitFor()
  await page.getByLabel('First name').focus()
  expect(await focused(page)).toBe('input:First name')
  // Submit the empty form from the keyboard: focus goes back to the first field with a problem.
  await page.keyboard.press('Enter')
  expect(await focused(page)).toBe('input:First name')
  expect(await page.getByLabel('First name').getAttribute('aria-invalid')).toBe('true')
  expect(app.emulator.requests.count()).toBe(0)

  expect(await typeAndTab(page, 'Lin')).toBe('input:Last name')
  expect(await typeAndTab(page, 'Euler')).toBe('input:Email')
  expect(await typeAndTab(page, 'lin@example.com')).toBe('input:Password')
  expect(await typeAndTab(page, 'abc')).toBe('button:Show password')
  expect(await pressAndFocus(page, 'Tab')).toBe('input:Email me news and offers')
  await page.keyboard.press('Space')
  expect(await pressAndFocus(page, 'Tab')).toBe('button:Create account')
  // Too short for Shopify's 5 characters: caught in the browser, focus moved to the password.
  expect(await pressAndFocus(page, 'Enter')).toBe('input:Password')
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
  const page = await session.open('#recover')
  await page.getByLabel('Email').focus()
  await page.keyboard.press('Enter')
  expect(await focused(page)).toBe('input:Email')
  expect(await typeAndTab(page, 'nobody@example.com')).toBe('button:Send reset link')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() =>
    document
      .querySelector('main [role="status"]')
      ?.textContent?.startsWith('If an account exists for this address'),
  )
  expect(await focused(page)).toBe('button:Send reset link')
  expect(await statusText(page)).toContain('we have sent it a link')
})
