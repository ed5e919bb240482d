import { waitFor, within } from '@testing-library/dom'
import { userEvent } from '@testing-library/user-event'
import {
  accountHeader,
  check,
  onAccountPage,
  openMail,
  signIn,
  signOutFromAccountPage,
  signOutIfSignedIn,
  statusSays,
  type WalkthroughUser,
} from './walkthrough-steps.js'

/** Who signs up in the journey, and how the shop treats a new account. */
export interface JourneyShopper {
  readonly firstName: string
  readonly lastName: string
  /** New on every run, so a second run on the same shop signs up afresh. */
  readonly email: string
  /** The passwords of each step: at sign-up, after the change, after the reset. */
  readonly passwords: { readonly signUp: string; readonly changed: string; readonly reset: string }
  /**
   * `'signed-in'`: sign-up signs in (Shopify). `'confirm-email'`: the account waits for the
   * confirmation mail (Adobe Commerce with "Require Emails Confirmation").
   */
  readonly afterSignUp: 'signed-in' | 'confirm-email'
  /** Shopify: an invited customer who activates the account from the invitation mail. */
  readonly invited?: { readonly email: string; readonly name: string; readonly password: string }
}

type Canvas = ReturnType<typeof within>

async function signUp(canvas: Canvas, user: WalkthroughUser, shopper: JourneyShopper) {
  await user.click(await (await accountHeader(canvas)).findByRole('link', { name: 'Sign in' }))
  await user.click(await canvas.findByRole('link', { name: 'Create an account' }))
  await user.type(await canvas.findByLabelText('First name'), shopper.firstName)
  await user.type(canvas.getByLabelText('Last name'), shopper.lastName)
  await user.type(canvas.getByLabelText('Email'), shopper.email)
  await user.type(canvas.getByLabelText('Password'), shopper.passwords.signUp)
  await user.click(canvas.getByRole('button', { name: 'Create account' }))
}

async function confirmFromMail(canvas: Canvas, user: WalkthroughUser, shopper: JourneyShopper) {
  await statusSays(canvas, 'Check your email')
  await openMail(canvas, user, 'Confirm your email', shopper.email)
  await user.click(await canvas.findByRole('button', { name: 'Confirm my email' }))
  await statusSays(canvas, 'Your email is confirmed.')
  await user.click(within(canvas.getByRole('main')).getByRole('link', { name: 'Sign in' }))
  await user.type(await canvas.findByLabelText('Email'), shopper.email)
  await user.type(canvas.getByLabelText('Password'), shopper.passwords.signUp)
  await user.click(canvas.getByRole('button', { name: 'Sign in' }))
}

async function activateInvited(
  canvas: Canvas,
  user: WalkthroughUser,
  invited: NonNullable<JourneyShopper['invited']>,
) {
  await openMail(canvas, user, 'Activate your account', invited.email)
  await user.type(await canvas.findByLabelText('Choose a password'), invited.password)
  await user.type(canvas.getByLabelText('Repeat the password'), invited.password)
  await user.click(canvas.getByRole('button', { name: 'Activate account' }))
  await onAccountPage(canvas, invited.name, invited.email)
}

async function changePassword(canvas: Canvas, user: WalkthroughUser, shopper: JourneyShopper) {
  await user.type(await canvas.findByLabelText('Current password'), shopper.passwords.signUp)
  await user.type(canvas.getByLabelText('New password'), shopper.passwords.changed)
  await user.click(canvas.getByRole('button', { name: 'Change password' }))
  await statusSays(canvas, 'Your password is changed.')
}

async function forgotAndReset(canvas: Canvas, user: WalkthroughUser, shopper: JourneyShopper) {
  await user.click(await (await accountHeader(canvas)).findByRole('link', { name: 'Sign in' }))
  await user.click(await canvas.findByRole('link', { name: 'Forgot your password?' }))
  await user.type(await canvas.findByLabelText('Email'), shopper.email)
  await user.click(canvas.getByRole('button', { name: 'Send reset link' }))
  await statusSays(canvas, 'If an account exists')
  await openMail(canvas, user, 'Reset your password', shopper.email)
  // Magento's link carries only the token: the form asks for the email (Shopify's carries all).
  if (shopper.afterSignUp === 'confirm-email')
    await user.type(await canvas.findByLabelText('Email'), shopper.email)
  await user.type(await canvas.findByLabelText('New password'), shopper.passwords.reset)
  await user.type(canvas.getByLabelText('Repeat the new password'), shopper.passwords.reset)
  await user.click(canvas.getByRole('button', { name: 'Set new password' }))
}

/**
 * The reset mail's link once more, after it was used: the shop refuses it and the page offers a
 * new mail, which leads to the forgot-password page.
 */
async function reopenSpentLink(canvas: Canvas, user: WalkthroughUser, shopper: JourneyShopper) {
  await openMail(canvas, user, 'Reset your password', shopper.email)
  if (shopper.afterSignUp === 'confirm-email')
    await user.type(await canvas.findByLabelText('Email'), shopper.email)
  await user.type(await canvas.findByLabelText('New password'), shopper.passwords.signUp)
  await user.type(canvas.getByLabelText('Repeat the new password'), shopper.passwords.signUp)
  await user.click(canvas.getByRole('button', { name: 'Set new password' }))
  const main = within(canvas.getByRole('main'))
  // Shopify knows the link is spent; Adobe Commerce refuses link and password alike.
  await waitFor(() =>
    check(
      /ask for a new one/i.test(main.getByRole('alert').textContent ?? ''),
      'The spent link was not refused',
    ),
  )
  await user.click(main.getByRole('link', { name: 'Send me a new link' }))
  await canvas.findByRole('heading', { name: 'Forgot your password?' })
}

/**
 * The whole account journey on the demo: sign up; confirm the email from the outbox (Adobe
 * Commerce) or, on Shopify, where sign-up signs in, activate an invited account from its mail;
 * sign in; change the password; sign out and in with the new one; forgot password, reset from the
 * outbox link (which signs in); sign out; the spent link refused, with a new mail offered. The story's test, and the "Play the walkthrough"
 * button on `npm start`. Every step is the customer's: clicks and typing on the demo's pages.
 */
export async function playAccountJourney(
  canvasElement: HTMLElement,
  shopper: JourneyShopper,
): Promise<void> {
  const canvas = within(canvasElement)
  const user = userEvent.setup()
  const name = `${shopper.firstName} ${shopper.lastName}`
  await signOutIfSignedIn(canvas, user)

  await signUp(canvas, user, shopper)
  if (shopper.afterSignUp === 'confirm-email') await confirmFromMail(canvas, user, shopper)
  await onAccountPage(canvas, name, shopper.email)

  if (shopper.invited) {
    await signOutFromAccountPage(canvas, user)
    await activateInvited(canvas, user, shopper.invited)
    await signOutFromAccountPage(canvas, user)
    await signIn(canvas, user, shopper.email, shopper.passwords.signUp)
    await onAccountPage(canvas, name, shopper.email)
  }

  await changePassword(canvas, user, shopper)
  await signOutFromAccountPage(canvas, user)
  await signIn(canvas, user, shopper.email, shopper.passwords.changed)
  await onAccountPage(canvas, name, shopper.email)
  await signOutFromAccountPage(canvas, user)

  await forgotAndReset(canvas, user, shopper)
  await onAccountPage(canvas, name, shopper.email)
  await signOutFromAccountPage(canvas, user)
  await reopenSpentLink(canvas, user, shopper)
}
