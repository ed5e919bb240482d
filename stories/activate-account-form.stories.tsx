import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { ActivateAccountForm } from '../src/components/index.js'
import { storyEmulator } from './support/story-context.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'

const meta = {
  title: 'Components/ActivateAccountForm',
  component: ActivateAccountForm,
  args: { onSuccess: fn(), onError: fn(), requestNewLink: '#recover-password' },
  // The emulated shop mailed invited@example.com an invitation when it started: open its link.
  render: (args, context) => (
    <ActivateAccountForm
      location={{
        href:
          storyEmulator(context).outbox.latest('invited@example.com', 'activate')?.url ??
          'https://shop.example/',
      }}
      {...args}
    />
  ),
  parameters: {
    customerAuth: { vendor: 'shopify', isolated: true } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component: `The page a Shopify account invitation links to (headless: \`useActivateAccountForm\`), opened from the emulator's invitation to invited@example.com.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof ActivateAccountForm>

export default meta
type Story = StoryObj<typeof meta>

const fill = async (canvasElement: HTMLElement, password: string, repeat = password) => {
  const canvas = within(canvasElement)
  const user = userEvent.setup()
  if (password) await user.type(canvas.getByLabelText('Choose a password'), password)
  if (repeat) await user.type(canvas.getByLabelText('Repeat the password'), repeat)
  await user.click(canvas.getByRole('button', { name: 'Activate account' }))
  return canvas
}

/** The form as the invitation's link opens it. */
export const Default: Story = {}

/** An empty form is caught before any request; focus goes to the first field. */
export const FieldErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, '', '')
    const password = canvas.getByLabelText('Choose a password')
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(password).toHaveFocus()
  },
}

/** While the activation runs, the button keeps focus and the wait is announced. */
export const Pending: Story = {
  parameters: {
    customerAuth: {
      vendor: 'shopify',
      faults: [{ kind: 'hold', field: 'customerActivate', times: Infinity }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Chosen-1')
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Activating your account…'),
    )
    await expect(canvas.getByRole('button', { name: 'Activate account' })).toHaveFocus()
  },
}

/** Done: the account is active and the customer signed in. */
export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await fill(canvasElement, 'Chosen-1')
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    await expect(canvas.getByRole('status')).toHaveTextContent('Your account is active')
  },
}

/** A spent or wrong link (TOKEN_INVALID, ALREADY_ENABLED) says so and offers a new mail. */
export const ErrorLinkExpired: Story = {
  render: (args) => (
    <ActivateAccountForm customerId="1" activationToken="spent" location={null} {...args} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Chosen-1')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('This activation link has expired'),
    )
  },
}

/** The connection dropped before an answer came. */
export const ErrorNetwork: Story = {
  parameters: {
    customerAuth: { vendor: 'shopify', faults: [{ kind: 'drop', field: 'customerActivate' }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Chosen-1')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Could not reach the store.'),
    )
  },
}

/** Adobe Commerce has no activation by link: said plainly, with no form and no request. */
export const Unsupported: Story = {
  parameters: { customerAuth: { vendor: 'adobe-commerce', isolated: true } },
  render: (args) => (
    <ActivateAccountForm
      location={{ href: 'https://shop.example/account/activate/1/t' }}
      {...args}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      'This store does not activate accounts by link.',
    )
  },
}
