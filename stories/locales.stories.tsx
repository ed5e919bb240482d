import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import {
  AccountBadge,
  CustomerAuthMessages,
  LoginForm,
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

const meta = {
  title: 'Components/Locales',
  args: { locale: en, lang: 'en' },
  argTypes: { locale: { control: false } },
  render: ({ locale, lang }) => (
    <div lang={lang}>
      <CustomerAuthMessages value={locale}>
        <AccountBadge signInHref="#sign-in" />
        <LoginForm forgotPassword="#forgot-password" />
      </CustomerAuthMessages>
    </div>
  ),
  parameters: {
    customerAuth: { vendor: 'shopify' } satisfies CustomerAuthStoryParameters,
    docs: {
      description: {
        component:
          '`LoginForm` and `AccountBadge` under `<CustomerAuthMessages value={de}>` (from `storefront-auth/locales/de`, and the same for `fr`, `es`, `en`). Each story submits the empty form to show a field error in its language.',
      },
    },
  },
} satisfies Meta<LocaleStoryArgs>

export default meta
type Story = StoryObj<typeof meta>

/** Submits the empty form: the first field error, in the locale, is announced. */
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
  }

/** English, the default (`storefront-auth/locales/en` equals the components' defaults). */
export const English: Story = { args: { locale: en, lang: 'en' }, play: playIn(en) }

/** German, formal "Sie". */
export const German: Story = { args: { locale: de, lang: 'de' }, play: playIn(de) }

/** French, "vous". */
export const French: Story = { args: { locale: fr, lang: 'fr' }, play: playIn(fr) }

/** Spanish, neutral "usted". */
export const Spanish: Story = { args: { locale: es, lang: 'es' }, play: playIn(es) }
