import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import {
  AccountBadge,
  ActivateAccountForm,
  ChangePasswordForm,
  CustomerAuthMessages,
  formatMessage,
  LoginForm,
  RecoverPasswordForm,
  RegisterForm,
  ResetPasswordForm,
  type ComponentMessages,
} from '../src/components/index.js'
import { de } from '../src/locales/de/index.js'
import { en } from '../src/locales/en/index.js'
import { es } from '../src/locales/es/index.js'
import { fr } from '../src/locales/fr/index.js'
import type { CustomerAuthStoryParameters } from './support/story-environment.js'
import { sampleCustomersDoc } from './support/sample-customers-doc.js'

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
  // Each component in a part of its own, so the play function asks each for its own labels.
  render: ({ locale, lang }) => (
    <div lang={lang}>
      <CustomerAuthMessages value={locale}>
        <div data-testid="sign-in">
          <AccountBadge signInHref="#sign-in" />
          <LoginForm forgotPassword="#forgot-password" />
        </div>
        <div data-testid="register">
          <RegisterForm signIn="#sign-in" />
        </div>
        <div data-testid="recover">
          <RecoverPasswordForm signIn="#sign-in" />
        </div>
        <div data-testid="reset">
          <ResetPasswordForm location={resetLink} requestNewLink="#forgot-password" />
        </div>
        <div data-testid="activate">
          <ActivateAccountForm location={activationLink} requestNewLink="#forgot-password" />
        </div>
        {/* Nobody is signed in: its notice, in the locale. */}
        <div data-testid="change">
          <ChangePasswordForm />
        </div>
      </CustomerAuthMessages>
    </div>
  ),
  parameters: {
    customerAuth: { vendor: 'shopify' } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component: `Every component under \`<CustomerAuthMessages value={de}>\` (from \`storefront-auth/locales/de\`, and the same for \`fr\`, \`es\`, \`en\`): \`AccountBadge\`, \`LoginForm\`, \`RegisterForm\`, \`RecoverPasswordForm\`, \`ResetPasswordForm\`, \`ActivateAccountForm\` and \`ChangePasswordForm\` (signed out). Each story submits the empty sign-in and sign-up forms to show field errors in its language, and checks the other forms' labels, rules and notice.\n${sampleCustomersDoc}`,
      },
    },
  },
} satisfies Meta<LocaleStoryArgs>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Submits the empty sign-in and sign-up forms: the first field error of each, in the locale, is
 * announced and focused. The other forms show their labels, Shopify's rules with the numbers
 * filled in, and the change-password notice, all in the locale.
 */
const playIn =
  (locale: ComponentMessages): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const part = (name: string) => within(canvas.getByTestId(name))
    const user = userEvent.setup()

    const signIn = part('sign-in')
    await expect(
      await signIn.findByRole('link', { name: locale.accountBadge.signIn }),
    ).toBeVisible()
    await user.click(signIn.getByRole('button', { name: locale.loginForm.submit }))
    await expect(await signIn.findByText(locale.loginForm.emailRequired)).toBeVisible()
    await expect(signIn.getByLabelText(locale.loginForm.emailLabel)).toHaveFocus()

    const register = part('register')
    const password = formatMessage(locale.registerForm.passwordRuleLength, { min: 5, max: 40 })
    await waitFor(() =>
      expect(
        register.getByLabelText(locale.registerForm.newPasswordLabel),
      ).toHaveAccessibleDescription(password),
    )
    await user.click(register.getByRole('button', { name: locale.registerForm.submit }))
    const firstName = register.getByLabelText(locale.registerForm.firstNameLabel)
    await expect(firstName).toHaveFocus()
    await expect(firstName).toHaveAccessibleDescription(locale.registerForm.firstNameRequired)

    const recover = part('recover')
    await expect(recover.getByLabelText(locale.recoverPasswordForm.emailLabel)).toBeVisible()
    await expect(
      recover.getByRole('button', { name: locale.recoverPasswordForm.submit }),
    ).toBeVisible()

    const reset = part('reset')
    await expect(reset.getByRole('heading', { name: locale.resetPasswordForm.title })).toBeVisible()
    await expect(
      reset.getByLabelText(locale.resetPasswordForm.newPasswordLabel),
    ).toHaveAccessibleDescription(password)

    const activate = part('activate')
    await expect(
      activate.getByRole('heading', { name: locale.activateAccountForm.title }),
    ).toBeVisible()
    await expect(activate.getByLabelText(locale.activateAccountForm.newPasswordLabel)).toBeVisible()

    const change = part('change')
    await expect(
      change.getByRole('heading', { name: locale.changePasswordForm.title }),
    ).toBeVisible()
    await expect(await change.findByText(locale.changePasswordForm.signedOut)).toBeVisible()
  }

/** English, the default (`storefront-auth/locales/en` equals the components' defaults). */
export const English: Story = { args: { locale: en, lang: 'en' }, play: playIn(en) }

/** German, formal "Sie". */
export const German: Story = { args: { locale: de, lang: 'de' }, play: playIn(de) }

/** French, "vous". */
export const French: Story = { args: { locale: fr, lang: 'fr' }, play: playIn(fr) }

/** Spanish, neutral "usted". */
export const Spanish: Story = { args: { locale: es, lang: 'es' }, play: playIn(es) }
