import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import {
  AccountBadge,
  ActivateAccountForm,
  ChangePasswordForm,
  CustomerAuthMessages,
  formatMessage,
  LoginForm,
  ResetPasswordForm,
  type ComponentMessages,
} from '../src/components/index.js'
import { de } from '../src/locales/de/index.js'
import { en } from '../src/locales/en/index.js'
import { es } from '../src/locales/es/index.js'
import { fr } from '../src/locales/fr/index.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'

interface LocaleStoryArgs {
  readonly locale: ComponentMessages
  /** The `lang` of the story's root, so screen readers pronounce the strings right. */
  readonly lang: string
}

// Links as the mails carry them, so the password forms show their fields (no request is made).
const resetLink = { href: 'https://shop.example/account/reset/1/a-token' }
const activationLink = { href: 'https://shop.example/account/activate/1/a-token' }

const meta = {
  title: 'Components/Locales',
  args: { locale: en, lang: 'en' },
  argTypes: { locale: { control: false } },
  render: ({ locale, lang }) => (
    <div lang={lang}>
      <CustomerAuthMessages value={locale}>
        <AccountBadge signInHref="#sign-in" />
        <LoginForm forgotPassword="#forgot-password" />
        <ResetPasswordForm location={resetLink} requestNewLink="#forgot-password" />
        <ActivateAccountForm location={activationLink} requestNewLink="#forgot-password" />
        {/* Nobody is signed in: its notice, in the locale. */}
        <ChangePasswordForm />
      </CustomerAuthMessages>
    </div>
  ),
  parameters: {
    customerAuth: { vendor: 'shopify' } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component:
          "`AccountBadge`, `LoginForm`, `ResetPasswordForm`, `ActivateAccountForm` and `ChangePasswordForm` (signed out) under `<CustomerAuthMessages value={de}>` (from `storefront-auth/locales/de`, and the same for `fr`, `es`, `en`). Each story submits the empty sign-in form to show a field error in its language, and checks the password forms' titles, rules and notice.",
      },
    },
  },
} satisfies Meta<LocaleStoryArgs>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Submits the empty sign-in form: the first field error, in the locale, is announced. The
 * password forms show their titles, Shopify's rules with the numbers filled in, and the
 * change-password notice, all in the locale.
 */
const playIn =
  (locale: ComponentMessages): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup()
    await expect(
      await canvas.findByRole('link', { name: locale.accountBadge.signIn }),
    ).toBeVisible()
    await user.click(canvas.getByRole('button', { name: locale.loginForm.submit }))
    await expect(await canvas.findByText(locale.loginForm.emailRequired)).toBeVisible()
    await expect(canvas.getByLabelText(locale.loginForm.emailLabel)).toHaveFocus()
    const reset = locale.resetPasswordForm
    await expect(canvas.getByRole('heading', { name: reset.title })).toBeVisible()
    await waitFor(() =>
      expect(canvas.getByLabelText(reset.newPasswordLabel)).toHaveAccessibleDescription(
        formatMessage(reset.passwordRuleLength, { min: 5, max: 40 }),
      ),
    )
    await expect(
      canvas.getByRole('heading', { name: locale.activateAccountForm.title }),
    ).toBeVisible()
    await expect(canvas.getByLabelText(locale.activateAccountForm.newPasswordLabel)).toBeVisible()
    await expect(
      canvas.getByRole('heading', { name: locale.changePasswordForm.title }),
    ).toBeVisible()
    await expect(await canvas.findByText(locale.changePasswordForm.signedOut)).toBeVisible()
  }

/** English, the default (`storefront-auth/locales/en` equals the components' defaults). */
export const English: Story = { args: { locale: en, lang: 'en' }, play: playIn(en) }

/** German, formal "Sie". */
export const German: Story = { args: { locale: de, lang: 'de' }, play: playIn(de) }

/** French, "vous". */
export const French: Story = { args: { locale: fr, lang: 'fr' }, play: playIn(fr) }

/** Spanish, neutral "usted". */
export const Spanish: Story = { args: { locale: es, lang: 'es' }, play: playIn(es) }
