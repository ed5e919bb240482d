import { useState, type FormEvent } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { useLoginForm, useMenuButton } from '../src/components/index.js'
import { useCustomer, useCustomerAuth, useLogin, useLogout } from '../src/react/index.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'

/**
 * A sign-in strip written from the public hooks alone — the same hooks `LoginForm` and
 * `AccountBadge` are made of. No library markup, no library CSS.
 */
function HooksOnlyAccountStrip() {
  const status = useCustomerAuth((state) => state.status)
  const customer = useCustomer()
  const login = useLogin()
  const logout = useLogout()
  const [email, setEmail] = useState('')

  if (status === 'initializing') return <p aria-busy="true">…</p>
  if (status === 'authenticated' || status === 'renewing') {
    return (
      <p>
        Hello, {customer.data?.firstName ?? customer.data?.displayName ?? '…'}{' '}
        <button type="button" onClick={() => logout.mutate()}>
          Leave
        </button>
      </p>
    )
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const password = new FormData(event.currentTarget).get('password')
    login.mutate({ email, password: typeof password === 'string' ? password : '' })
  }
  return (
    <form onSubmit={submit} style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
      <label>
        Your email
        <br />
        <input
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="email"
        />
      </label>
      <label>
        Your password
        <br />
        <input name="password" type="password" autoComplete="current-password" />
      </label>
      <button type="submit">{login.isPending ? 'One moment…' : 'Enter'}</button>
      {login.error && <p role="alert">Code: {login.error.code}</p>}
    </form>
  )
}

/** `useLoginForm` + `useMenuButton`: the library's behaviour in your own markup. */
function HeadlessHooksExample() {
  const form = useLoginForm()
  const menu = useMenuButton()
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 360 }}>
      <form {...form.formProps} style={{ display: 'grid', gap: 4 }}>
        {/* htmlFor arrives in the spread props, which the lint rule cannot see. */}
        {/* eslint-disable-next-line jsx-a11y/label-has-associated-control */}
        <label {...form.emailLabelProps}>E-mail address</label>
        <input {...form.emailInputProps} />
        <small {...form.emailErrorProps}>{form.emailError}</small>
        {/* eslint-disable-next-line jsx-a11y/label-has-associated-control */}
        <label {...form.passwordLabelProps}>Secret</label>
        <input {...form.passwordInputProps} />
        <button {...form.toggleProps}>Reveal secret</button>
        <small {...form.passwordErrorProps}>{form.passwordError}</small>
        <strong {...form.formErrorProps}>{form.formError}</strong>
        <button {...form.submitProps}>Go</button>
        <span {...form.statusProps}>{form.statusText}</span>
      </form>
      <div {...menu.rootProps} style={{ position: 'relative' }}>
        <button {...menu.buttonProps}>A menu of my own</button>
        {menu.isOpen && (
          <ul {...menu.menuProps} style={{ listStyle: 'none', padding: 0 }}>
            <li role="none">
              <button type="button" {...menu.getItemProps()}>
                First
              </button>
            </li>
            <li role="none">
              <button type="button" {...menu.getItemProps()}>
                Second
              </button>
            </li>
          </ul>
        )}
      </div>
    </div>
  )
}

const meta = {
  title: 'Compose your own',
  parameters: {
    customerAuth: { vendor: 'shopify' },
    docs: {
      description: {
        component: `Custom UI built only from the public hooks (\`useCustomerAuth\`, \`useLogin\`, \`useLogout\`, \`useCustomer\`, and the headless \`useLoginForm\` / \`useMenuButton\`).\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** A sign-in strip from the data hooks only; signs Grace in and out. */
export const HooksOnly: Story = {
  render: () => <HooksOnlyAccountStrip />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    await user.type(await canvas.findByLabelText('Your email'), 'grace@example.com')
    await user.type(canvas.getByLabelText('Your password'), 'compiler-1952')
    await user.click(canvas.getByRole('button', { name: 'Enter' }))
    await canvas.findByText(/Hello, Grace/)
    await user.click(canvas.getByRole('button', { name: 'Leave' }))
    await waitFor(() => expect(canvas.getByLabelText('Your email')).toBeInTheDocument())
  },
}

/** The headless hooks under `LoginForm` and `AccountBadge`, in markup of your own. */
export const HeadlessHooks: Story = {
  render: () => <HeadlessHooksExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    await user.click(canvas.getByRole('button', { name: 'Go' }))
    await expect(canvas.getByLabelText('E-mail address')).toHaveFocus()
    await user.click(canvas.getByRole('button', { name: 'Reveal secret' }))
    await expect(canvas.getByRole('button', { name: 'Reveal secret' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  },
}
