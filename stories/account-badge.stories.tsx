import { useEffect } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { AccountBadge } from '../src/components/index.js'
import { useCustomerAuthEngine, useRenew } from '../src/react/index.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'
import { storyEmulator } from './support/story-context.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'

const customerAuth = (parameters: CustomerAuthStoryParameters) => ({ customerAuth: parameters })

const asAda = customerAuth({ vendor: 'shopify', signedInAs: 'ada@example.com' })

const meta = {
  title: 'Components/AccountBadge',
  component: AccountBadge,
  args: { signInHref: '#sign-in', accountHref: '#account', onSignOut: fn() },
  // Room below the badge for its menu, which opens downwards and aligns right.
  render: (args) => (
    <div style={{ display: 'flex', justifyContent: 'flex-end', minHeight: '12rem' }}>
      <AccountBadge {...args} />
    </div>
  ),
  parameters: {
    // Anonymous unless a story signs in: parameters merge deeply, so each story says so.
    ...customerAuth({ vendor: 'shopify' }),
    docs: {
      description: {
        component: `The header badge on \`useCustomerAuth\`, \`useCustomer\` and \`useLogout\` (headless: \`useAccountBadge\` + \`useMenuButton\`). Each story starts signed in as a sample customer where it says so.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<typeof AccountBadge>

export default meta
type Story = StoryObj<typeof meta>

/** Signed in as Ada Lovelace: initials avatar and name, a menu button. */
export const Authenticated: Story = {
  parameters: asAda,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('button', { name: 'Ada Lovelace' })).toHaveAttribute(
      'aria-haspopup',
      'menu',
    )
  },
}

/** Keyboard: ArrowDown opens on the first item, arrows move, Escape closes back on the button. */
export const MenuKeyboard: Story = {
  parameters: asAda,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    const button = await canvas.findByRole('button', { name: 'Ada Lovelace' })
    button.focus()
    await user.keyboard('{ArrowDown}')
    const items = canvas.getAllByRole('menuitem')
    await expect(items.map((item) => item.textContent)).toEqual(['My account', 'Sign out'])
    await expect(items[0]).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    await expect(items[1]).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    await expect(items[0]).toHaveFocus()
    await user.keyboard('{Escape}')
    await expect(canvas.queryByRole('menu')).not.toBeInTheDocument()
    await expect(button).toHaveFocus()
    await expect(button).toHaveAttribute('aria-expanded', 'false')
  },
}

/** "Sign out" ends the session through `useLogout`; the badge says "Sign in" and keeps focus. */
export const SignOut: Story = {
  parameters: customerAuth({ vendor: 'shopify', signedInAs: 'grace@example.com' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    await user.click(await canvas.findByRole('button', { name: 'Grace Hopper' }))
    await user.click(canvas.getByRole('menuitem', { name: 'Sign out' }))
    const signIn = await canvas.findByRole('link', { name: 'Sign in' })
    await expect(signIn).toHaveFocus()
    await expect(args.onSignOut).toHaveBeenCalledTimes(1)
  },
}

/** The play function's way to end the session as another tab would, without moving focus. */
let endSessionElsewhere: (() => Promise<void>) | undefined
function SessionHandle() {
  const engine = useCustomerAuthEngine()
  useEffect(() => {
    endSessionElsewhere = () => engine.logout()
    return () => {
      endSessionElsewhere = undefined
    }
  }, [engine])
  return null
}

/**
 * The session ends (signed out in another tab) while the keyboard is in the open menu: focus
 * moves to "Sign in" rather than to the page's start, and "You are signed out." is announced.
 */
export const SessionEndsWhileFocused: Story = {
  parameters: asAda,
  render: (args) => (
    <div style={{ display: 'flex', justifyContent: 'flex-end', minHeight: '12rem' }}>
      <SessionHandle />
      <AccountBadge {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    const button = await canvas.findByRole('button', { name: 'Ada Lovelace' })
    button.focus()
    await user.keyboard('{ArrowDown}')
    await expect(canvas.getAllByRole('menuitem')[0]).toHaveFocus()
    await endSessionElsewhere?.()
    const signIn = await canvas.findByRole('link', { name: 'Sign in' })
    await waitFor(() => expect(signIn).toHaveFocus())
    await expect(canvasElement.querySelector('[aria-live="polite"]')).toHaveTextContent(
      'You are signed out.',
    )
  },
}

/** While the session or the customer loads: a skeleton with `aria-busy`. */
export const Loading: Story = {
  parameters: customerAuth({
    vendor: 'shopify',
    signedInAs: 'ada@example.com',
    faults: [{ kind: 'hold', field: 'customer', times: Infinity }],
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('status')).toHaveAttribute('aria-busy', 'true')
  },
}

/** No session: a "Sign in" link (`signInHref`). */
export const Anonymous: Story = {
  parameters: customerAuth({ vendor: 'shopify' }),
}

/** No session, with `onSignIn` instead of a link: a button (e.g. to open a sign-in dialog). */
export const AnonymousWithCallback: Story = {
  args: { signInHref: undefined, onSignIn: fn() },
  parameters: customerAuth({ vendor: 'shopify' }),
  play: async ({ canvasElement, args }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Sign in' }))
    await expect(args.onSignIn).toHaveBeenCalledTimes(1)
  },
}

/** The token expired while the page was open (or asleep). */
export const Expired: Story = {
  parameters: customerAuth({ vendor: 'shopify', expired: true }),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('link', { name: 'Session expired — sign in again' }),
    ).toBeInTheDocument()
  },
}

function RenewButton() {
  const renew = useRenew()
  return (
    <button type="button" onClick={() => renew.mutate()}>
      {renew.isPending ? 'Renewing…' : 'Renew now'}
    </button>
  )
}

/**
 * A renew in flight (the emulator holds it): the badge keeps showing the customer, with no
 * skeleton and no flicker.
 */
export const Renewing: Story = {
  parameters: customerAuth({
    vendor: 'shopify',
    signedInAs: 'ada@example.com',
    faults: [{ kind: 'hold', field: 'customerAccessTokenRenew', times: Infinity }],
  }),
  render: (args) => (
    <div style={{ display: 'flex', justifyContent: 'space-between', minHeight: '12rem' }}>
      <RenewButton />
      <AccountBadge {...args} />
    </div>
  ),
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await canvas.findByRole('button', { name: 'Ada Lovelace' })
    await userEvent.click(canvas.getByRole('button', { name: 'Renew now' }))
    await canvas.findByRole('button', { name: 'Renewing…' })
    const emulator = storyEmulator(context)
    const hold = emulator.faults.active.find((fault) => fault.spec.kind === 'hold')
    // The renew request is at the emulator, held: the session is `renewing` right now.
    await waitFor(() => expect(hold?.hits).toBe(1))
    await expect(canvas.getByRole('button', { name: 'Ada Lovelace' })).toBeVisible()
    await expect(canvas.queryByRole('status')).not.toBeInTheDocument()
    hold?.release()
    await canvas.findByRole('button', { name: 'Renew now' })
    await expect(emulator.requests.count({ field: 'customerAccessTokenRenew' })).toBe(1)
    await expect(canvas.getByRole('button', { name: 'Ada Lovelace' })).toBeVisible()
    await expect(canvas.queryByRole('status')).not.toBeInTheDocument()
  },
}

/** A very long name is truncated on screen; the full name stays the accessible name and title. */
export const LongName: Story = {
  parameters: customerAuth({
    vendor: 'shopify',
    signedInAs: 'maria.de.los.angeles.long-surname@example.com',
  }),
  play: async ({ canvasElement }) => {
    const fullName = 'María de los Ángeles Fernández-Castellanos de la Torre'
    const button = await within(canvasElement).findByRole('button', { name: fullName })
    await expect(button).toHaveAttribute('title', fullName)
    const name = button.querySelector('.sfa-account-badge__name') as HTMLElement
    await expect(name.scrollWidth).toBeGreaterThan(name.clientWidth)
  },
}

/** A customer with no name: the email stands in, and its first letter is the avatar. */
export const EmailOnly: Story = {
  parameters: customerAuth({ vendor: 'shopify', signedInAs: 'nameless@example.com' }),
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', {
      name: 'nameless@example.com',
    })
    await expect(button.querySelector('.sfa-account-badge__avatar')).toHaveTextContent('N')
  },
}

/** Your own entries between "My account" and "Sign out": links or actions. */
export const CustomMenuItems: Story = {
  parameters: asAda,
  args: {
    menuItems: [
      { label: 'Orders', href: '#orders' },
      { label: 'Wishlist', href: '#wishlist' },
      { id: 'support', label: 'Contact support', onSelect: fn() },
    ],
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    await user.click(await canvas.findByRole('button', { name: 'Ada Lovelace' }))
    await expect(canvas.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'My account',
      'Orders',
      'Wishlist',
      'Contact support',
      'Sign out',
    ])
    await user.keyboard('{End}{ArrowUp}{Enter}')
    await expect(args.menuItems?.[2]?.onSelect).toHaveBeenCalledTimes(1)
    await expect(canvas.getByRole('button', { name: 'Ada Lovelace' })).toHaveFocus()
  },
}

/** Signed in against Adobe Commerce: the same badge, another backend. */
export const AdobeCommerce: Story = {
  parameters: customerAuth({ vendor: 'adobe-commerce', signedInAs: 'grace@example.com' }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Grace Hopper' })
  },
}

/** The default theme in dark mode. */
export const Dark: Story = {
  parameters: asAda,
  render: (args) => (
    <div
      data-theme="dark"
      style={{
        display: 'flex',
        justifyContent: 'flex-end',
        minHeight: '12rem',
        background: 'var(--sfa-color-bg)',
        padding: '1rem',
      }}
    >
      <AccountBadge {...args} />
    </div>
  ),
}
