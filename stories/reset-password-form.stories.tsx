import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { ResetPasswordForm } from '../src/components/index.js'
import { WithResetMailLink } from './support/mail-link.js'
import { storyEmulator, storyEnvironment } from './support/story-context.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'

const meta = {
  title: 'Components/ResetPasswordForm',
  component: ResetPasswordForm,
  args: { onSuccess: fn(), onError: fn(), requestNewLink: '#recover-password' },
  // The page a reset mail opens: the story asks its emulator for Ada's mail first.
  render: (args, context) => (
    <WithResetMailLink emulator={storyEmulator(context)} email="ada@example.com">
      {(href) => <ResetPasswordForm location={{ href }} {...args} />}
    </WithResetMailLink>
  ),
  parameters: {
    customerAuth: { vendor: 'shopify', isolated: true } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component: `The page a password-reset mail links to (headless: \`useResetPasswordForm\`), live against the emulator: the story requests a reset mail for ada@example.com and opens its link.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof ResetPasswordForm>

export default meta
type Story = StoryObj<typeof meta>

const fill = async (canvasElement: HTMLElement, password: string, repeat = password) => {
  const canvas = within(canvasElement)
  const user = userEvent.setup()
  const field = await canvas.findByLabelText('New password')
  if (password) await user.type(field, password)
  if (repeat) await user.type(canvas.getByLabelText('Repeat the new password'), repeat)
  await user.click(canvas.getByRole('button', { name: 'Set new password' }))
  return canvas
}

/** The form as the mail's link opens it, with Shopify's rules shown before submit. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByLabelText('New password')).toHaveAccessibleDescription(
      'Use 5 to 40 characters.',
    )
  },
}

/** Empty and different passwords are caught before any request; focus goes to the first. */
export const FieldErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Brand-New-1', 'Brand-New-2')
    const repeat = canvas.getByLabelText('Repeat the new password')
    await expect(repeat).toHaveAttribute('aria-invalid', 'true')
    await expect(repeat).toHaveAccessibleDescription('The two passwords are not the same.')
    await expect(repeat).toHaveFocus()
  },
}

/** While the reset runs (the emulator holds it), the button keeps focus and the wait is announced. */
export const Pending: Story = {
  parameters: {
    customerAuth: {
      vendor: 'shopify',
      faults: [{ kind: 'hold', field: 'customerReset', times: Infinity }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Brand-New-1')
    const submit = canvas.getByRole('button', { name: 'Set new password' })
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Setting your password…'),
    )
    await expect(submit).toHaveAttribute('aria-disabled', 'true')
    await expect(submit).toHaveFocus()
  },
}

/** Done: the customer is signed in. */
export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await fill(canvasElement, 'Brand-New-1')
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Your new password is set and you are signed in.',
    )
  },
}

/** A link the shop refuses (expired or used: TOKEN_INVALID) says so and offers a new mail. */
export const ErrorLinkExpired: Story = {
  render: (args) => (
    <ResetPasswordForm
      location={{ href: 'https://shop.example/account/reset/1/spent' }}
      {...args}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Brand-New-1')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'This link has expired or was already used.',
      ),
    )
    await expect(canvas.getByRole('link', { name: 'Send me a new link' })).toBeInTheDocument()
  },
}

/** The page opened without the mail's link. */
export const LinkMissing: Story = {
  render: (args) => (
    <ResetPasswordForm location={{ href: 'https://shop.example/account/reset' }} {...args} />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      'Open this page from the link in your password-reset email.',
    )
  },
}

/** The connection dropped before an answer came. */
export const ErrorNetwork: Story = {
  parameters: {
    customerAuth: { vendor: 'shopify', faults: [{ kind: 'drop', field: 'customerReset' }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Brand-New-1')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Could not reach the store.'),
    )
  },
}

/** The API answered 503. */
export const ErrorServer: Story = {
  parameters: {
    customerAuth: {
      vendor: 'shopify',
      faults: [{ kind: 'status', status: 503, field: 'customerReset' }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Brand-New-1')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('The store could not set your password'),
    )
  },
}

/**
 * Adobe Commerce resets by email: Magento's link carries only the token, so the form asks for it,
 * and Magento's rules (8 characters, 3 classes) are shown before submit.
 */
export const AdobeCommerceAsksForEmail: Story = {
  parameters: { customerAuth: { vendor: 'adobe-commerce', isolated: true } },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    const user = userEvent.setup()
    await user.type(await canvas.findByLabelText('Email'), 'ada@example.com')
    await expect(canvas.getByLabelText('New password')).toHaveAccessibleDescription(
      /^Use 8 to 256 characters\. Mix at least 3 of/,
    )
    await fill(context.canvasElement, 'Brand-New-1')
    await waitFor(() => expect(context.args.onSuccess).toHaveBeenCalledTimes(1))
    await expect(storyEnvironment(context).vendor).toBe('adobe-commerce')
  },
}

/** Magento refuses a spent token and a weak password alike: past the form's checks, the link. */
export const AdobeCommerceLinkRefused: Story = {
  parameters: { customerAuth: { vendor: 'adobe-commerce', isolated: true } },
  render: (args) => (
    <ResetPasswordForm
      location={{ href: 'https://shop.example/reset?email=ada%40example.com&token=spent' }}
      {...args}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = await fill(canvasElement, 'Brand-New-1')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'The store did not accept this link or password.',
      ),
    )
    await expect(canvas.getByRole('link', { name: 'Send me a new link' })).toBeInTheDocument()
  },
}
