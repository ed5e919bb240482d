import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { RecoverPasswordForm } from '../src/components/index.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'
import { pendingStory } from './support/pending-story.js'
import { storyEmulator } from './support/story-context.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'

const meta = {
  title: 'Components/RecoverPasswordForm',
  component: RecoverPasswordForm,
  args: { onSuccess: fn(), onError: fn(), signIn: '#sign-in' },
  parameters: {
    customerAuth: { vendor: 'shopify', isolated: true } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component: `A drop-in forgot-password form on \`useRecoverPassword\` (headless: \`useRecoverPasswordForm\`). The answer is the same whether or not the address has an account. The mail lands in the emulator's outbox.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof RecoverPasswordForm>

export default meta
type Story = StoryObj<typeof meta>

const sent = 'If an account exists for this address'

const submitEmail = async (canvasElement: HTMLElement, email: string) => {
  const canvas = within(canvasElement)
  const user = userEvent.setup()
  if (email) await user.type(canvas.getByLabelText('Email'), email)
  await user.click(canvas.getByRole('button', { name: 'Send reset link' }))
  return canvas
}

/** The form as it first appears. */
export const Default: Story = {}

/** An empty email is caught with no request, and focused. */
export const FieldErrors: Story = {
  play: async (context) => {
    const canvas = await submitEmail(context.canvasElement, '')
    await expect(canvas.getByLabelText('Email')).toHaveFocus()
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter your email address.',
    )
    await expect(storyEmulator(context).requests.count()).toBe(0)
  },
}

/** The request held by the emulator: focus stays on the button, "Sending…" is announced. */
export const Pending: Story = pendingStory({
  field: 'customerRecover',
  submit: (canvasElement) => submitEmail(canvasElement, 'ada@example.com'),
  statusText: 'Sending…',
  button: 'Send reset link',
})

/** Sent: the mail is in the emulator's outbox. */
export const Sent: Story = {
  play: async (context) => {
    const canvas = await submitEmail(context.canvasElement, 'ada@example.com')
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(sent))
    await expect(storyEmulator(context).outbox.latest('ada@example.com')).toBeDefined()
  },
}

/** An address without an account gets the very same answer. */
export const UnknownAddress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await submitEmail(canvasElement, 'nobody@example.com')
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(sent))
    await expect(canvas.getByRole('alert')).toBeEmptyDOMElement()
  },
}

/** Shopify's per-IP limit on reset mails (here one an hour), met by a second request. */
export const ErrorThrottled: Story = {
  parameters: { customerAuth: { vendor: 'shopify', emulator: { recoverRequestLimit: 1 } } },
  play: async ({ canvasElement }) => {
    const canvas = await submitEmail(canvasElement, 'ada@example.com')
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(sent))
    await userEvent.setup().click(canvas.getByRole('button', { name: 'Send reset link' }))
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Please try again later.'),
    )
  },
}

/** The connection dropped. */
export const ErrorNetwork: Story = {
  parameters: {
    customerAuth: { vendor: 'shopify', faults: [{ kind: 'drop', field: 'customerRecover' }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = await submitEmail(canvasElement, 'ada@example.com')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Could not reach the store.'),
    )
  },
}

/** Adobe Commerce: the same flow through `requestPasswordResetEmail`. */
export const AdobeCommerce: Story = {
  parameters: { customerAuth: { vendor: 'adobe-commerce', isolated: true } },
  play: async ({ canvasElement }) => {
    const canvas = await submitEmail(canvasElement, 'ada@example.com')
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(sent))
  },
}
