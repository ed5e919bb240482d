import { GraphQLError } from 'graphql'
import { decodeMultipassToken, MultipassTokenError } from '../../multipass/multipass-token.js'
import { formatDateTime } from '../shopify-date-time.js'
import {
  emailErrors,
  nameErrors,
  passwordErrors,
  phoneErrors,
  type CustomerUserErrorValue,
} from './customer-input-rules.js'
import type { LoginThrottle } from '../login-throttle.js'
import type { RecoverThrottle } from './recover-throttle.js'
import { normalizeIp } from './storefront-client-ip.js'
import {
  customerGid,
  type CustomerRecord,
  type ShopifyCustomerStore,
  type TokenRecord,
} from './shopify-customer-store.js'
import { publicShopifyApiVersions } from '../shopify-api-versions.js'
import { customerAccountFields } from './customer-account-fields.js'

export interface StorefrontRootOptions {
  readonly store: ShopifyCustomerStore
  readonly throttle: LoginThrottle
  readonly recoverThrottle: RecoverThrottle
  readonly multipassSecret: string
}

/** What a resolver knows about the request beyond its arguments (graphql-js `contextValue`). */
// A type alias, not an interface: graphql-http wants a context assignable to a Record.
export type StorefrontRequestContext = {
  /** The client IP, normalised: the Buyer-IP header with private access, else the connection's. */
  readonly clientIp: string
}

/** Shopify: Multipass tokens are "only valid for 15 minutes and can only be used once". */
export const multipassWindowMs = 15 * 60 * 1000

type Args<T> = T

/** A customer as the `Customer` type answers it (also the buyer of an associated cart). */
export function customerValue(customer: CustomerRecord) {
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ')
  return {
    id: customerGid(customer),
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    displayName: name || customer.email || customer.phone || '',
    phone: customer.phone,
    acceptsMarketing: customer.acceptsMarketing,
    createdAt: formatDateTime(customer.createdAt),
    updatedAt: formatDateTime(customer.updatedAt),
    tags: customer.tags.slice(),
    ...customerAccountFields(customer),
  }
}

function tokenValue(token: TokenRecord) {
  return { accessToken: token.accessToken, expiresAt: formatDateTime(token.expiresAt) }
}

/** The deprecated `userErrors` mirror `customerUserErrors` without the code. */
export function userErrors(errors: readonly CustomerUserErrorValue[]) {
  return errors.map(({ field, message }) => ({ field, message }))
}

function failed<Extra extends Record<string, null>>(
  errors: readonly CustomerUserErrorValue[],
  extra: Extra = {} as Extra,
) {
  return { ...extra, customerUserErrors: errors, userErrors: userErrors(errors) }
}

const unidentified: CustomerUserErrorValue = {
  code: 'UNIDENTIFIED_CUSTOMER',
  field: null,
  message: 'Unidentified customer',
}

const invalidMultipass: CustomerUserErrorValue = {
  code: 'INVALID_MULTIPASS_REQUEST',
  field: ['multipassToken'],
  message: 'Invalid Multipass request',
}

/** How Shopify refuses a customer mutation whose customer access token is not live (api-facts §1). */
export function accessDenied(field: string): GraphQLError {
  const requiredAccess =
    '`unauthenticated_write_customers` access scope. Also: Requires valid customer access token.'
  return new GraphQLError(`Access denied for ${field} field. Required access: ${requiredAccess}`, {
    extensions: {
      code: 'ACCESS_DENIED',
      documentation: 'https://shopify.dev/api/usage/access-scopes',
      requiredAccess,
    },
  })
}

/** The byte content of a base64url token, so `=`-padded, unpadded and non-canonical spellings
 * of one token share one replay key. */
function multipassReplayKey(token: string): string {
  const base64 = token.trim().replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return Array.from(binary, (char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('')
}

/** `/account/{kind}/{customer number}/{token}` on the shop's domain. */
function parseAccountUrl(
  value: string,
  kind: 'reset' | 'activate',
): { customerId: string; token: string } | null {
  try {
    const url = new URL(value)
    const match = new RegExp(`^/account/${kind}/(\\d+)/([^/]+)/?$`).exec(url.pathname)
    if (!match?.[1] || !match[2]) return null
    return { customerId: match[1], token: decodeURIComponent(match[2]) }
  } catch {
    return null
  }
}

/**
 * Multipass `remote_ip`: "the token is valid only from that IP" (api-facts §2). Absent (or null)
 * means any IP. Compared after `normalizeIp` on both sides; a value that is not a string matches
 * no client (emulator's choices).
 */
function allowedFrom(remoteIp: unknown, clientIp: string): boolean {
  if (remoteIp === undefined || remoteIp === null) return true
  return typeof remoteIp === 'string' && normalizeIp(remoteIp) === clientIp
}

/**
 * Multipass `identifier`: "needed when email isn't the unique key; one email still maps to one
 * account" (api-facts §2). So the email alone picks the account and the identifier is only kept on
 * it (`EmulatedShopifyCustomer.multipassIdentifier`), the latest one replacing an earlier one like
 * the names do; the emulator never looks a customer up by identifier. A non-blank string is kept as
 * sent, a number as its decimal text (systems often send numeric ids); other values, blank text
 * included, are ignored (emulator's choices: Shopify does not document them).
 */
function multipassIdentifier(identifier: unknown): string | null {
  if (typeof identifier === 'string' && identifier.trim() !== '') return identifier
  if (typeof identifier === 'number' && Number.isFinite(identifier)) return String(identifier)
  return null
}

/**
 * The answer once an IP has asked for too many recoveries. Shopify's text for this limit, as
 * captured from the live API in client code published on GitHub (a comment holding the whole
 * response): `{"data":{"customerRecover":null},"errors":[{"message":"Resetting password limit
 * exceeded. Please try again later.","path":["customerRecover"],"locations":[]}]}`; several
 * Shopify storefront apps show the same sentence. That is the shape of the documented login
 * throttle (api-facts §1): a top-level error with the field's path, a null payload and no
 * `extensions.code`, so the emulator throws it from the resolver the same way. [unverified: a
 * third-party capture, not in api-facts; graphql-js fills `locations` where that capture had `[]`.]
 */
const recoverLimitMessage = 'Resetting password limit exceeded. Please try again later.'

const notFound = (): GraphQLError =>
  new GraphQLError('Unidentified customer', { extensions: { code: 'NOT_FOUND' } })

/**
 * The resolvers of the emulated customer subset, as a graphql-js root value: each root field is a
 * function of its arguments. Payload shapes, codes, messages and field paths follow api-facts.md §1.
 */
export function createStorefrontRoot({
  store,
  throttle,
  recoverThrottle,
  multipassSecret,
}: StorefrontRootOptions) {
  const usedMultipassTokens = new Set<string>()

  async function signInAfterPasswordSet(customer: CustomerRecord, password: string) {
    store.setPassword(customer, password)
    store.invalidateTokens(customer)
    await customer.passwordHash
    return store.issueToken(customer)
  }

  function resetTokenErrors(field: readonly string[]): CustomerUserErrorValue[] {
    return [{ code: 'TOKEN_INVALID', field, message: 'Invalid reset token' }]
  }

  async function reset(
    customer: CustomerRecord,
    resetToken: string,
    password: string,
    field: readonly string[],
    passwordField: readonly string[],
  ) {
    const errors = passwordErrors(password, passwordField)
    if (errors.length > 0) return failed(errors, { customer: null, customerAccessToken: null })
    if (customer.resetToken === null || customer.resetToken !== resetToken)
      return {
        customer: null,
        customerAccessToken: null,
        customerUserErrors: resetTokenErrors(field),
        userErrors: [{ field: null, message: 'Invalid reset token' }],
      }
    customer.resetToken = null
    // A reset proves control of the mailbox, so an account that was never activated is now.
    customer.state = 'enabled'
    customer.activationToken = null
    const token = await signInAfterPasswordSet(customer, password)
    return {
      customer: customerValue(customer),
      customerAccessToken: tokenValue(token),
      customerUserErrors: [],
      userErrors: [],
    }
  }

  async function activate(
    customer: CustomerRecord,
    activationToken: string,
    password: string,
    passwordField: readonly string[],
    includeUserErrors: boolean,
  ) {
    const result = (errors: CustomerUserErrorValue[], mirror = userErrors(errors)) => ({
      customer: null,
      customerAccessToken: null,
      customerUserErrors: errors,
      ...(includeUserErrors ? { userErrors: mirror } : {}),
    })
    if (customer.state === 'enabled')
      return result([{ code: 'ALREADY_ENABLED', field: null, message: 'Customer already enabled' }])
    const errors = passwordErrors(password, passwordField)
    if (errors.length > 0) return result(errors)
    if (customer.activationToken === null || customer.activationToken !== activationToken)
      return result(
        [{ code: 'TOKEN_INVALID', field: ['input'], message: 'Invalid activation token' }],
        [{ field: null, message: 'Invalid activation token' }],
      )
    customer.activationToken = null
    customer.state = 'enabled'
    const token = await signInAfterPasswordSet(customer, password)
    return {
      customer: customerValue(customer),
      customerAccessToken: tokenValue(token),
      customerUserErrors: [],
      ...(includeUserErrors ? { userErrors: [] } : {}),
    }
  }

  return {
    publicApiVersions: publicShopifyApiVersions,
    customer({ customerAccessToken }: Args<{ customerAccessToken: string }>) {
      const token = store.liveToken(customerAccessToken)
      const customer = token && store.customerOf(token)
      return customer ? customerValue(customer) : null
    },

    async customerAccessTokenCreate({
      input,
    }: Args<{ input: { email: string; password: string } }>) {
      if (throttle.isLocked(input.email))
        throw new GraphQLError('Login attempt limit exceeded. Please try again later.')
      const customer = store.findByEmail(input.email)
      const matches = customer ? await store.passwordMatches(customer, input.password) : false
      // A disabled or invited customer gets the same answer as a wrong password (api-facts §1).
      if (!customer || !matches || customer.state !== 'enabled') {
        throttle.recordFailure(input.email)
        return failed([unidentified], { customerAccessToken: null })
      }
      throttle.reset(input.email)
      const token = store.issueToken(customer)
      return { customerAccessToken: tokenValue(token), customerUserErrors: [], userErrors: [] }
    },

    customerAccessTokenRenew({ customerAccessToken }: Args<{ customerAccessToken: string }>) {
      const token = store.liveToken(customerAccessToken)
      if (!token)
        return {
          customerAccessToken: null,
          userErrors: [{ field: ['customerAccessToken'], message: 'Access token does not exist' }],
        }
      store.renew(token)
      return { customerAccessToken: tokenValue(token), userErrors: [] }
    },

    customerAccessTokenDelete({ customerAccessToken }: Args<{ customerAccessToken: string }>) {
      const token = store.liveToken(customerAccessToken)
      if (!token) throw accessDenied('customerAccessTokenDelete')
      store.delete(token)
      return {
        deletedAccessToken: token.accessToken,
        deletedCustomerAccessTokenId: `gid://shopify/CustomerAccessToken/${token.number}`,
        userErrors: [],
      }
    },

    async customerAccessTokenCreateWithMultipass(
      { multipassToken }: Args<{ multipassToken: string }>,
      { clientIp }: StorefrontRequestContext,
    ) {
      const invalid = { customerAccessToken: null, customerUserErrors: [invalidMultipass] }
      let data
      try {
        data = await decodeMultipassToken(multipassSecret, multipassToken)
      } catch (error) {
        if (error instanceof MultipassTokenError) return invalid
        throw error
      }
      const createdAt = typeof data.created_at === 'string' ? Date.parse(data.created_at) : NaN
      if (Number.isNaN(createdAt) || Math.abs(store.clock.now() - createdAt) > multipassWindowMs)
        return invalid
      const replayKey = multipassReplayKey(multipassToken)
      if (usedMultipassTokens.has(replayKey)) return invalid
      if (emailErrors(data.email, ['email']).length > 0) return invalid
      // Checked before the token is marked used, so a token tried from the wrong IP still works
      // from the right one within its window (emulator's choice; Shopify does not say).
      if (!allowedFrom(data.remote_ip, clientIp)) return invalid
      usedMultipassTokens.add(replayKey)
      const identifier = multipassIdentifier(data.identifier)
      const tags = data.tag_string
        ?.split(',')
        .map((tag) => tag.trim())
        .filter(Boolean)
      let customer = store.findByEmail(data.email)
      if (!customer) {
        customer = store.add({
          email: data.email.trim(),
          firstName: data.first_name ?? null,
          lastName: data.last_name ?? null,
          phone: null,
          acceptsMarketing: false,
          state: 'enabled',
          password: null,
          tags: tags ?? [],
          multipassIdentifier: identifier,
        })
      } else {
        customer.state = 'enabled'
        customer.activationToken = null
        if (data.first_name !== undefined) customer.firstName = data.first_name
        if (data.last_name !== undefined) customer.lastName = data.last_name
        if (tags !== undefined) customer.tags = tags
        if (identifier !== null) customer.multipassIdentifier = identifier
        store.touch(customer)
      }
      return { customerAccessToken: tokenValue(store.issueToken(customer)), customerUserErrors: [] }
    },

    customerCreate({
      input,
    }: Args<{
      input: {
        email: string
        password: string
        firstName?: string | null
        lastName?: string | null
        phone?: string | null
        acceptsMarketing?: boolean | null
      }
    }>) {
      const errors = [
        ...emailErrors(input.email, ['input', 'email']),
        ...passwordErrors(input.password, ['input', 'password']),
        ...nameErrors(input.firstName, ['input', 'firstName'], 'First name'),
        ...nameErrors(input.lastName, ['input', 'lastName'], 'Last name'),
        ...phoneErrors(input.phone, ['input', 'phone']),
      ]
      const existing = errors.length === 0 ? store.findByEmail(input.email) : undefined
      if (existing && existing.state !== 'enabled') {
        // Shopify's answer to signing up with the address of an account that was never
        // activated: it sends the invite again instead of creating a second account.
        store.sendActivation(existing)
        return failed(
          [
            {
              code: 'CUSTOMER_DISABLED',
              field: null,
              message: `We have sent an email to ${existing.email}, please click the link included to verify your email address.`,
            },
          ],
          { customer: null },
        )
      }
      if (existing)
        errors.push({
          code: 'TAKEN',
          field: ['input', 'email'],
          message: 'Email has already been taken',
        })
      if (input.phone && errors.length === 0 && store.findByPhone(input.phone))
        errors.push({
          code: 'TAKEN',
          field: ['input', 'phone'],
          message: 'Phone has already been taken',
        })
      if (errors.length > 0) return failed(errors, { customer: null })
      const customer = store.add({
        email: input.email.trim(),
        firstName: input.firstName ?? null,
        lastName: input.lastName ?? null,
        phone: input.phone || null,
        acceptsMarketing: input.acceptsMarketing ?? false,
        state: 'enabled',
        password: input.password,
      })
      return { customer: customerValue(customer), customerUserErrors: [], userErrors: [] }
    },

    customerRecover({ email }: Args<{ email: string }>, { clientIp }: StorefrontRequestContext) {
      if (!recoverThrottle.admit(clientIp)) throw new GraphQLError(recoverLimitMessage)
      const customer = store.findByEmail(email)
      if (!customer)
        return failed([
          { code: 'UNIDENTIFIED_CUSTOMER', field: ['email'], message: 'Could not find customer' },
        ])
      // An account without a password yet gets its invite again; others get a reset link.
      if (customer.state === 'enabled') store.sendRecovery(customer)
      else store.sendActivation(customer)
      return { customerUserErrors: [], userErrors: [] }
    },

    async customerReset({
      id,
      input,
    }: Args<{ id: string; input: { password: string; resetToken: string } }>) {
      const customer = store.findById(id)
      if (!customer)
        return {
          customer: null,
          customerAccessToken: null,
          customerUserErrors: resetTokenErrors(['input']),
          userErrors: [{ field: null, message: 'Invalid reset token' }],
        }
      return reset(customer, input.resetToken, input.password, ['input'], ['input', 'password'])
    },

    async customerResetByUrl({ password, resetUrl }: Args<{ password: string; resetUrl: string }>) {
      const parsed = parseAccountUrl(resetUrl, 'reset')
      const customer = parsed && store.findById(parsed.customerId)
      if (!parsed || !customer) throw notFound()
      const result = await reset(customer, parsed.token, password, ['resetUrl'], ['password'])
      // customerResetByUrl's payload has no deprecated userErrors field to fill.
      return {
        customer: result.customer,
        customerAccessToken: result.customerAccessToken,
        customerUserErrors: result.customerUserErrors,
      }
    },

    async customerActivate({
      id,
      input,
    }: Args<{ id: string; input: { activationToken: string; password: string } }>) {
      const customer = store.findById(id)
      if (!customer)
        return {
          customer: null,
          customerAccessToken: null,
          customerUserErrors: [
            { code: 'TOKEN_INVALID', field: ['input'], message: 'Invalid activation token' },
          ],
          userErrors: [{ field: null, message: 'Invalid activation token' }],
        }
      return activate(customer, input.activationToken, input.password, ['input', 'password'], true)
    },

    async customerActivateByUrl({
      activationUrl,
      password,
    }: Args<{ activationUrl: string; password: string }>) {
      const parsed = parseAccountUrl(activationUrl, 'activate')
      const customer = parsed && store.findById(parsed.customerId)
      if (!parsed || !customer) throw notFound()
      return activate(customer, parsed.token, password, ['password'], false)
    },

    async customerUpdate({
      customer: input,
      customerAccessToken,
    }: Args<{
      customer: {
        email?: string | null
        password?: string | null
        firstName?: string | null
        lastName?: string | null
        phone?: string | null
        acceptsMarketing?: boolean | null
      }
      customerAccessToken: string
    }>) {
      const token = store.liveToken(customerAccessToken)
      const customer = token && store.customerOf(token)
      if (!customer) throw accessDenied('customerUpdate')
      const errors = [
        ...(typeof input.email === 'string' ? emailErrors(input.email, ['customer', 'email']) : []),
        ...(typeof input.password === 'string'
          ? passwordErrors(input.password, ['customer', 'password'])
          : []),
        ...nameErrors(input.firstName, ['customer', 'firstName'], 'First name'),
        ...nameErrors(input.lastName, ['customer', 'lastName'], 'Last name'),
        ...phoneErrors(input.phone, ['customer', 'phone']),
      ]
      if (typeof input.email === 'string' && errors.length === 0) {
        const other = store.findByEmail(input.email)
        if (other && other !== customer)
          errors.push({
            code: 'TAKEN',
            field: ['customer', 'email'],
            message: 'Email has already been taken',
          })
      }
      if (input.phone && errors.length === 0) {
        const other = store.findByPhone(input.phone)
        if (other && other !== customer)
          errors.push({
            code: 'TAKEN',
            field: ['customer', 'phone'],
            message: 'Phone has already been taken',
          })
      }
      if (errors.length > 0) return failed(errors, { customer: null, customerAccessToken: null })
      if (typeof input.email === 'string') customer.email = input.email.trim()
      if (input.firstName !== undefined) customer.firstName = input.firstName
      if (input.lastName !== undefined) customer.lastName = input.lastName
      if (input.phone !== undefined) customer.phone = input.phone || null
      if (typeof input.acceptsMarketing === 'boolean')
        customer.acceptsMarketing = input.acceptsMarketing
      store.touch(customer)
      // Shopify: changing the password invalidates every earlier token and returns a new one.
      const newToken =
        typeof input.password === 'string'
          ? await signInAfterPasswordSet(customer, input.password)
          : null
      return {
        customer: customerValue(customer),
        customerAccessToken: newToken ? tokenValue(newToken) : null,
        customerUserErrors: [],
        userErrors: [],
      }
    },
  }
}
