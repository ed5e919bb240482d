import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { ChangePasswordForm } from '../src/components/index.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'

const meta = {
  title: 'Components/ChangePasswordForm',
  component: ChangePasswordForm,
  args: { onSuccess: fn(), onError: fn(), signIn: '#sign-in' },
  parameters: {
    customerAuth: { vendor: 'shopify', isolated: true } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component: `A change-password form for the signed-in customer (headless: \`useChangePasswordForm\`), signed in as Ada (current password \`analytical-engine\`). On Shopify the current password is proven with a sign-in, then \`customerUpdate\` rotates the token; on Adobe Commerce it is \`changeCustomerPassword\`.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof ChangePasswordForm>

export default meta
type Story = StoryObj<typeof meta>

/** Signed in as Ada (parameters merge with the component's, so signed out is the default). */
const signedIn = {
  customerAuth: { vendor: 'shopify', signedInAs: 'ada@example.com', isolated: true },
} satisfies { customerAuth: CustomerAuthStoryParameters }

const fill = async (canvasElement: HTMLElement, current: string, next: string) => {
  const canvas = within(canvasElement)
  const user = userEvent.setup()
  if (current) await user.type(await canvas.findByLabelText('Current password'), current)
  if (next) await user.type(canvas.getByLabelText('New password'), next)
  await user.click(canvas.getByRole('button', { name: 'Change password' }))
  return canvas
}

/** The form for a signed-in customer, with the rules shown before submit. */
export const Default: Story = { parameters: signedIn }

/** Empty fields are caught before any request; focus goes to the first. */
export const FieldErrors: Story = {
  parameters: signedIn,
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, '', '')
    const current = canvas.getByLabelText('Current password')
    await expect(current).toHaveAccessibleDescription('Enter your current password.')
    await expect(current).toHaveFocus()
  },
}

/** While the change runs, the button keeps focus and the wait is announced. */
export const Pending: Story = {
  parameters: {
    customerAuth: {
      vendor: 'shopify',
      signedInAs: 'ada@example.com',
      faults: [{ kind: 'hold', field: 'customerUpdate', times: Infinity }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'analytical-engine', 'Changed-Password-1')
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Changing your password…'),
    )
    await expect(canvas.getByRole('button', { name: 'Change password' })).toHaveFocus()
  },
}

/** Done: the password is changed and the customer stays signed in. */
export const Success: Story = {
  parameters: signedIn,
  play: async ({ canvasElement, args }) => {
    const canvas = await fill(canvasElement, 'analytical-engine', 'Changed-Password-1')
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    await expect(canvas.getByRole('status')).toHaveTextContent('Your password is changed.')
  },
}

/** A wrong current password (INVALID_CREDENTIALS) is put on its field, which gets focus. */
export const ErrorWrongCurrentPassword: Story = {
  parameters: signedIn,
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'not-my-password', 'Changed-Password-1')
    const current = canvas.getByLabelText('Current password')
    await waitFor(() =>
      expect(current).toHaveAccessibleDescription('The current password is incorrect.'),
    )
    await expect(current).toHaveFocus()
  },
}

/** Shopify's sign-in limit reached (the current password is proven with a sign-in). */
export const ErrorThrottled: Story = {
  parameters: {
    customerAuth: {
      vendor: 'shopify',
      signedInAs: 'ada@example.com',
      emulator: { loginAttemptLimit: 2 },
      failedSignInsBefore: { email: 'ada@example.com', count: 2 },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'analytical-engine', 'Changed-Password-1')
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Too many attempts.'))
  },
}

/** The connection dropped before an answer came. */
export const ErrorNetwork: Story = {
  parameters: {
    customerAuth: {
      vendor: 'shopify',
      signedInAs: 'ada@example.com',
      faults: [{ kind: 'drop', field: 'customerUpdate' }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'analytical-engine', 'Changed-Password-1')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Could not reach the store.'),
    )
  },
}

/** Nobody signed in: a plain notice and a sign-in link instead of the form. */
export const SignedOut: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Sign in to change your password.')).toBeInTheDocument()
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toBeInTheDocument()
  },
}

/** Adobe Commerce: Magento's rules shown before submit, the change through changeCustomerPassword. */
export const AdobeCommerceSuccess: Story = {
  parameters: {
    customerAuth: { vendor: 'adobe-commerce', signedInAs: 'ada@example.com', isolated: true },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = await fill(canvasElement, 'analytical-engine', 'Changed-Password-1')
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    await expect(canvas.getByRole('status')).toHaveTextContent('Your password is changed.')
  },
}
