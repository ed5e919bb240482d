import type {
  BackendContext,
  ChangePasswordInput,
  ConfirmEmailInput,
  RegisterInput,
  ResetPasswordInput,
  UpdateCustomerInput,
  UpdateCustomerResult,
} from '../../core/backend.js'
import {
  CustomerAuthError,
  type CustomerAuthErrorCode,
  type CustomerAuthFieldError,
} from '../../core/customer-auth-error.js'
import type { IssuedToken } from '../../core/session.js'
import { missingDataError } from '../transport-error.js'
import {
  ChangeCustomerPassword,
  ConfirmEmail,
  CreateCustomer,
  IsEmailAvailable,
  RequestPasswordResetEmail,
  ResendConfirmationEmail,
  ResetPassword,
  UpdateCustomer,
} from './account-documents.js'
import { toCustomer } from './adobe-customer.js'
import type { AdobeSender } from './adobe-sender.js'
import { halfDoneSteps } from '../half-done-steps.js'
import {
  isTransient,
  signInAfterAccountStep,
  signInIfSameShopper,
} from '../sign-in-after-account-step.js'

// The Adobe Commerce account flows. Most pages never run one, so `adobeCommerce()` loads this
// module on first use (`import()`): an app's bundler puts it in a chunk of its own.

/** Creates the account, then signs in; `null` when the shop confirms new accounts by email. */
export async function register(
  adobe: AdobeSender,
  input: RegisterInput,
  ctx: BackendContext,
): Promise<IssuedToken | null> {
  const { email, password } = input
  const halfDone = halfDoneSteps(adobe, 'register')
  refuseBlankNames(input.firstName ?? '', input.lastName ?? '')
  try {
    await adobe.send(
      'mutation',
      CreateCustomer,
      {
        input: {
          email,
          password,
          firstname: input.firstName ?? '',
          lastname: input.lastName ?? '',
          // JSON drops an undefined member: Magento's default applies.
          is_subscribed: input.acceptsMarketing,
        },
      },
      'createCustomerV2',
      ctx,
    )
  } catch (error) {
    if (!(error instanceof CustomerAuthError)) throw error
    // An answer that never came may hide an account created all the same.
    if (isTransient(error)) {
      halfDone.mark(email)
      throw error
    }
    const explained = await explainSignUpError(adobe, error, email, ctx)
    // This shopper's own earlier sign-up, whose sign-in step failed? Only if one was seen.
    if (
      !explained.fieldErrors['email']?.some((field) => field.code === 'TAKEN') ||
      !halfDone.take(email)
    )
      throw explained
    return signInIfSameShopper(adobe.login, { email, password }, ctx, explained, halfDone).catch(
      unconfirmed,
    )
  }
  // Created: an earlier call's mark is settled; without a session now, the retry may check.
  halfDone.take(email)
  return signInAfterAccountStep(adobe.login, { email, password }, ctx).catch((error: unknown) => {
    halfDone.mark(email)
    return unconfirmed(error)
  })

  /**
   * The shop confirms new accounts by email first: created, but no session yet (`null`). Marked
   * half done, so the shopper's retry is told the same instead of "email taken".
   */
  function unconfirmed(error: unknown): null {
    if (!(error instanceof CustomerAuthError) || error.code !== 'ACCOUNT_NOT_CONFIRMED') throw error
    halfDone.mark(email)
    return null
  }
}

export async function recoverPassword(
  adobe: AdobeSender,
  email: string,
  ctx: BackendContext,
): Promise<void> {
  const { data } = await adobe.send(
    'mutation',
    RequestPasswordResetEmail,
    { email },
    'requestPasswordResetEmail',
    ctx,
  )
  if (data.requestPasswordResetEmail !== true)
    throw missingDataError('requestPasswordResetEmail', 'adobe-commerce')
}

export async function resetPassword(
  adobe: AdobeSender,
  input: ResetPasswordInput,
  ctx: BackendContext,
): Promise<IssuedToken> {
  if (!('email' in input))
    throw adobeInputError(
      'UNSUPPORTED',
      'Adobe Commerce resets a password with the email and the reset token from the mail.',
    )
  const { email, password } = input
  const halfDone = halfDoneSteps(adobe, 'reset')
  try {
    const { data } = await adobe.send(
      'mutation',
      ResetPassword,
      { email, resetPasswordToken: input.resetToken, newPassword: password },
      'resetPassword',
      ctx,
    )
    if (data.resetPassword !== true) throw missingDataError('resetPassword', 'adobe-commerce')
  } catch (error) {
    // Magento refuses a spent token like any other, and a weak password too (VALIDATION): only
    // when this shopper's earlier reset was seen going through (or not answering) while its
    // sign-in failed is the refusal maybe their own, worth a sign-in.
    if (
      error instanceof CustomerAuthError &&
      error.code === 'VALIDATION' &&
      error.source !== 'client' &&
      halfDone.take(email)
    )
      return signInIfSameShopper(adobe.login, { email, password }, ctx, error, halfDone)
    if (isTransient(error)) halfDone.mark(email)
    throw error
  }
  // Magento's resetPassword returns a Boolean, not a token: sign in with the new password.
  // Reset: an earlier call's mark is settled; without a session now, the retry may check.
  halfDone.take(email)
  return signInAfterAccountStep(adobe.login, { email, password }, ctx).catch((error: unknown) => {
    halfDone.mark(email)
    throw error
  })
}

export async function updateCustomer(
  adobe: AdobeSender,
  accessToken: string,
  input: UpdateCustomerInput,
  ctx: BackendContext,
): Promise<UpdateCustomerResult> {
  const unsupported = (['email', 'password', 'phone'] as const).filter(
    (field) => input[field] !== undefined,
  )
  if (unsupported.length > 0)
    throw adobeInputError(
      'UNSUPPORTED',
      `Adobe Commerce's updateCustomerV2 cannot change ${unsupported.join(', ')}.`,
    )
  refuseBlankNames(input.firstName, input.lastName)
  const { data } = await adobe.send(
    'mutation',
    UpdateCustomer,
    {
      // JSON drops undefined members: only the fields given are changed.
      input: {
        firstname: input.firstName,
        lastname: input.lastName,
        is_subscribed: input.acceptsMarketing,
      },
    },
    'updateCustomerV2',
    ctx,
    accessToken,
  )
  if (!data.updateCustomerV2) throw missingDataError('updateCustomerV2', 'adobe-commerce')
  return { customer: toCustomer(data.updateCustomerV2.customer), token: null }
}

/**
 * `changeCustomerPassword` with the customer's token. Magento checks the current password itself
 * (a wrong one is INVALID_CREDENTIALS on `currentPassword`, and counts toward the account lock it
 * shares with sign-in) and keeps the token valid: the session continues on it.
 */
export async function changePassword(
  adobe: AdobeSender,
  accessToken: string,
  input: ChangePasswordInput,
  ctx: BackendContext,
): Promise<UpdateCustomerResult> {
  const { data } = await adobe.send(
    'mutation',
    ChangeCustomerPassword,
    { currentPassword: input.currentPassword, newPassword: input.newPassword },
    'changeCustomerPassword',
    ctx,
    accessToken,
  )
  if (!data.changeCustomerPassword)
    throw missingDataError('changeCustomerPassword', 'adobe-commerce')
  return { customer: toCustomer(data.changeCustomerPassword), token: null }
}

/** Confirms the account's email with the key from Magento's confirmation mail. */
export async function confirmEmail(
  adobe: AdobeSender,
  input: ConfirmEmailInput,
  ctx: BackendContext,
): Promise<void> {
  const { data } = await adobe.send(
    'mutation',
    ConfirmEmail,
    { input: { email: input.email, confirmation_key: input.confirmationKey } },
    'confirmEmail',
    ctx,
  )
  if (!data.confirmEmail) throw missingDataError('confirmEmail', 'adobe-commerce')
}

/** Asks Magento to mail the confirmation link again. */
export async function resendConfirmationEmail(
  adobe: AdobeSender,
  email: string,
  ctx: BackendContext,
): Promise<void> {
  const { data } = await adobe.send(
    'mutation',
    ResendConfirmationEmail,
    { email },
    'resendConfirmationEmail',
    ctx,
  )
  if (data.resendConfirmationEmail !== true)
    throw missingDataError('resendConfirmationEmail', 'adobe-commerce')
}

/** Magento requires both names; a name that is given (not `undefined`) must not be blank. */
function refuseBlankNames(firstName: string | undefined, lastName: string | undefined): void {
  const blank: Record<string, CustomerAuthFieldError[]> = {}
  if (firstName !== undefined && !firstName.trim())
    blank['firstName'] = [{ code: 'BLANK', message: 'Adobe Commerce requires a first name.' }]
  if (lastName !== undefined && !lastName.trim())
    blank['lastName'] = [{ code: 'BLANK', message: 'Adobe Commerce requires a last name.' }]
  if (Object.keys(blank).length > 0)
    throw adobeInputError('VALIDATION', 'Adobe Commerce requires a first and last name.', blank)
}

/** After Magento refuses a sign-up, tells "email taken" apart without reading the message. */
async function explainSignUpError(
  adobe: AdobeSender,
  error: CustomerAuthError,
  email: string,
  ctx: BackendContext,
): Promise<CustomerAuthError> {
  if (error.code !== 'VALIDATION' || error.fieldErrors['email']) return error
  try {
    const { data } = await adobe.send('query', IsEmailAvailable, { email }, 'isEmailAvailable', ctx)
    if (data.isEmailAvailable?.is_email_available !== false) return error
  } catch {
    return error
  }
  return new CustomerAuthError('VALIDATION', error.message, {
    source: error.source,
    retryable: false,
    status: error.status,
    graphQLErrors: error.graphQLErrors,
    fieldErrors: { ...error.fieldErrors, email: [{ code: 'TAKEN', message: error.message }] },
    cause: error,
  })
}

/** An error for input the backend refuses before sending (Magento requires names at sign-up). */
function adobeInputError(
  code: CustomerAuthErrorCode,
  message: string,
  fieldErrors: Record<string, CustomerAuthFieldError[]> = {},
): CustomerAuthError {
  return new CustomerAuthError(code, message, { source: 'client', retryable: false, fieldErrors })
}
