import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { RegisterForm } from '../src/components/index.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'
import { pendingStory } from './support/pending-story.js'
import { storyEmulator } from './support/story-context.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'

const meta = {
  title: 'Components/RegisterForm',
  component: RegisterForm,
  args: { onSuccess: fn(), onError: fn(), signIn: '#sign-in' },
  parameters: {
    customerAuth: { vendor: 'shopify', isolated: true } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component: `A drop-in sign-up form on \`useRegister\` (headless: \`useRegisterForm\`), live against the local emulator. The password rules come from the backend.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof RegisterForm>

export default meta
type Story = StoryObj<typeof meta>

const newShopper = {
  first: 'Lin',
  last: 'Euler',
  email: 'lin@example.com',
  password: 'Seven-Bridges-1736',
}

const fillAndSubmit = async (
  canvasElement: HTMLElement,
  values: { first: string; last: string; email: string; password: string },
) => {
  const canvas = within(canvasElement)
  const user = userEvent.setup()
  await user.type(canvas.getByLabelText('First name'), values.first)
  await user.type(canvas.getByLabelText('Last name'), values.last)
  await user.type(canvas.getByLabelText('Email'), values.email)
  await user.type(canvas.getByLabelText('Password'), values.password)
  await user.click(canvas.getByRole('button', { name: 'Create account' }))
  return canvas
}

/** The form as it first appears, with Shopify's password rules under the field. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Password')).toHaveAccessibleDescription(
      'Use 5 to 40 characters.',
    )
  },
}

/** Adobe Commerce: its minimum length and character classes are shown before submit. */
export const AdobePasswordRules: Story = {
  parameters: { customerAuth: { vendor: 'adobe-commerce', isolated: true } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Password')).toHaveAccessibleDescription(
      /Mix at least 3 of/,
    )
  },
}

/** Empty fields and a password against the rules are caught with no request; focus goes first. */
export const FieldErrors: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await userEvent.setup().click(canvas.getByRole('button', { name: 'Create account' }))
    await expect(canvas.getByLabelText('First name')).toHaveFocus()
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true')
    await expect(storyEmulator(context).requests.count()).toBe(0)
  },
}

/** While the account is created (the emulator holds the request), focus stays on the button. */
export const Pending: Story = pendingStory({
  field: 'customerCreate',
  submit: (canvasElement) => fillAndSubmit(canvasElement, newShopper),
  statusText: 'Creating your account…',
  button: 'Create account',
})

/** Created and signed in. */
export const SignedIn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await fillAndSubmit(canvasElement, newShopper)
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    await expect(canvas.getByRole('status')).toHaveTextContent('Your account is ready.')
  },
}

/** Adobe Commerce with "Require Emails Confirmation": created, check your mail. */
export const CheckEmail: Story = {
  parameters: {
    customerAuth: { vendor: 'adobe-commerce', emulator: { adobeRequireConfirmation: true } },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fillAndSubmit(canvasElement, newShopper)
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Check your email'))
  },
}

/** The email has an account already: marked on the field, focus moved there. */
export const ErrorEmailTaken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await fillAndSubmit(canvasElement, { ...newShopper, email: 'ada@example.com' })
    await waitFor(() =>
      expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(
        'An account with this email already exists. Sign in instead.',
      ),
    )
    await expect(canvas.getByRole('alert')).toHaveTextContent('Check the highlighted fields.')
  },
}

/** The connection dropped. */
export const ErrorNetwork: Story = {
  parameters: {
    customerAuth: { vendor: 'shopify', faults: [{ kind: 'drop', field: 'customerCreate' }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fillAndSubmit(canvasElement, newShopper)
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
      faults: [{ kind: 'status', status: 503, field: 'customerCreate' }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await fillAndSubmit(canvasElement, newShopper)
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('could not create your account'),
    )
  },
}
