import type { Meta, StoryObj } from '@storybook/react-vite'
import { playAccountJourney, type JourneyShopper } from './support/account-journey-walkthrough.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'
import { storyEnvironment } from './support/story-context.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'
import { StorefrontDemo } from './support/storefront-demo.js'
import {
  playStorefrontWalkthrough,
  type WalkthroughCustomer,
} from './support/storefront-walkthrough.js'
import { WithWalkthroughButton, type Walkthrough } from './support/walkthrough-button.js'

const meta = {
  title: 'Storefront demo',
  component: StorefrontDemo,
  // The demo reads the emulator's outbox through the story's transport (see story-environment.ts).
  render: (args, context) => (
    <StorefrontDemo {...args} readOutbox={storyEnvironment(context).readOutbox} />
  ),
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `A small storefront on the emulator: a header with \`AccountBadge\`; sign-in (\`LoginForm\`), sign-up (\`RegisterForm\`) and forgot-password (\`RecoverPasswordForm\`) pages; an account page with the customer, the token's expiry countdown, a Renew button, \`ChangePasswordForm\` and sign out; and beside the shop the **emulator's outbox**: the mails the shop sent (activation, Adobe Commerce's email confirmation, password reset), each with its link, which opens the page it is for (\`ResetPasswordForm\`, \`ActivateAccountForm\`, a confirmation page on \`useConfirmEmail\`). The outbox is read over HTTP (\`GET /emulator/outbox\`) from the same emulator the API calls go to.\n\nThe **Shopify** and **Adobe Commerce** stories talk, on \`npm start\`, to the emulator mounted on the dev server (same origin) and keep the session in localStorage, so a second browser tab follows along; their walkthrough signs in (a wrong password first), shows the account and signs out. The **whole account journey** stories run on a fresh emulator of their own in the page: sign up (Shopify signs in at once; Adobe Commerce, set to require email confirmation, mails a confirmation link), on Shopify activate the invited customer from the invitation mail, sign in, change the password, sign out and in with the new one, forgot password, reset from the mail's link (which signs in), sign out, and the spent link opened once more (refused, a new mail offered). The **Play the walkthrough** button plays each story's steps; the same steps are the story's test in \`npm test\`.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof StorefrontDemo>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Under vitest (Vite's mode `test`) the walkthrough is each story's play function, its test. On
 * `npm start` a play function would run by itself every time the story opens, so there it runs
 * only from the "Play the walkthrough" button.
 */
const isTestRun = import.meta.env.MODE === 'test'

function withWalkthrough(walkthrough: Walkthrough): Pick<Story, 'render' | 'play'> {
  return isTestRun
    ? { play: ({ canvasElement }) => walkthrough.play(canvasElement) }
    : {
        render: (args, context) => (
          <WithWalkthroughButton walkthrough={walkthrough}>
            <StorefrontDemo {...args} readOutbox={storyEnvironment(context).readOutbox} />
          </WithWalkthroughButton>
        ),
      }
}

function signInWalkthrough(customer: WalkthroughCustomer): Walkthrough {
  return {
    play: (demo) => playStorefrontWalkthrough(demo, customer),
    running: `Signing in as ${customer.email}…`,
    done: 'Walkthrough finished: signed in, looked at the account, signed out.',
  }
}

/** A new address per run: the journey signs up, and a second run on the same shop must too. */
function newShopperEmail(): string {
  return `journey-${crypto.randomUUID().slice(0, 8)}@example.com`
}

function journeyWalkthrough(shopper: Omit<JourneyShopper, 'email'>): Walkthrough {
  return {
    play: (demo) => playAccountJourney(demo, { ...shopper, email: newShopperEmail() }),
    running: 'Signing up a new customer, then through every account page…',
    done: 'Journey finished: signed up, confirmed or activated from the outbox, signed in, changed the password, signed out, reset it from the mail, and the spent link was refused.',
  }
}

/** Shopify Storefront API customer tokens (42-day lifetime, renewable). */
export const Shopify: Story = {
  args: { shopName: 'Emulated Shopify store' },
  parameters: { customerAuth: { vendor: 'shopify', persist: true } },
  ...withWalkthrough(
    signInWalkthrough({
      email: 'ada@example.com',
      password: 'analytical-engine',
      name: 'Ada Lovelace',
      canRenew: true,
    }),
  ),
}

/** The Adobe Commerce twin: JWT customer tokens (1 hour, not renewable). */
export const AdobeCommerce: Story = {
  args: { shopName: 'Emulated Adobe Commerce store' },
  parameters: { customerAuth: { vendor: 'adobe-commerce', persist: true } },
  ...withWalkthrough(
    signInWalkthrough({
      email: 'grace@example.com',
      password: 'compiler-1952',
      name: 'Grace Hopper',
      canRenew: false,
    }),
  ),
}

/**
 * Whole account journey on Shopify: sign-up signs in at once; the invited sample customer
 * activates from the invitation mail in the outbox; change password; forgot and reset.
 */
export const ShopifyAccountJourney: Story = {
  name: 'Whole account journey (Shopify)',
  args: { shopName: 'Emulated Shopify store' },
  parameters: {
    // A shop of its own: the journey creates an account and spends one-time links.
    customerAuth: { vendor: 'shopify', isolated: true } satisfies CustomerAuthStoryParameters,
  },
  ...withWalkthrough(
    journeyWalkthrough({
      firstName: 'Jo',
      lastName: 'Journey',
      // Shopify's rule: 5 to 40 characters.
      passwords: { signUp: 'first-pass', changed: 'second-pass', reset: 'third-pass' },
      afterSignUp: 'signed-in',
      invited: { email: 'invited@example.com', name: 'Ivy Invited', password: 'ivy-activated' },
    }),
  ),
}

/**
 * Whole account journey on Adobe Commerce, with "Require Emails Confirmation" on: sign-up mails
 * a confirmation link; confirm, sign in, change password; forgot and reset.
 */
export const AdobeCommerceAccountJourney: Story = {
  name: 'Whole account journey (Adobe Commerce)',
  args: { shopName: 'Emulated Adobe Commerce store' },
  parameters: {
    customerAuth: {
      vendor: 'adobe-commerce',
      emulator: { adobeRequireConfirmation: true },
    } satisfies CustomerAuthStoryParameters,
  },
  ...withWalkthrough(
    journeyWalkthrough({
      firstName: 'Jo',
      lastName: 'Journey',
      // Adobe Commerce's default rule: at least 8 characters of 3 classes.
      passwords: { signUp: 'First-pass-1', changed: 'Second-pass-2', reset: 'Third-pass-3' },
      afterSignUp: 'confirm-email',
    }),
  ),
}
