import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { focused, keyboardSession } from './keyboard-session.js'

// The password forms with the keyboard alone, in Chromium: focus to the first problem, the
// rules and errors read out with the fields, pending keeps focus, the outcome in a live region.

const session = keyboardSession()

/** The text of the elements an input's aria-describedby names. */
const description = (page: Page) =>
  page.evaluate(() => {
    const ids = document.activeElement?.getAttribute('aria-describedby')?.split(' ') ?? []
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
  })

it('resets a password from the mail’s link with the keyboard alone', async () => {
  const recover = await fetch(new URL(session.app.emulator.storefrontPath, session.app.url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-shopify-storefront-access-token': session.app.emulator.storefrontAccessToken,
    },
    body: JSON.stringify({
      query: 'mutation($email:String!){customerRecover(email:$email){customerUserErrors{code}}}',
      variables: { email: 'ada@example.com' },
    }),
  })
  expect(recover.ok).toBe(true)
  const mail = session.app.emulator.outbox.latest('ada@example.com', 'recover')
  const [, customerId, token] = /\/account\/reset\/(\d+)\/([^/]+)$/.exec(mail?.url ?? '') ?? []
  const page = await session.chromium.context.newPage()
  await page.goto(`${session.app.url}?page=reset&id=${customerId}&token=${token}`)
  await page.getByLabel('New password', { exact: true }).waitFor()

  // Past the header's link, the new password first, its rules read out with it.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:New password')
  expect(await description(page)).toBe('Use 5 to 40 characters.')
  // Enter on an empty form: nothing sent, focus stays on the first problem.
  await page.keyboard.press('Enter')
  expect(await focused(page)).toBe('input:New password')
  expect(await description(page)).toBe('Use 5 to 40 characters. Enter a new password.')
  await page.keyboard.type('Brand-New-1')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:Repeat the new password')
  await page.keyboard.type('Brand-New-2')
  await page.keyboard.press('Enter')
  expect(await focused(page)).toBe('input:Repeat the new password')
  expect(await description(page)).toBe('The two passwords are not the same.')
  expect(session.app.emulator.requests.count({ field: 'customerReset' })).toBe(0)

  await page.keyboard.press('Control+A')
  await page.keyboard.type('Brand-New-1')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('button:Show passwords')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('button:Set new password')
  await page.keyboard.press('Enter')
  await page.getByRole('status').filter({ hasText: 'you are signed in' }).waitFor()
  expect(session.app.emulator.requests.count({ field: 'customerReset' })).toBe(1)
})

it('changes the password with the keyboard alone: a wrong current password focuses its field', async () => {
  const page = await session.chromium.context.newPage()
  await page.goto(`${session.app.url}?page=change-password`)
  await page.getByLabel('Email').fill('ada@example.com')
  await page.getByLabel('Password', { exact: true }).fill('analytical-engine')
  await page.getByLabel('Password', { exact: true }).press('Enter')
  const current = page.getByLabel('Current password')
  await current.waitFor()
  await current.focus()
  await page.keyboard.type('not-my-password')
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('input:New password')
  await page.keyboard.type('Changed-Password-1')
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true')
  expect(await focused(page)).toBe('input:Current password')
  expect(await description(page)).toBe('The current password is incorrect.')

  await page.keyboard.press('Control+A')
  await page.keyboard.type('analytical-engine')
  await page.keyboard.press('Enter')
  await page.getByRole('status').filter({ hasText: 'Your password is changed.' }).waitFor()
  // Shopify rotated the token; the session continued (the badge still names Ada).
  await page.getByRole('button', { name: 'Ada Lovelace' }).waitFor()
  expect(session.app.emulator.requests.count({ field: 'customerUpdate' })).toBe(1)
})
