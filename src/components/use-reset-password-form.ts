import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { useCustomerAuthEngine, useResetPassword } from '../react/index.js'
import {
  accountLinkApi,
  combineLinks,
  isUsableLink,
  needsEmail,
  readAccountLink,
  toResetInput,
  type AccountLink,
} from './account-link.js'
import { passwordFlowErrorMessage } from './password-flow-error.js'
import { usePasswordFormFields, type PasswordFormField } from './password-form-fields.js'
import {
  defaultResetPasswordFormMessages,
  type ResetPasswordFormMessages,
} from './reset-password-form-messages.js'

/** Where the page's address is read from: `window.location` unless given (`null`: never). */
export interface PageLocation {
  readonly href: string
}

/** The options of `useResetPasswordForm` (and the behaviour props of `ResetPasswordForm`). */
export interface UseResetPasswordFormOptions {
  /** Shopify: the reset URL from the mail (else read from the page). */
  resetUrl?: string
  /** Shopify: the customer id from the mail's link (with `resetToken`). */
  customerId?: string
  /** The reset token from the mail's link. */
  resetToken?: string
  /** Adobe Commerce: the customer's email (else read from the page, or asked for). */
  email?: string
  /** The page address to read the link from; `window.location` by default, `null` to ignore it. */
  location?: PageLocation | null
  /** Called once the new password is set and the customer signed in. */
  onSuccess?: (session: CustomerSession) => void
  /** Called when the backend refused the reset. Client-side checks never reach it. */
  onError?: (error: CustomerAuthError) => void
  /** Replaces any of the English strings (`defaultResetPasswordFormMessages`). */
  messages?: Partial<ResetPasswordFormMessages>
  /** Focus the first field on mount. */
  autoFocus?: boolean
}

/**
 * Where the reset stands: the form, no link on the page, a link the shop refused as expired or
 * used (Shopify), or done (signed in).
 */
export type ResetPasswordFormStatus = 'form' | 'link-missing' | 'link-expired' | 'success'

/** What `useResetPasswordForm` returns: prop objects to spread on your markup, and the state. */
export interface UseResetPasswordFormResult {
  readonly status: ResetPasswordFormStatus
  readonly formProps: {
    /** Checks the fields, then resets through `useResetPassword`. */
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void
    readonly noValidate: true
  }
  /** Adobe Commerce without an email in the link: the email field; else `null`. */
  readonly email: PasswordFormField | null
  readonly newPassword: PasswordFormField
  readonly confirmPassword: PasswordFormField
  /** One toggle for both password inputs: `aria-pressed` tells the state. */
  readonly toggleProps: {
    readonly type: 'button'
    readonly 'aria-pressed': boolean
    readonly 'aria-controls': string
    /** Shows or hides the passwords. */
    readonly onClick: () => void
  }
  /** Never `disabled` while pending (that drops focus): `aria-disabled`, a second submit ignored. */
  readonly submitProps: { readonly type: 'submit'; readonly 'aria-disabled': boolean | undefined }
  /** The form-level error region: always rendered, so screen readers pick up changes. */
  readonly formErrorProps: { readonly id: string; readonly role: 'alert' }
  readonly formError: string | null
  /** Whether to offer a new mail beside the error (the link is the likely cause). */
  readonly offerNewLink: boolean
  /** A polite live region: the pending state, then the success. */
  readonly statusProps: { readonly role: 'status' }
  readonly statusText: string
  readonly isPending: boolean
  /** The backend's error of the last attempt, for callers that branch on `error.code`. */
  readonly error: CustomerAuthError | null
  readonly messages: ResetPasswordFormMessages
}

type Field = 'email' | 'newPassword' | 'confirmPassword'

const emailShape = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const noSubscription = () => () => {}

/**
 * The behaviour of a reset-password form without its markup: reads the mail's link (props, else
 * the page address), asks for the new password twice (and the email on Adobe Commerce when the
 * link lacks it), checks before any request, resets and signs in through `useResetPassword`, and
 * tells an expired or used link apart so the page can offer a new mail.
 */
export function useResetPasswordForm(
  options: UseResetPasswordFormOptions = {},
): UseResetPasswordFormResult {
  const { onSuccess, onError, autoFocus } = options
  const messages = useMemo(
    () => ({ ...defaultResetPasswordFormMessages, ...options.messages }),
    [options.messages],
  )
  const reset = useResetPassword()
  const api = accountLinkApi(useCustomerAuthEngine().backend.id)
  const given = options.location
  // The server has no page address: it renders the form, and hydration then reads the link.
  const href = useSyncExternalStore(
    noSubscription,
    () => (given === undefined ? globalThis.location?.href : (given?.href ?? null)),
    () => undefined,
  )
  const link: AccountLink = combineLinks(
    {
      url: options.resetUrl,
      customerId: options.customerId,
      token: options.resetToken,
      email: options.email,
    },
    readAccountLink('reset', href ?? undefined),
  )
  const askEmail = needsEmail(link, api)
  const fields = usePasswordFormFields<Field>({
    email: { type: 'email', autoComplete: 'email' },
    newPassword: { type: 'password', autoComplete: 'new-password' },
    confirmPassword: { type: 'password', autoComplete: 'new-password' },
  })
  const submitting = useRef(false)
  const [done, setDone] = useState(false)

  useEffect(() => {
    if (autoFocus) fields.focus(askEmail ? 'email' : 'newPassword')
    // Only on mount, as the LoginForm does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoFocus])

  const serverError = reset.error ?? null
  const linkExpired = serverError?.code === 'TOKEN_INVALID' || serverError?.code === 'NOT_FOUND'
  const refusedPassword = serverError?.code === 'VALIDATION' ? serverError.fieldErrors : {}
  const passwordRejected = refusedPassword['password']?.length ? messages.passwordRejected : null
  const status: ResetPasswordFormStatus = done
    ? 'success'
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
        : passwordRejected
          ? null
          : passwordFlowErrorMessage(serverError, messages)

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    if (submitting.current || status !== 'form') return
    const email = askEmail ? fields.value('email').trim() : ''
    const password = fields.value('newPassword')
    const confirmation = fields.value('confirmPassword')
    const found: Partial<Record<Field, string>> = {}
    if (askEmail && email === '') found.email = messages.emailRequired
    else if (askEmail && !emailShape.test(email)) found.email = messages.emailInvalid
    if (password === '') found.newPassword = messages.passwordRequired
    if (confirmation === '') found.confirmPassword = messages.confirmRequired
    else if (password !== '' && confirmation !== password)
      found.confirmPassword = messages.confirmMismatch
    if (fields.report(found)) return
    submitting.current = true
    reset.mutate(toResetInput(link, api, password, email), {
      onSuccess(session) {
        submitting.current = false
        fields.clearValues('newPassword', 'confirmPassword')
        setDone(true)
        onSuccess?.(session)
      },
      onError(error) {
        submitting.current = false
        if (error.code === 'VALIDATION') fields.focus('newPassword')
        onError?.(error)
      },
    })
  }

  return {
    status,
    formProps: { onSubmit, noValidate: true },
    email: askEmail ? fields.field('email') : null,
    newPassword: fields.field('newPassword', passwordRejected),
    confirmPassword: fields.field('confirmPassword'),
    toggleProps: fields.toggleProps,
    submitProps: { type: 'submit', 'aria-disabled': reset.isPending || undefined },
    formErrorProps: { id: fields.formErrorId, role: 'alert' },
    formError,
    offerNewLink: linkExpired || adobeRefusal,
    statusProps: { role: 'status' },
    statusText: reset.isPending ? messages.pending : done ? messages.success : '',
    isPending: reset.isPending,
    error: serverError,
    messages,
  }
}
