import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react'
import type { UseMutationResult } from '@tanstack/react-query'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { useCustomerAuthEngine } from '../react/index.js'
import {
  accountLinkApi,
  addressWithoutLink,
  combineLinks,
  isUsableLink,
  needsEmail,
  readAccountLink,
  type AccountLink,
  type AccountLinkApi,
  type AccountLinkKind,
} from './account-link.js'
import { isEmailShaped } from './email-shape.js'
import {
  commonErrorTexts,
  formErrorMessage,
  serverFieldErrors,
  type CommonFormMessages,
} from './form-error-message.js'
import { checkNewPassword, newPasswordProblemMessage } from './new-password-check.js'
import type { NewPasswordMessages } from './new-password-messages.js'
import type { PasswordFormControls } from './password-form-controls.js'
import { useFormFields, type FormFieldProps } from './use-form-fields.js'
import { useFormStatus } from './use-form-status.js'
import { useNewPasswordField } from './use-new-password-field.js'

/** Where the page's address is read from: `window.location` unless given (`null`: never). */
export interface PageLocation {
  readonly href: string
}

/** The strings the link forms (reset, activate) share. */
export interface LinkPasswordFormMessages extends NewPasswordMessages, CommonFormMessages {
  readonly emailRequired: string
  readonly emailInvalid: string
  readonly confirmRequired: string
  readonly confirmMismatch: string
  readonly linkExpired: string
  readonly linkOrPasswordRefused: string
  readonly throttled: string
  readonly unsupported: string
  readonly pending: string
  readonly success: string
}

/** A field as the link forms return it: label, input, error, and (new password) its rules hint. */
export interface LinkPasswordFormField {
  readonly labelProps: FormFieldProps<string>['labelProps']
  readonly inputProps: FormFieldProps<string>['inputProps'] & {
    readonly type: 'email' | 'password' | 'text'
    readonly autoComplete: 'email' | 'current-password' | 'new-password'
    readonly required: true
    readonly spellCheck: false
    readonly autoCapitalize: 'none'
    readonly minLength?: number
  }
  readonly errorProps: { readonly id: string }
  readonly error: string | null
  /** The rules shown before submit (new password only), else `''`. */
  readonly hint: string
  readonly hintProps: { readonly id: string }
}

/** The behaviour options the link forms share. */
export interface LinkPasswordFormOptions {
  /**
   * The page address to read the link from; `window.location` by default, `null` to ignore it.
   * With the page's own address, the link's token and customer id are taken out of it
   * (`history.replaceState`) once read, so they leave the address bar and the history.
   */
  location?: PageLocation | null
  /** Called once the password is set and the customer signed in. */
  onSuccess?: (session: CustomerSession) => void
  /** Called when the backend refused the call. Client-side checks never reach it. */
  onError?: (error: CustomerAuthError) => void
  /** Focus the first field on mount. */
  autoFocus?: boolean
}

/** What one link form adds to the shared behaviour. */
export interface LinkPasswordFormConfig<Input> {
  readonly kind: AccountLinkKind
  /** The link as the props give it. */
  readonly link: AccountLink
  /** `useResetPassword()` or `useActivateAccount()`. */
  readonly mutation: UseMutationResult<CustomerSession, CustomerAuthError, Input>
  /** False where the backend lacks the flow (activation on Adobe Commerce). */
  readonly supported: boolean
  /** The hook's input for the link, the password and (Adobe Commerce) the email typed in. */
  readonly toInput: (
    link: AccountLink,
    api: AccountLinkApi,
    password: string,
    email: string,
  ) => Input
  readonly messages: LinkPasswordFormMessages
}

/**
 * Where the flow stands: the form, no link on the page, a link the shop refused as expired or
 * used (Shopify), a backend without the flow, or done (signed in).
 */
export type LinkPasswordFormStatus =
  'form' | 'link-missing' | 'link-expired' | 'unsupported' | 'success'

/** What the link forms' hooks return: prop objects to spread on your markup, and the state. */
export interface LinkPasswordFormResult<Messages> extends PasswordFormControls {
  readonly status: LinkPasswordFormStatus
  /** Adobe Commerce without an email in the link: the email field; else `null`. */
  readonly email: LinkPasswordFormField | null
  readonly newPassword: LinkPasswordFormField
  readonly confirmPassword: LinkPasswordFormField
  /** Whether to offer a new mail beside the error (the link is the likely cause). */
  readonly offerNewLink: boolean
  /** The backend's error of the last attempt, for callers that branch on `error.code`. */
  readonly error: CustomerAuthError | null
  readonly messages: Messages
}

type Field = 'email' | 'newPassword' | 'confirmPassword'

const linkFormFields: readonly Field[] = ['email', 'newPassword', 'confirmPassword']
const noSubscription = () => () => {}

/**
 * The behaviour both link forms share: reads the mail's link (props, else the page address), asks
 * for the password twice (and the email on Adobe Commerce when the link lacks it), checks before
 * any request with focus to the first problem, signs in through the given mutation, and tells an
 * expired or used link apart so the page can offer a new mail.
 */
export function useLinkPasswordForm<Input, Messages extends LinkPasswordFormMessages>(
  config: LinkPasswordFormConfig<Input> & { readonly messages: Messages },
  options: LinkPasswordFormOptions,
): LinkPasswordFormResult<Messages> {
  const { onSuccess, onError, autoFocus } = options
  const { messages, mutation, kind } = config
  const api = accountLinkApi(useCustomerAuthEngine().backend.id)
  const given = options.location
  // The server has no page address: it renders the form, and hydration then reads the link.
  const liveHref = useSyncExternalStore(
    noSubscription,
    () => (given === undefined ? globalThis.location?.href : (given?.href ?? null)),
    () => undefined,
  )
  // The first address read on the client is kept: the page's own address then loses the link's
  // secrets (below), and later renders must still see the link.
  const [firstHref, keepFirstHref] = useState<string | null | undefined>(undefined)
  if (firstHref === undefined && liveHref !== undefined) keepFirstHref(liveHref)
  const href = firstHref ?? liveHref
  useEffect(() => {
    // An injected location is the app's own to keep or clean.
    if (given !== undefined) return
    const cleaned = addressWithoutLink(kind, firstHref ?? undefined)
    // The token leaves the address bar, the history entry and later requests' Referer.
    if (cleaned !== null) globalThis.history?.replaceState(globalThis.history.state, '', cleaned)
  }, [given, kind, firstHref])
  const link: AccountLink = combineLinks(config.link, readAccountLink(kind, href ?? undefined))
  const askEmail = config.supported && needsEmail(link, api)
  const fields = useFormFields<Field, string>(linkFormFields)
  const [done, setDone] = useState(false)
  const serverError = mutation.error ?? null
  const refused = serverFieldErrors(serverError)
  const passwordRejected = refused['password']?.length ? messages.newPasswordRejected : null
  const newPassword = useNewPasswordField(
    fields,
    'newPassword',
    fields.problems.newPassword ?? passwordRejected,
    messages,
  )
  const formStatus = useFormStatus({
    isPending: mutation.isPending,
    pendingText: messages.pending,
    doneText: done ? messages.success : '',
    formErrorId: fields.formErrorId,
  })

  useEffect(() => {
    if (autoFocus) fields.focusFirst((name) => name === (askEmail ? 'email' : 'newPassword'))
    // Only on mount, as the LoginForm does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoFocus])

  const linkExpired = serverError?.code === 'TOKEN_INVALID' || serverError?.code === 'NOT_FOUND'
  const status: LinkPasswordFormStatus = done
    ? 'success'
    : !config.supported
      ? 'unsupported'
      : href !== undefined && !isUsableLink(link, api)
        ? 'link-missing'
        : linkExpired
          ? 'link-expired'
          : 'form'
  // Magento says the same for an expired link and a refused password: past the form's checks,
  // the link is the likely cause.
  const adobeRefusal = serverError?.code === 'VALIDATION' && !passwordRejected
  const formError = !serverError
    ? null
    : linkExpired
      ? messages.linkExpired
      : adobeRefusal
        ? messages.linkOrPasswordRefused
        : formErrorMessage(
            serverError,
            {
              ...commonErrorTexts(messages),
              THROTTLED: messages.throttled,
              UNSUPPORTED: messages.unsupported,
            },
            ['password'],
          )

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    if (status !== 'form') return
    const email = askEmail ? fields.value('email').trim() : ''
    const password = fields.value('newPassword')
    const confirmation = fields.value('confirmPassword')
    const found: Partial<Record<Field, string>> = {}
    if (askEmail && email === '') found.email = messages.emailRequired
    else if (askEmail && !isEmailShaped(email)) found.email = messages.emailInvalid
    const problem = checkNewPassword(password, newPassword.rules)
    if (problem) found.newPassword = newPasswordProblemMessage(problem, newPassword.rules, messages)
    if (confirmation === '') found.confirmPassword = messages.confirmRequired
    else if (confirmation !== password) found.confirmPassword = messages.confirmMismatch
    if (fields.report(found) || !formStatus.begin()) return
    mutation.mutate(config.toInput(link, api, password, email), {
      onSuccess(session) {
        formStatus.end()
        fields.clear('newPassword')
        fields.clear('confirmPassword')
        setDone(true)
        onSuccess?.(session)
      },
      onError(error) {
        formStatus.end()
        if (error.code === 'VALIDATION') fields.focusFirst((name) => name === 'newPassword')
        onError?.(error)
      },
    })
  }

  const textInput = { required: true, spellCheck: false, autoCapitalize: 'none' } as const
  const emailField = fields.field('email', fields.problems.email ?? null)
  const confirmField = fields.field('confirmPassword', fields.problems.confirmPassword ?? null)
  const noHint = { hint: '', hintProps: { id: `${fields.baseId}-no-hint` } }
  return {
    status,
    formProps: { onSubmit, noValidate: true },
    email: askEmail
      ? {
          ...emailField,
          ...noHint,
          inputProps: {
            ...emailField.inputProps,
            ...textInput,
            type: 'email',
            autoComplete: 'email',
          },
        }
      : null,
    newPassword,
    // The repeat follows the one toggle, which controls both inputs.
    confirmPassword: {
      ...confirmField,
      ...noHint,
      inputProps: {
        ...confirmField.inputProps,
        ...textInput,
        type: newPassword.inputProps.type,
        autoComplete: 'new-password',
      },
    },
    toggleProps: {
      ...newPassword.toggleProps,
      'aria-controls': `${newPassword.inputProps.id} ${confirmField.inputProps.id}`,
    },
    submitProps: formStatus.submitProps,
    formErrorProps: formStatus.formErrorProps,
    formError,
    offerNewLink: linkExpired || adobeRefusal,
    statusProps: formStatus.statusProps,
    statusText: formStatus.statusText,
    isPending: mutation.isPending,
    error: serverError,
    messages,
  }
}
