import type { Meta, StoryObj } from '@storybook/react-vite'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'
import { storyEnvironment } from './support/story-context.js'
import { StorefrontDemo } from './support/storefront-demo.js'
import {
  playStorefrontWalkthrough,
  type WalkthroughCustomer,
} from './support/storefront-walkthrough.js'
import { WithWalkthroughButton } from './support/walkthrough-button.js'

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
        component: `A small storefront on the emulator: header with \`AccountBadge\`, a sign-in page with \`LoginForm\`, and an account page with the customer, the token's expiry countdown, a Renew button and sign out. On \`npm start\` it talks to the emulator mounted on the dev server (same origin) and keeps the session in localStorage, so a second browser tab follows along. The **Play the walkthrough** button signs in (a wrong password first), shows the account and signs out; the same steps are the story's test in \`npm test\`.\n${sampleCustomersDoc}`,
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

function withWalkthrough(customer: WalkthroughCustomer): Pick<Story, 'render' | 'play'> {
  return isTestRun
    ? { play: ({ canvasElement }) => playStorefrontWalkthrough(canvasElement, customer) }
    : {
        render: (args, context) => (
          <WithWalkthroughButton customer={customer}>
            <StorefrontDemo {...args} readOutbox={storyEnvironment(context).readOutbox} />
          </WithWalkthroughButton>
        ),
      }
}

/** Shopify Storefront API customer tokens (42-day lifetime, renewable). */
export const Shopify: Story = {
  args: { shopName: 'Emulated Shopify store' },
  parameters: { customerAuth: { vendor: 'shopify', persist: true } },
  ...withWalkthrough({
    email: 'ada@example.com',
    password: 'analytical-engine',
    name: 'Ada Lovelace',
    canRenew: true,
  }),
}

/** The Adobe Commerce twin: JWT customer tokens (1 hour, not renewable). */
export const AdobeCommerce: Story = {
  args: { shopName: 'Emulated Adobe Commerce store' },
  parameters: { customerAuth: { vendor: 'adobe-commerce', persist: true } },
  ...withWalkthrough({
    email: 'grace@example.com',
    password: 'compiler-1952',
    name: 'Grace Hopper',
    canRenew: false,
  }),
}
