import { useActivateAccount, useCustomerAuthEngine } from '../react/index.js'
import { toActivateInput } from './account-link.js'
import {
  defaultActivateAccountFormMessages,
  type ActivateAccountFormMessages,
} from './activate-account-form-messages.js'
import { useComponentMessages } from './use-component-messages.js'
import {
  useLinkPasswordForm,
  type LinkPasswordFormOptions,
  type LinkPasswordFormResult,
} from './use-link-password-form.js'

/** The options of `useActivateAccountForm` (and the behaviour props of `ActivateAccountForm`). */
export interface UseActivateAccountFormOptions extends LinkPasswordFormOptions {
  /** The activation URL from the mail (else the link is read from the page). */
  activationUrl?: string
  /** The customer id from the mail's link (with `activationToken`). */
  customerId?: string
  /** The activation token from the mail's link. */
  activationToken?: string
  /**
   * Replaces any of the strings, key by key: the English defaults
   * (`defaultActivateAccountFormMessages`) or those of the nearest `CustomerAuthMessages`.
   */
  messages?: Partial<ActivateAccountFormMessages>
}

/** What `useActivateAccountForm` returns: prop objects to spread on your markup, and the state. */
export type UseActivateAccountFormResult = LinkPasswordFormResult<ActivateAccountFormMessages>

/**
 * The behaviour of an account-activation form (Shopify's invitation mail) without its markup:
 * reads the link (props, else the page address), asks for the first password twice, activates
 * and signs in through `useActivateAccount`. An expired or spent link (`status: 'link-expired'`)
 * can offer a new mail; a backend without activation (Adobe Commerce) is `status: 'unsupported'`
 * before any request.
 */
export function useActivateAccountForm(
  options: UseActivateAccountFormOptions = {},
): UseActivateAccountFormResult {
  const messages = useComponentMessages(
    'activateAccountForm',
    defaultActivateAccountFormMessages,
    options.messages,
  )
  return useLinkPasswordForm(
    {
      kind: 'activate',
      link: {
        url: options.activationUrl,
        customerId: options.customerId,
        token: options.activationToken,
      },
      mutation: useActivateAccount(),
      supported: useCustomerAuthEngine().backend.capabilities.activateAccount,
      toInput: (link, _api, password) => toActivateInput(link, password),
      messages,
    },
    options,
  )
}
