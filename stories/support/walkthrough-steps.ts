import { waitFor, within } from '@testing-library/dom'
import type { userEvent } from '@testing-library/user-event'

/** The steps the demo's walkthroughs share, on the demo's own markup. */
export type WalkthroughUser = ReturnType<typeof userEvent.setup>
type Canvas = ReturnType<typeof within>

export function check(condition: boolean, failure: string): void {
  if (!condition) throw new Error(failure)
}

/** The header's account navigation. */
export async function accountHeader(canvas: Canvas): Promise<Canvas> {
  return within(await canvas.findByRole('navigation', { name: 'Account' }))
}

/**
 * Waits for the badge to settle (it shows a loading state first), then signs out through its
 * menu when a session is there (one stored by an earlier visit, or one another tab signed in).
 */
export async function signOutIfSignedIn(canvas: Canvas, user: WalkthroughUser): Promise<void> {
  const header = await accountHeader(canvas)
  const menuButton = await waitFor(() => {
    if (header.queryByRole('link', { name: 'Sign in' })) return null
    const button = header.queryByRole('button')
    if (!button) throw new Error('The account badge has not settled yet')
    return button
  })
  if (!menuButton) return
  await user.click(menuButton)
  await user.click(await canvas.findByRole('menuitem', { name: 'Sign out' }))
  await header.findByRole('link', { name: 'Sign in' })
}

/** Waits until a live region says `text`. */
export async function statusSays(canvas: Canvas, text: string): Promise<void> {
  await waitFor(() =>
    check(
      canvas
        .getAllByRole('status')
        .some((region: HTMLElement) => region.textContent?.includes(text)),
      `No status says "${text}"`,
    ),
  )
}

/** The account page shows `name` in the badge and `email` in the details. */
export async function onAccountPage(canvas: Canvas, name: string, email: string): Promise<void> {
  await canvas.findByRole('heading', { name: 'Your account' })
  await (await accountHeader(canvas)).findByRole('button', { name })
  await canvas.findByText(email)
}

/** Signs in from the header's link with the LoginForm. */
export async function signIn(
  canvas: Canvas,
  user: WalkthroughUser,
  email: string,
  password: string,
): Promise<void> {
  await user.click(await (await accountHeader(canvas)).findByRole('link', { name: 'Sign in' }))
  await user.type(await canvas.findByLabelText('Email'), email)
  await user.type(canvas.getByLabelText('Password'), password)
  await user.click(canvas.getByRole('button', { name: 'Sign in' }))
}

/** Signs out with the account page's button; the header offers "Sign in" again. */
export async function signOutFromAccountPage(canvas: Canvas, user: WalkthroughUser): Promise<void> {
  await user.click(canvas.getByRole('button', { name: 'Sign out' }))
  await (await accountHeader(canvas)).findByRole('link', { name: 'Sign in' })
}

/**
 * Checks the emulator's outbox in the demo and opens the newest mail with `subject` to `to`: its
 * link leads to the page the mail is for.
 */
export async function openMail(
  canvas: Canvas,
  user: WalkthroughUser,
  subject: string,
  to: string,
): Promise<void> {
  const outbox = within(await canvas.findByRole('complementary', { name: 'Emulator outbox' }))
  await user.click(outbox.getByRole('button', { name: 'Check for new mail' }))
  const mail = await waitFor(() => {
    const found = outbox
      .queryAllByRole('listitem')
      .filter(
        (item) => item.textContent?.includes(subject) && item.textContent.includes(`To: ${to}`),
      )
      .at(-1)
    if (!found) throw new Error(`No "${subject}" mail to ${to} in the outbox`)
    return found
  })
  await user.click(within(mail).getByRole('link'))
}
