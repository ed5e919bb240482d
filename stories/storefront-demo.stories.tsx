import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'
import { StorefrontDemo } from './support/storefront-demo.js'

const meta = {
  title: 'Storefront demo',
  component: StorefrontDemo,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `A small storefront on the emulator: header with \`AccountBadge\`, a sign-in page with \`LoginForm\`, and an account page with the customer, the token's expiry countdown, a Renew button and sign out. On \`npm start\` it talks to the emulator mounted on the dev server (same origin) and keeps the session in localStorage, so a second browser tab follows along.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof StorefrontDemo>

export default meta
type Story = StoryObj<typeof meta>

const walkThrough =
  (email: string, password: string, name: string, canRenew: boolean): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    await user.click(await canvas.findByRole('link', { name: 'Sign in' }))
    // A wrong password first: the page stays, the alert explains.
    await user.type(await canvas.findByLabelText('Email'), email)
    await user.type(canvas.getByLabelText('Password'), 'wrong-password')
    await user.click(canvas.getByRole('button', { name: 'Sign in' }))
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('The email or password is incorrect.'),
    )
    await user.clear(canvas.getByLabelText('Password'))
    await user.type(canvas.getByLabelText('Password'), password)
    await user.click(canvas.getByRole('button', { name: 'Sign in' }))
    await canvas.findByRole('heading', { name: 'Your account' })
    await canvas.findByRole('button', { name })
    await expect(await canvas.findByText(email)).toBeInTheDocument()
    await expect(canvas.getByTestId('expiry-countdown')).not.toHaveTextContent('expired')
    if (canRenew) {
      await user.click(canvas.getByRole('button', { name: 'Renew now' }))
      await canvas.findByText('Renewed.')
    }
    await user.click(canvas.getByRole('button', { name: 'Sign out' }))
    await canvas.findByRole('link', { name: 'Sign in' })
  }

/** Shopify Storefront API customer tokens (42-day lifetime, renewable). */
export const Shopify: Story = {
  args: { shopName: 'Emulated Shopify store' },
  parameters: { customerAuth: { vendor: 'shopify', persist: true } },
  play: walkThrough('ada@example.com', 'analytical-engine', 'Ada Lovelace', true),
}

/** The Adobe Commerce twin: JWT customer tokens (1 hour, not renewable). */
export const AdobeCommerce: Story = {
  args: { shopName: 'Emulated Adobe Commerce store' },
  parameters: { customerAuth: { vendor: 'adobe-commerce', persist: true } },
  play: walkThrough('grace@example.com', 'compiler-1952', 'Grace Hopper', false),
}
