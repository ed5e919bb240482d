import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { LoginForm } from '../src/components/index.js'
import { fr } from '../src/locales/fr/index.js'
import { useCustomer, useCustomerAuth } from '../src/react/index.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'
import { pendingStory } from './support/pending-story.js'
import { storyEmulator } from './support/story-context.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'

/** Shows what a real page would do after `onSuccess`: greet the signed-in customer. */
function SignedInNote() {
  const status = useCustomerAuth((state) => state.status)
  const customer = useCustomer()
  if (status !== 'authenticated' && status !== 'renewing') return null
  return <p>Signed in as {customer.data?.displayName ?? '…'}</p>
}

const meta = {
  title: 'Components/LoginForm',
  component: LoginForm,
  args: { onSuccess: fn(), onError: fn(), forgotPassword: '#forgot-password' },
  render: (args) => (
    <>
      <LoginForm {...args} />
      <SignedInNote />
    </>
  ),
  parameters: {
    customerAuth: { vendor: 'shopify' } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component: `A drop-in sign-in form on \`useLogin\` (headless: \`useLoginForm\`), live against the local emulator.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof LoginForm>

export default meta
type Story = StoryObj<typeof meta>

const fillAndSubmit = async (canvasElement: HTMLElement, email: string, password: string) => {
  const canvas = within(canvasElement)
  const user = userEvent.setup()
  if (email) await user.type(canvas.getByLabelText('Email'), email)
  if (password) await user.type(canvas.getByLabelText('Password'), password)
  await user.click(canvas.getByRole('button', { name: 'Sign in' }))
  return canvas
}

/** The form as it first appears. Sign in with any sample customer. */
export const Default: Story = {}

/** Signs in as Ada: `onSuccess` gets the session and the page greets her. */
export const SignInSuccess: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await fillAndSubmit(canvasElement, 'ada@example.com', 'analytical-engine')
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1))
    await expect(await canvas.findByText('Signed in as Ada Lovelace')).toBeInTheDocument()
    // The password does not stay in the field once it has been used.
    await expect(canvas.getByLabelText('Password')).toHaveValue('')
  },
}

/** A wrong password: the form-level alert says so and focus goes to the password. */
export const SignInFailure: Story = {
  // Its own emulator: replaying it must never walk the shared one into the login throttle.
  parameters: { customerAuth: { vendor: 'shopify', isolated: true } },
  play: async ({ canvasElement, args }) => {
    const form = canvasElement.querySelector('form') as HTMLFormElement
    const submit = within(canvasElement).getByRole('button', { name: 'Sign in' })
    const layoutBefore = { height: form.offsetHeight, submitTop: submit.offsetTop }
    const canvas = await fillAndSubmit(canvasElement, 'grace@example.com', 'not-her-password')
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('The email or password is incorrect.'),
    )
    // The error fills room that was already reserved: nothing below it moves.
    await expect({ height: form.offsetHeight, submitTop: submit.offsetTop }).toEqual(layoutBefore)
    await expect(args.onError).toHaveBeenCalledTimes(1)
    await expect(args.onSuccess).not.toHaveBeenCalled()
    await expect(canvas.getByLabelText('Password')).toHaveFocus()
  },
}

/**
 * Empty and malformed input is caught in the browser: each field shows its problem, focus moves
 * to the first one, and no request reaches the API.
 */
export const ClientSideChecks: Story = {
  parameters: { customerAuth: { vendor: 'shopify', isolated: true } },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    const user = userEvent.setup()
    const form = context.canvasElement.querySelector('form') as HTMLFormElement
    const heightBefore = form.offsetHeight
    await user.click(canvas.getByRole('button', { name: 'Sign in' }))
    const email = canvas.getByLabelText('Email')
    await expect(form.offsetHeight).toBe(heightBefore)
    await expect(email).toHaveAttribute('aria-invalid', 'true')
    await expect(email).toHaveAccessibleDescription('Enter your email address.')
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(
      'Enter your password.',
    )
    await expect(email).toHaveFocus()
    await user.type(email, 'ada@example')
    await user.click(canvas.getByRole('button', { name: 'Sign in' }))
    await expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.')
    await expect(storyEmulator(context).requests.count()).toBe(0)
  },
}

/**
 * While the sign-in runs (here the emulator holds the request), the button stays focused and
 * `aria-disabled`, and "Signing in…" is announced politely.
 */
export const Pending: Story = pendingStory({
  field: 'customerAccessTokenCreate',
  submit: (canvasElement) => fillAndSubmit(canvasElement, 'ada@example.com', 'analytical-engine'),
  statusText: 'Signing in…',
  button: 'Sign in',
})

const errorStory = (
  customerAuth: CustomerAuthStoryParameters,
  email: string,
  password: string,
  message: string,
): Story => ({
  parameters: { customerAuth },
  play: async ({ canvasElement }) => {
    const canvas = await fillAndSubmit(canvasElement, email, password)
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(message))
  },
})

/** Shopify refused too many attempts ("Login attempt limit exceeded"): two wrong tries came first. */
export const ErrorThrottled: Story = errorStory(
  {
    vendor: 'shopify',
    emulator: { loginAttemptLimit: 2 },
    failedSignInsBefore: { email: 'ada@example.com', count: 2 },
  },
  'ada@example.com',
  'analytical-engine',
  'Too many sign-in attempts. Please try again later.',
)

/** Adobe Commerce: the customer has not confirmed their email address yet. */
export const ErrorAccountNotConfirmed: Story = errorStory(
  { vendor: 'adobe-commerce' },
  'unconfirmed@example.com',
  'confirm-me-first',
  'This account is not confirmed yet.',
)

/**
 * Adobe Commerce: sign-in refused as unconfirmed offers to mail the confirmation link again;
 * pressing it sends `resendConfirmationEmail` and the status region says the mail is on its way.
 */
export const ResendConfirmation: Story = {
  parameters: { customerAuth: { vendor: 'adobe-commerce', isolated: true } },
  play: async (context) => {
    const canvas = await fillAndSubmit(
      context.canvasElement,
      'unconfirmed@example.com',
      'confirm-me-first',
    )
    const resend = await canvas.findByRole('button', { name: 'Resend confirmation email' })
    await userEvent.setup().click(resend)
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('We sent a new confirmation email.'),
    )
    await expect(
      storyEmulator(context).outbox.latest('unconfirmed@example.com', 'activate'),
    ).toBeDefined()
  },
}

/** The connection dropped before an answer came: retrying is worth it. */
export const ErrorNetwork: Story = errorStory(
  { vendor: 'shopify', faults: [{ kind: 'drop', field: 'customerAccessTokenCreate' }] },
  'ada@example.com',
  'analytical-engine',
  'Could not reach the store. Check your connection and try again.',
)

/** The API answered 503. */
export const ErrorServer: Story = errorStory(
  {
    vendor: 'shopify',
    faults: [{ kind: 'status', status: 503, field: 'customerAccessTokenCreate' }],
  },
  'ada@example.com',
  'analytical-engine',
  'The store could not sign you in right now.',
)

/** The shop refuses the storefront token (HTTP 401): a setup problem retrying cannot fix. */
export const ErrorConfiguration: Story = errorStory(
  {
    vendor: 'shopify',
    faults: [{ kind: 'status', status: 401, field: 'customerAccessTokenCreate' }],
  },
  'ada@example.com',
  'analytical-engine',
  'Sign-in is not available on this store right now.',
)

/**
 * Every string replaced through `messages`: the French pack of `storefront-auth/locales/fr`
 * (see Components/Locales for every language through `CustomerAuthMessages`).
 */
export const French: Story = {
  args: { messages: fr.loginForm },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Se connecter' }))
    await expect(canvas.getByLabelText('Adresse e-mail')).toHaveAccessibleDescription(
      'Saisissez votre adresse e-mail.',
    )
  },
}

const customTheme = `
.acme-form { display: flex; flex-direction: column; gap: 12px; max-width: 20rem; font: 15px/1.5 Georgia, serif; }
.acme-field { display: grid; gap: 4px; }
.acme-row { display: flex; gap: 8px; }
.acme-row input { flex: 1; }
.acme-toggle { border: 1px solid #3d2b1f; background: transparent; color: #3d2b1f; }
.acme-toggle[aria-pressed='true'] { background: #3d2b1f; color: #fffaf0; }
.acme-form label { font-variant: small-caps; }
.acme-form input { border: 0; border-bottom: 2px solid #3d2b1f; padding: 6px 2px; background: #fffaf0; }
.acme-form input[aria-invalid='true'] { border-color: #a4161a; }
.acme-error { color: #a4161a; margin: 0; min-height: 1.5em; }
.acme-submit { background: #3d2b1f; color: #fffaf0; border: 0; padding: 10px; letter-spacing: 0.1em; }
.acme-form :focus-visible { outline: 3px dashed #a4161a; outline-offset: 2px; }
`

/**
 * `unstyled` drops every `sfa-` class; the shop's own classes (`className`, `classNames`) and
 * stylesheet take over.
 */
export const UnstyledWithCustomTheme: Story = {
  args: {
    unstyled: true,
    className: 'acme-form',
    classNames: {
      field: 'acme-field',
      passwordRow: 'acme-row',
      toggle: 'acme-toggle',
      fieldError: 'acme-error',
      formError: 'acme-error',
      submit: 'acme-submit',
    },
  },
  render: (args) => (
    <>
      <style>{customTheme}</style>
      <LoginForm {...args} />
    </>
  ),
}

/** The default theme in dark mode (`data-theme="dark"`; `prefers-color-scheme` does the same). */
export const Dark: Story = {
  render: (args) => (
    <div
      data-theme="dark"
      style={{ background: 'var(--sfa-color-bg)', padding: '1.5rem', borderRadius: 8 }}
    >
      <LoginForm {...args} />
    </div>
  ),
}
