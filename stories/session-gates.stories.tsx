import type { Meta, StoryObj } from '@storybook/react-vite'
import { renderToString } from 'react-dom/server'
import { expect, userEvent, within } from 'storybook/test'
import {
  CustomerAuthGate,
  LoginForm,
  SignedIn,
  SignedOut,
  type CustomerAuthGateProps,
} from '../src/components/index.js'
import { CustomerAuthProvider, useCustomer, useLogout } from '../src/react/index.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'
import type { CustomerAuthStoryParameters, StoryEnvironment } from './support/story-environment.js'

const customerAuth = (parameters: CustomerAuthStoryParameters) => ({ customerAuth: parameters })

function Account() {
  const customer = useCustomer()
  const logout = useLogout()
  return (
    <section>
      <h2>Hello, {customer.data?.firstName ?? '…'}</h2>
      <button type="button" onClick={() => logout.mutate()}>
        Sign out
      </button>
    </section>
  )
}

/** The page of the README: the account for a customer, the form for everyone else. */
function Page({ fallback }: CustomerAuthGateProps) {
  return (
    <CustomerAuthGate fallback={fallback}>
      <SignedIn>
        <Account />
      </SignedIn>
      <SignedOut>
        <LoginForm />
      </SignedOut>
    </CustomerAuthGate>
  )
}

const meta = {
  title: 'Components/Session gates',
  component: CustomerAuthGate,
  args: { fallback: <p aria-busy="true">Loading your account…</p> },
  render: (args) => <Page fallback={args.fallback} />,
  parameters: {
    ...customerAuth({ vendor: 'shopify' }),
    docs: {
      description: {
        component: `\`CustomerAuthGate\` shows its \`fallback\` while the session initializes; inside it \`SignedIn\` renders for \`authenticated\` and \`renewing\`, \`SignedOut\` for \`anonymous\` and \`expired\` (headless: \`useSessionGate\`).\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof CustomerAuthGate>

export default meta
type Story = StoryObj<typeof meta>

/**
 * `initializing`: what the server sends when it does not know the session (no `initialSession`),
 * before the browser reads the stored one. Rendered here with `renderToString`, as a server
 * would: in the browser the state lasts only until the provider starts.
 */
export const Initializing: Story = {
  render: (args, context) => {
    const environment = (context.loaded as { customerAuth: StoryEnvironment }).customerAuth
    const html = renderToString(
      <CustomerAuthProvider backend={environment.backend} storage="memory" crossTab={false}>
        <Page fallback={args.fallback} />
      </CustomerAuthProvider>,
    )
    return <div dangerouslySetInnerHTML={{ __html: html }} />
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Loading your account…')).toBeVisible()
    await expect(canvas.queryByRole('textbox')).not.toBeInTheDocument()
    await expect(canvas.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
  },
}

/** `anonymous`: the sign-in form, no account. */
export const Anonymous: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('textbox', { name: 'Email' })).toBeVisible()
    await expect(canvas.queryByRole('heading')).not.toBeInTheDocument()
    await expect(canvas.queryByText('Loading your account…')).not.toBeInTheDocument()
  },
}

/** `authenticated`: the account, no form. */
export const Authenticated: Story = {
  parameters: customerAuth({ vendor: 'shopify', signedInAs: 'ada@example.com' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'Hello, Ada' })).toBeVisible()
    await expect(canvas.queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument()
  },
}

/** `expired`: the token ran out, so `SignedOut` shows the form again. */
export const Expired: Story = {
  parameters: customerAuth({ vendor: 'shopify', expired: true }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('textbox', { name: 'Email' })).toBeVisible()
    await expect(canvas.queryByRole('heading')).not.toBeInTheDocument()
  },
}

/** Sign in: the form gives way to the account. Sign out: the form comes back. */
export const SignInThenOut: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    await user.type(await canvas.findByRole('textbox', { name: 'Email' }), 'grace@example.com')
    await user.type(canvas.getByLabelText('Password'), 'compiler-1952')
    await user.click(canvas.getByRole('button', { name: 'Sign in' }))
    await expect(await canvas.findByRole('heading', { name: 'Hello, Grace' })).toBeVisible()
    await expect(canvas.queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument()
    await user.click(canvas.getByRole('button', { name: 'Sign out' }))
    await expect(await canvas.findByRole('textbox', { name: 'Email' })).toBeVisible()
    await expect(canvas.queryByRole('heading')).not.toBeInTheDocument()
  },
}
