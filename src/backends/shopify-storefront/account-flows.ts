import type {
  ActivateAccountInput,
  BackendContext,
  ChangePasswordInput,
  LoginCredentials,
  RegisterInput,
  ResetPasswordInput,
  UpdateCustomerInput,
  UpdateCustomerResult,
} from '../../core/backend.js'
import { CustomerAuthError, type CustomerAuthFieldError } from '../../core/customer-auth-error.js'
import type { IssuedToken } from '../../core/session.js'
import { missingDataError } from '../transport-error.js'
import {
  CustomerAccessTokenCreateWithMultipass,
  CustomerActivate,
  CustomerActivateByUrl,
  CustomerCreate,
  CustomerRecover,
  CustomerReset,
  CustomerResetByUrl,
  CustomerUpdate,
} from './account-documents.js'
import { CustomerQuery } from './customer-query.js'
import { toCustomer } from './shopify-customer.js'
import { CustomerAccessTokenDelete } from './token-documents.js'
import { issuedToken, type ShopifySender } from './shopify-sender.js'
import { halfDoneSteps } from '../half-done-steps.js'
import {
  isTransient,
  signInAfterAccountStep,
  signInIfSameShopper,
} from '../sign-in-after-account-step.js'

/** What the backend hands every flow: its way to send, and its login. */
export interface ShopifyCalls extends ShopifySender {
  login(credentials: LoginCredentials, ctx: BackendContext): Promise<IssuedToken>
}

// The Storefront account flows and the Multipass sign-in. Most pages never run one, so `shopifyStorefront()` loads this
// module on first use (`import()`): an app's bundler puts it in a chunk of its own.

/** Creates the account, then signs in; `null` when the account must be activated first. */
export async function register(
  calls: ShopifyCalls,
  input: RegisterInput,
  ctx: BackendContext,
): Promise<IssuedToken | null> {
  const { send, login } = calls
  const { email, password } = input
  const halfDone = halfDoneSteps(calls, 'register')
  try {
    // JSON drops undefined members, so absent optional fields are not sent.
    await send(
      CustomerCreate,
      {
        input: {
          email,
          password,
          firstName: input.firstName,
          lastName: input.lastName,
          phone: input.phone,
          acceptsMarketing: input.acceptsMarketing,
        },
      },
      'customerCreate',
      ctx,
    )
  } catch (error) {
    // The address belongs to an account that was never activated; Shopify has mailed the
    // activation link again. Like a sign-up that needs confirming: no session yet.
    if (isCode(error, 'ACCOUNT_NOT_CONFIRMED')) return null
    // This shopper's own earlier sign-up, whose sign-in step failed? Only if one was seen.
    if (
      error instanceof CustomerAuthError &&
      error.fieldErrors['email']?.some((field) => field.code === 'TAKEN') &&
      halfDone.take(email)
    )
      return signInIfSameShopper(login, { email, password }, ctx, error, halfDone)
    // An answer that never came may hide an account created all the same.
    if (isTransient(error)) halfDone.mark(email)
    throw error
  }
  // Created: an earlier call's mark is settled.
  halfDone.take(email)
  try {
    return await signInAfterAccountStep(login, { email, password }, ctx)
  } catch (error) {
    // Created, but the shop does not let the account sign in yet (it must be activated).
    if (isCode(error, 'INVALID_CREDENTIALS')) return null
    // Created without a session (the sign-in failed, was throttled or given up): the shopper's
    // retry will be refused as taken, and may check with a sign-in.
    halfDone.mark(email)
    throw error
  }
}

export function loginWithMultipass(
  { issue }: ShopifyCalls,
  multipassToken: string,
  ctx: BackendContext,
): Promise<IssuedToken> {
  return issue(
    CustomerAccessTokenCreateWithMultipass,
    { multipassToken },
    'customerAccessTokenCreateWithMultipass',
    ctx,
  )
}

export async function recoverPassword(
  { send }: ShopifyCalls,
  email: string,
  ctx: BackendContext,
): Promise<void> {
  await send(CustomerRecover, { email }, 'customerRecover', ctx)
}

export function resetPassword(
  { issue }: ShopifyCalls,
  input: ResetPasswordInput,
  ctx: BackendContext,
): Promise<IssuedToken> {
  const { password } = input
  if ('resetUrl' in input)
    return issue(
      CustomerResetByUrl,
      { resetUrl: input.resetUrl, password },
      'customerResetByUrl',
      ctx,
    )
  if ('customerId' in input)
    return issue(
      CustomerReset,
      { id: customerGid(input.customerId), input: { resetToken: input.resetToken, password } },
      'customerReset',
      ctx,
    )
  return Promise.reject(
    new CustomerAuthError(
      'UNSUPPORTED',
      'Shopify resets by reset URL, or customer id and reset token; not by email.',
      { source: 'client' },
    ),
  )
}

export function activateAccount(
  { issue }: ShopifyCalls,
  input: ActivateAccountInput,
  ctx: BackendContext,
): Promise<IssuedToken> {
  const { password } = input
  return 'activationUrl' in input
    ? issue(
        CustomerActivateByUrl,
        { activationUrl: input.activationUrl, password },
        'customerActivateByUrl',
        ctx,
      )
    : issue(
        CustomerActivate,
        {
          id: customerGid(input.customerId),
          input: { activationToken: input.activationToken, password },
        },
        'customerActivate',
        ctx,
      )
}

export async function updateCustomer(
  { send }: ShopifyCalls,
  customerAccessToken: string,
  input: UpdateCustomerInput,
  ctx: BackendContext,
): Promise<UpdateCustomerResult> {
  // JSON drops undefined members: only the fields given are changed.
  const customer = {
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone,
    acceptsMarketing: input.acceptsMarketing,
    password: input.password,
  }
  const [payload, receivedAt] = await send(
    CustomerUpdate,
    { customerAccessToken, customer },
    'customerUpdate',
    ctx,
  )
  if (!payload.customer) throw missingDataError('customerUpdate', 'shopify')
  return {
    customer: toCustomer(payload.customer),
    // Shopify rotates the token when the password changes and returns the new one.
    token: payload.customerAccessToken
      ? issuedToken(payload.customerAccessToken, receivedAt, 'customerUpdate')
      : null,
  }
}

/**
 * Shopify's customerUpdate takes a new password without the current one, so the current one is
 * proven first with a sign-in (`customerAccessTokenCreate`: a wrong one is INVALID_CREDENTIALS on
 * `currentPassword`, and counts toward Shopify's login limit like any sign-in). Then customerUpdate
 * sets the new one, which invalidates every earlier token, the proof's included, and returns the
 * new token the session continues on. Should the update fail, the proof's token is deleted.
 */
export async function changePassword(
  calls: ShopifyCalls,
  customerAccessToken: string,
  input: ChangePasswordInput,
  ctx: BackendContext,
): Promise<UpdateCustomerResult> {
  const { send, login } = calls
  const [customer] = await send(CustomerQuery, { customerAccessToken }, 'customer', ctx)
  if (!customer?.email)
    throw new CustomerAuthError('TOKEN_INVALID', 'The session no longer identifies a customer.', {
      source: 'shopify',
      retryable: false,
    })
  let proof: IssuedToken
  try {
    proof = await login({ email: customer.email, password: input.currentPassword }, ctx)
  } catch (error) {
    throw isCode(error, 'INVALID_CREDENTIALS')
      ? onField(error as CustomerAuthError, 'currentPassword')
      : error
  }
  try {
    return await updateCustomer(calls, customerAccessToken, { password: input.newPassword }, ctx)
  } catch (error) {
    void send(
      CustomerAccessTokenDelete,
      { customerAccessToken: proof.accessToken },
      'customerAccessTokenDelete',
      ctx,
    ).catch(() => {})
    const refused = error instanceof CustomerAuthError ? error.fieldErrors['password'] : undefined
    throw refused ? onField(error as CustomerAuthError, 'newPassword', refused) : error
  }
}

/** The error again, its problem filed under the form's own field name. */
function onField(
  error: CustomerAuthError,
  field: string,
  problems: readonly CustomerAuthFieldError[] = [{ code: error.code, message: error.message }],
): CustomerAuthError {
  // The API's `password` is the form's `newPassword` (or the sign-in's, for the current one).
  const others = Object.fromEntries(
    Object.entries(error.fieldErrors).filter(([name]) => name !== 'password'),
  )
  return new CustomerAuthError(error.code, error.message, {
    source: error.source,
    retryable: error.retryable,
    status: error.status,
    graphQLErrors: error.graphQLErrors,
    userErrors: error.userErrors,
    fieldErrors: { ...others, [field]: problems },
    cause: error,
  })
}

function isCode(error: unknown, code: CustomerAuthError['code']): boolean {
  return error instanceof CustomerAuthError && error.code === code
}

/** `customerReset`/`customerActivate` take the customer's GID; a bare numeric id is accepted. */
function customerGid(customerId: string): string {
  return /^\d+$/.test(customerId) ? `gid://shopify/Customer/${customerId}` : customerId
}
