import { expect, it } from 'vitest'
import { focused, keyboardSession } from './keyboard-session.js'

const session = keyboardSession()

it('signs in, opens the badge menu and signs out with the keyboard alone', async () => {
  const { app } = session
  const page = await session.open()
  await page.getByRole('link', { name: 'Sign in' }).waitFor()

  // Header first: the "Sign in" link, then the form's fields in reading order.
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('a:Sign in')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:Email')
  await page.keyboard.type('ada@example.com')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:Password')
  await page.keyboard.type('analytical-engine')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('button:Show password')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')

  const badge = page.getByRole('button', { name: 'Ada Lovelace' })
  await badge.waitFor()
  // The form is gone after sign-in (focus falls back to the page): Tab reaches the header first.
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('button:ALAda Lovelace')
  await page.keyboard.press('Enter')
  expect(await focused(page)).toBe('menuitem:My account')
  await page.keyboard.press('ArrowDown')
  expect(await focused(page)).toBe('menuitem:Sign out')
  await page.keyboard.press('Enter')

  await page.getByRole('link', { name: 'Sign in' }).waitFor()
  expect(await focused(page)).toBe('a:Sign in')
  expect(app.emulator.requests.count({ field: 'customerAccessTokenDelete' })).toBe(1)
})
