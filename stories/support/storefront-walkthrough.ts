import { waitFor, within } from '@testing-library/dom'
import { userEvent } from '@testing-library/user-event'
import { accountHeader, check, signOutIfSignedIn } from './walkthrough-steps.js'

/** Who the walkthrough signs in as, and what the API lets them do. */
export interface WalkthroughCustomer {
  readonly email: string
  readonly password: string
  /** The name the account badge shows once signed in. */
  readonly name: string
  readonly canRenew: boolean
}

/**
 * The demo's walkthrough: a wrong password, the right one, the account page, a renewal where the
 * API has one, sign-out. The same steps are the story's test (its play function under vitest)
 * and what the "Play the walkthrough" button does on `npm start`. Plain Testing Library rather
 * than Storybook's instrumented copies, so the steps also run outside a play function.
 *
 * It starts by signing out when a session is already there (one stored by an earlier visit, or
 * one another tab signed in), so it passes in a second tab and on a reload as well.
 */
export async function playStorefrontWalkthrough(
  canvasElement: HTMLElement,
  customer: WalkthroughCustomer,
): Promise<void> {
  const canvas = within(canvasElement)
  const user = userEvent.setup()
  const header = await accountHeader(canvas)
  await signOutIfSignedIn(canvas, user)
  await user.click(await header.findByRole('link', { name: 'Sign in' }))

  // A wrong password first: the page stays, the alert explains.
  await user.type(await canvas.findByLabelText('Email'), customer.email)
  await user.type(canvas.getByLabelText('Password'), 'wrong-password')
  await user.click(canvas.getByRole('button', { name: 'Sign in' }))
  await waitFor(() =>
    check(
      canvas.getByRole('alert').textContent?.includes('The email or password is incorrect.') ===
        true,
      'The wrong password was not explained',
    ),
  )
  await user.clear(canvas.getByLabelText('Password'))
  await user.type(canvas.getByLabelText('Password'), customer.password)
  await user.click(canvas.getByRole('button', { name: 'Sign in' }))

  await canvas.findByRole('heading', { name: 'Your account' })
  await header.findByRole('button', { name: customer.name })
  await canvas.findByText(customer.email)
  check(
    !canvas.getByTestId('expiry-countdown').textContent?.includes('expired'),
    'A fresh token shows as expired',
  )
  if (customer.canRenew) {
    await user.click(canvas.getByRole('button', { name: 'Renew now' }))
    await canvas.findByText('Renewed.')
  }
  await user.click(canvas.getByRole('button', { name: 'Sign out' }))
  await header.findByRole('link', { name: 'Sign in' })
}
