import type { GraphQLError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { acceptingPlainJson } from '../plain-json-accept.js'
import { asParseRequestParams, readMagentoRequest } from '../graphql-request-params.js'
import type { EmulatorClock } from '../emulator-clock.js'
import type { Outbox } from '../outbox.js'
import { hashPassword, verifyPassword, type PasswordHash } from '../password-hash.js'
import type { SeedCustomer } from '../seed-customer.js'
import {
  adobeError,
  adobeMessages as messages,
  requestErrorResponse,
  statusForCategory,
} from './adobe-commerce-errors.js'
import { adobeCommerceSchema } from './adobe-commerce-schema.js'
import { customerGroupValue } from './customer-group.js'
import { createDeprecatedCustomerMutations } from './deprecated-customer-mutations.js'
import { magentoValidationRules } from './magento-schema-gap-rule.js'
import { createCustomerJwtSigner, customerUserType } from './customer-jwt.js'
import { createLoginThrottle } from '../login-throttle.js'
import { digestSecret } from './one-time-secret.js'
import { randomHex } from '../random-token.js'
import { isValidEmail, passwordProblem } from './password-rules.js'
import { createAdobeCarts, type AdobeCommerceCart } from './adobe-carts.js'
import { storeConfigValue } from './store-config.js'
import {
  ACCOUNT_LOCK_FAILURES,
  ACCOUNT_LOCK_MS,
  createChangeCustomerPassword,
} from './change-customer-password.js'

export interface AdobeCommerceApiOptions {
  readonly clock: EmulatorClock
  readonly customers: readonly SeedCustomer[]
  readonly outbox: Outbox
  /** Customer token lifetime; Magento's default is 1 hour. */
  readonly tokenLifetimeMs: number
  /** Failed sign-ins before the lock; Magento's `oauth/authentication_lock/max_failures_count` is 6. */
  readonly loginAttemptLimit: number
  /** Lock duration; Magento's `oauth/authentication_lock/timeout` is 30 minutes. */
  readonly lockoutMs: number
  /** Validity of an admin-issued login-as-customer code (30 s by default in the emulator). */
  readonly oneTimeCodeLifetimeMs: number
  /** The admin bearer token the REST one-time-code endpoint accepts. */
  readonly adminToken: string
  /** New accounts need their email confirmed before they can sign in. Default false. */
  readonly requireConfirmation?: boolean
}

/** `Customer.confirmation_status`, plus the pending state Magento keeps as a confirmation key. */
export type AdobeConfirmation = 'not-required' | 'pending' | 'confirmed'

/** A customer as tests may inspect it. Secrets (password hash, reset tokens, codes) stay inside. */
export interface AdobeCommerceCustomer {
  readonly id: number
  readonly email: string
  readonly firstname: string | null
  readonly lastname: string | null
  readonly middlename: string | null
  readonly prefix: string | null
  readonly suffix: string | null
  readonly dateOfBirth: string | null
  readonly gender: number | null
  readonly taxvat: string | null
  readonly isSubscribed: boolean
  readonly allowRemoteShoppingAssistance: boolean
  readonly confirmation: AdobeConfirmation
  readonly hasPassword: boolean
  /** Emulator clock time, epoch ms. */
  readonly createdAt: number
  /** When the sign-in lock ends (epoch ms), or null when the account is not locked. */
  readonly lockedUntil: number | null
}

/** A customer token as `emulator.adobeCommerce.tokens()` shows it: the JWT, its times and state. */
export interface AdobeCommerceToken {
  readonly jwt: string
  readonly customerId: number
  /** The customer's email. */
  readonly customer: string
  /** Seconds, as in the JWT. */
  readonly iat: number
  /** Seconds, as in the JWT. */
  readonly exp: number
  readonly revoked: boolean
}

export interface AdobeCommerceApi {
  /** The `/graphql` endpoint. */
  handleGraphQL(request: Request): Promise<Response>
  /** Paths under `/rest/V1/` (or `/rest/{store}/V1/`); null for a path this API does not serve. */
  handleRest(request: Request): Promise<Response | null>
  /** Stand-in for the admin REST call: a single-use login-as-customer code for `email`. */
  issueOneTimeCode(email: string): Promise<string>
  customers(): readonly AdobeCommerceCustomer[]
  tokens(): readonly AdobeCommerceToken[]
  /** Every cart, guest and customer, active or merged. */
  carts(): readonly AdobeCommerceCart[]
}

interface PendingSecret {
  readonly digest: string
  readonly expiresAt: number
}

interface OneTimeCode extends PendingSecret {
  used: boolean
}

interface CustomerRecord {
  readonly id: number
  email: string
  firstname: string | null
  lastname: string | null
  middlename: string | null
  prefix: string | null
  suffix: string | null
  dateOfBirth: string | null
  gender: number | null
  taxvat: string | null
  isSubscribed: boolean
  allowRemoteShoppingAssistance: boolean
  confirmation: AdobeConfirmation
  confirmationKey: PendingSecret | null
  passwordHash: PasswordHash | null
  resetToken: PendingSecret | null
  oneTimeCodes: OneTimeCode[]
  readonly createdAt: number
}

interface TokenRecord {
  readonly jwt: string
  readonly customerId: number
  readonly iat: number
  readonly exp: number
  revoked: boolean
}

// A type alias, not an interface: graphql-http's context must be a Record.
type RequestContext = { readonly customerId: number | null }

/** Magento's `customer/password/reset_link_expiration_period` default: 2 hours. */
const resetTokenLifetimeMs = 2 * 60 * 60 * 1000
/** Magento answers to `default` only, in a single-store install. */
const knownStores = new Set(['default'])

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value
}

/** Magento formats timestamps as MySQL datetimes in UTC: `2024-05-01 09:30:00`. */
function magentoDateTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')
}

type Args = Record<string, unknown>

function stringArg(args: Args, name: string): string {
  const value = args[name]
  return typeof value === 'string' ? value : ''
}

function inputArg(args: Args): Args | null {
  const input = args['input']
  if (input === null || typeof input !== 'object' || Object.keys(input).length === 0) return null
  return input as Args
}

export function createAdobeCommerceApi(options: AdobeCommerceApiOptions): AdobeCommerceApi {
  const { clock, outbox } = options
  const requireConfirmation = options.requireConfirmation ?? false
  const signer = createCustomerJwtSigner()
  const throttle = createLoginThrottle({
    now: () => clock.now(),
    maxFailures: options.loginAttemptLimit,
    lockoutMs: options.lockoutMs,
  })
  // Magento's lock on the customer record, fed by every password check (sign-in, password change).
  const accountLock = createLoginThrottle({
    now: () => clock.now(),
    maxFailures: ACCOUNT_LOCK_FAILURES,
    lockoutMs: ACCOUNT_LOCK_MS,
  })
  const records: CustomerRecord[] = []
  const byEmail = new Map<string, CustomerRecord>()
  const tokenRecords: TokenRecord[] = []
  let nextId = 1

  /** Adds a customer with an empty profile; `fields` sets what this account starts with. */
  function addCustomer(
    fields: Pick<CustomerRecord, 'email' | 'confirmation' | 'confirmationKey' | 'passwordHash'> &
      Partial<Omit<CustomerRecord, 'id'>>,
  ): CustomerRecord {
    const customer: CustomerRecord = {
      firstname: null,
      lastname: null,
      middlename: null,
      prefix: null,
      suffix: null,
      dateOfBirth: null,
      gender: null,
      taxvat: null,
      isSubscribed: false,
      allowRemoteShoppingAssistance: false,
      resetToken: null,
      oneTimeCodes: [],
      createdAt: clock.now(),
      ...fields,
      id: nextId++,
    }
    records.push(customer)
    byEmail.set(normalizeEmail(customer.email), customer)
    return customer
  }

  // Seeding is synchronous so the API is usable at once; hashing is async, so handlers await `ready`.
  const hashing: Promise<void>[] = []
  const seedPasswordsPending = new Set<number>()
  for (const seed of options.customers) {
    if (byEmail.has(normalizeEmail(seed.email)))
      throw new TypeError(`Duplicate seeded customer email: ${seed.email}`)
    const customer = addCustomer({
      email: seed.email,
      firstname: seed.firstName ?? null,
      lastname: seed.lastName ?? null,
      isSubscribed: seed.acceptsMarketing ?? false,
      allowRemoteShoppingAssistance: seed.allowRemoteShoppingAssistance ?? false,
      // A seeded `confirmed: false` customer exists on a shop that requires confirmation.
      confirmation:
        seed.confirmed === false ? 'pending' : requireConfirmation ? 'confirmed' : 'not-required',
      confirmationKey: null,
      passwordHash: null,
    })
    if (seed.password !== undefined) {
      seedPasswordsPending.add(customer.id)
      hashing.push(
        hashPassword(seed.password).then((hash) => {
          customer.passwordHash = hash
          seedPasswordsPending.delete(customer.id)
        }),
      )
    }
  }
  const ready = Promise.all(hashing).then(() => undefined)

  function findCustomer(email: string): CustomerRecord | undefined {
    return byEmail.get(normalizeEmail(email))
  }

  function customerById(id: number): CustomerRecord | undefined {
    return records.find((record) => record.id === id)
  }

  async function issueToken(customer: CustomerRecord): Promise<string> {
    const iat = Math.floor(clock.now() / 1000)
    const exp = iat + Math.floor(options.tokenLifetimeMs / 1000)
    const jwt = await signer.sign({
      jti: randomHex(),
      uid: customer.id,
      utypid: customerUserType,
      iat,
      exp,
    })
    tokenRecords.push({ jwt, customerId: customer.id, iat, exp, revoked: false })
    return jwt
  }

  async function newPendingSecret(
    lifetimeMs: number,
  ): Promise<{ secret: string; pending: PendingSecret }> {
    const secret = randomHex()
    return {
      secret,
      pending: { digest: await digestSecret(secret), expiresAt: clock.now() + lifetimeMs },
    }
  }

  /** Magento's confirmation keys do not expire; a resend replaces the key. */
  function newConfirmationKey() {
    return newPendingSecret(Number.POSITIVE_INFINITY)
  }

  function sendConfirmation(customer: CustomerRecord, key: string): void {
    outbox.send({
      api: 'adobe-commerce',
      kind: 'activate',
      to: customer.email,
      customerId: String(customer.id),
      token: key,
      sentAt: clock.now(),
    })
  }

  function isLive(secret: PendingSecret | null, digest: string): boolean {
    return secret !== null && secret.digest === digest && clock.now() < secret.expiresAt
  }

  /**
   * Which credential `password` is, checked in the order Adobe documents for Adobe Commerce as a
   * Cloud Service ("Login as customer" in the admin guide): the account password, then a one-time
   * secret (see consumeOneTimeSecret).
   */
  async function matchCredential(customer: CustomerRecord, password: string): Promise<boolean> {
    if (customer.passwordHash && (await verifyPassword(password, customer.passwordHash)))
      return true
    return consumeOneTimeSecret(customer, password)
  }

  /**
   * A password-reset token (consumed), then a login-as-customer code (single use, needs the
   * customer's consent to remote shopping assistance). Both `generateCustomerToken` and
   * `exchangeOtpForCustomerToken` take either, and either use spends it for both.
   */
  async function consumeOneTimeSecret(customer: CustomerRecord, secret: string): Promise<boolean> {
    const digest = await digestSecret(secret)
    if (isLive(customer.resetToken, digest)) {
      customer.resetToken = null
      return true
    }
    const code = customer.oneTimeCodes.find(
      (candidate) => !candidate.used && isLive(candidate, digest),
    )
    if (code && customer.allowRemoteShoppingAssistance) {
      code.used = true
      return true
    }
    return false
  }

  function requireCustomer(context: RequestContext): CustomerRecord {
    const customer = context.customerId === null ? undefined : customerById(context.customerId)
    if (!customer) throw adobeError(messages.notAuthorized, 'graphql-authorization')
    return customer
  }

  function customerOutput(customer: CustomerRecord) {
    return {
      created_at: magentoDateTime(customer.createdAt),
      prefix: customer.prefix,
      firstname: customer.firstname,
      middlename: customer.middlename,
      lastname: customer.lastname,
      suffix: customer.suffix,
      email: customer.email,
      dob: customer.dateOfBirth,
      date_of_birth: customer.dateOfBirth,
      taxvat: customer.taxvat,
      id: customer.id,
      is_subscribed: customer.isSubscribed,
      gender: customer.gender,
      // A pending customer cannot hold a token, so `customer` never reaches this with 'pending'.
      confirmation_status:
        customer.confirmation === 'confirmed'
          ? 'ACCOUNT_CONFIRMED'
          : 'ACCOUNT_CONFIRMATION_NOT_REQUIRED',
      allow_remote_shopping_assistance: customer.allowRemoteShoppingAssistance,
      group: customerGroupValue(),
    }
  }

  function requiredNames(input: Args, fields: readonly (readonly [string, string])[]): void {
    const missing = fields
      .filter(
        ([field]) =>
          field in input && (input[field] === null || String(input[field]).trim() === ''),
      )
      .map(([, label]) => label)
    if (missing.length > 0) throw adobeError(messages.requiredParameters(missing), 'graphql-input')
  }

  function applyProfile(customer: CustomerRecord, input: Args): void {
    const text = (field: string) => blankToNull(input[field] as string | null | undefined)
    if ('firstname' in input) customer.firstname = text('firstname')
    if ('lastname' in input) customer.lastname = text('lastname')
    if ('middlename' in input) customer.middlename = text('middlename')
    if ('prefix' in input) customer.prefix = text('prefix')
    if ('suffix' in input) customer.suffix = text('suffix')
    if ('taxvat' in input) customer.taxvat = text('taxvat')
    if ('dob' in input) customer.dateOfBirth = text('dob')
    if ('date_of_birth' in input) customer.dateOfBirth = text('date_of_birth')
    if ('gender' in input) customer.gender = (input['gender'] as number | null) ?? null
    if (typeof input['is_subscribed'] === 'boolean') customer.isSubscribed = input['is_subscribed']
    if (typeof input['allow_remote_shopping_assistance'] === 'boolean')
      customer.allowRemoteShoppingAssistance = input['allow_remote_shopping_assistance']
  }

  const carts = createAdobeCarts({
    customerEmail: (id) => customerById(id)?.email ?? null,
  })

  const rootValue = {
    ...carts.resolvers,
    storeConfig: () => storeConfigValue({ requireConfirmation }),
    customer: (_args: Args, context: RequestContext) => customerOutput(requireCustomer(context)),

    isEmailAvailable(args: Args) {
      const email = stringArg(args, 'email')
      if (email === '') throw adobeError(messages.availabilityEmailRequired, 'graphql-input')
      if (!isValidEmail(email)) throw adobeError(messages.availabilityEmailInvalid, 'graphql-input')
      return { is_email_available: findCustomer(email) === undefined }
    },

    async generateCustomerToken(args: Args) {
      const email = stringArg(args, 'email')
      const password = stringArg(args, 'password')
      if (email === '') throw adobeError(messages.emailRequired, 'graphql-input')
      if (password === '') throw adobeError(messages.passwordRequired, 'graphql-input')
      // The lock is checked before the password: a locked account gets the generic message even
      // with the right password, and attempts while locked do not extend the lock.
      if (throttle.isLocked(email) || accountLock.isLocked(email))
        throw adobeError(messages.signInFailed, 'graphql-authentication')
      const customer = findCustomer(email)
      if (!customer || !(await matchCredential(customer, password))) {
        throttle.recordFailure(email)
        if (customer) accountLock.recordFailure(email)
        throw adobeError(messages.signInFailed, 'graphql-authentication')
      }
      if (customer.confirmation === 'pending')
        throw adobeError(messages.notConfirmed, 'graphql-authentication')
      throttle.reset(email)
      accountLock.reset(email)
      return { token: await issueToken(customer) }
    },

    /**
     * Adobe documents no error texts for this mutation: a wrong, spent or expired secret gets
     * generateCustomerToken's generic sign-in failure (graphql-authentication). It neither checks
     * nor feeds the sign-in lockout: the secret is 128 random bits an admin or a mail handed out.
     */
    async exchangeOtpForCustomerToken(args: Args) {
      const email = stringArg(args, 'email')
      const otp = stringArg(args, 'otp')
      if (email === '') throw adobeError(messages.emailRequired, 'graphql-input')
      if (otp === '') throw adobeError(messages.otpRequired, 'graphql-input')
      const customer = findCustomer(email)
      if (!customer || !(await consumeOneTimeSecret(customer, otp)))
        throw adobeError(messages.signInFailed, 'graphql-authentication')
      if (customer.confirmation === 'pending')
        throw adobeError(messages.notConfirmed, 'graphql-authentication')
      return { token: await issueToken(customer) }
    },

    revokeCustomerToken(_args: Args, context: RequestContext) {
      const customer = requireCustomer(context)
      // Magento's Revoker invalidates every token of the customer issued up to now.
      for (const token of tokenRecords) if (token.customerId === customer.id) token.revoked = true
      return { result: true }
    },

    async createCustomerV2(args: Args) {
      const input = inputArg(args)
      if (!input) throw adobeError(messages.inputRequired, 'graphql-input')
      const email = stringArg(input, 'email').trim()
      requiredNames(input, [
        ['firstname', 'First Name'],
        ['lastname', 'Last Name'],
        ['email', 'Email'],
      ])
      if (!isValidEmail(email)) throw adobeError(messages.notAValidEmail(email), 'graphql-input')
      if (findCustomer(email)) throw adobeError(messages.emailExists, 'graphql-input')
      const password = typeof input['password'] === 'string' ? input['password'] : null
      if (password !== null) {
        const problem = passwordProblem(password, email)
        if (problem) throw adobeError(problem, 'graphql-input')
      }
      const passwordHash = password === null ? null : await hashPassword(password)
      // Re-check after the await: another request may have taken the address meanwhile.
      if (findCustomer(email)) throw adobeError(messages.emailExists, 'graphql-input')
      const confirmation = requireConfirmation ? await newConfirmationKey() : null
      const customer = addCustomer({
        email,
        confirmation: confirmation ? 'pending' : 'not-required',
        confirmationKey: confirmation?.pending ?? null,
        passwordHash,
      })
      applyProfile(customer, input)
      if (confirmation) sendConfirmation(customer, confirmation.secret)
      return { customer: customerOutput(customer) }
    },

    updateCustomerV2(args: Args, context: RequestContext) {
      const customer = requireCustomer(context)
      const input = inputArg(args)
      if (!input) throw adobeError(messages.inputRequired, 'graphql-input')
      requiredNames(input, [
        ['firstname', 'First Name'],
        ['lastname', 'Last Name'],
      ])
      applyProfile(customer, input)
      return { customer: customerOutput(customer) }
    },

    async requestPasswordResetEmail(args: Args) {
      const email = stringArg(args, 'email')
      if (email === '') throw adobeError(messages.specifyEmailAddress, 'graphql-input')
      if (!isValidEmail(email)) throw adobeError(messages.emailFormat, 'graphql-input')
      const customer = findCustomer(email)
      if (!customer) throw adobeError(messages.cannotReset, 'graphql-input')
      const { secret, pending } = await newPendingSecret(resetTokenLifetimeMs)
      // A new request replaces the previous token, as Magento overwrites `rp_token`.
      customer.resetToken = pending
      outbox.send({
        api: 'adobe-commerce',
        kind: 'reset-password',
        to: customer.email,
        customerId: String(customer.id),
        token: secret,
        sentAt: clock.now(),
      })
      return true
    },

    async resetPassword(args: Args) {
      const email = stringArg(args, 'email')
      const token = stringArg(args, 'resetPasswordToken')
      const newPassword = stringArg(args, 'newPassword')
      if (email === '') throw adobeError(messages.specifyEmailAddress, 'graphql-input')
      if (!isValidEmail(email)) throw adobeError(messages.emailFormat, 'graphql-input')
      if (token === '') throw adobeError(messages.resetTokenRequired, 'graphql-input')
      if (newPassword === '') throw adobeError(messages.newPasswordRequired, 'graphql-input')
      const customer = findCustomer(email)
      // Magento wraps every failure past this point (unknown email, bad or expired token, weak
      // password) in the same message.
      if (!customer) throw adobeError(messages.cannotSet, 'graphql-input')
      if (!isLive(customer.resetToken, await digestSecret(token)))
        throw adobeError(messages.cannotSet, 'graphql-input')
      if (passwordProblem(newPassword, customer.email) !== null)
        throw adobeError(messages.cannotSet, 'graphql-input')
      customer.resetToken = null
      customer.passwordHash = await hashPassword(newPassword)
      // AccountManagement::resetPassword clears the account lock (failures_num, lock_expires).
      accountLock.reset(customer.email)
      return true
    },

    changeCustomerPassword: createChangeCustomerPassword({
      requireCustomer,
      verifyPassword,
      hashPassword,
      accountLock,
      customerOutput,
    }),

    async confirmEmail(args: Args) {
      const input = inputArg(args) ?? {}
      const email = stringArg(input, 'email')
      if (!isValidEmail(email)) throw adobeError(messages.confirmEmailInvalid, 'graphql-input')
      const customer = findCustomer(email)
      if (!customer) throw adobeError(messages.noSuchEmail(email), 'graphql-input')
      if (customer.confirmation !== 'pending')
        throw adobeError(messages.alreadyActive, 'graphql-input')
      const digest = await digestSecret(stringArg(input, 'confirmation_key'))
      if (customer.confirmationKey?.digest !== digest)
        throw adobeError(messages.confirmationKeyInvalid, 'graphql-input')
      customer.confirmation = 'confirmed'
      customer.confirmationKey = null
      return { customer: customerOutput(customer) }
    },

    async resendConfirmationEmail(args: Args) {
      const email = stringArg(args, 'email')
      if (!isValidEmail(email)) throw adobeError(messages.confirmEmailInvalid, 'graphql-input')
      const customer = findCustomer(email)
      if (!customer) throw adobeError(messages.noUserWithEmail, 'graphql-input')
      if (customer.confirmation !== 'pending')
        throw adobeError(messages.confirmationNotNeeded, 'graphql-input')
      const { secret, pending } = await newConfirmationKey()
      customer.confirmationKey = pending
      sendConfirmation(customer, secret)
      return true
    },
  }

  const servedRoot = {
    ...rootValue,
    ...createDeprecatedCustomerMutations({
      createCustomerV2: rootValue.createCustomerV2,
      updateCustomerV2: rootValue.updateCustomerV2,
      requireCustomer,
      findCustomer,
      passwordMatches: async (customer: CustomerRecord, password: string) =>
        customer.passwordHash !== null && verifyPassword(password, customer.passwordHash),
      changeEmail(customer: CustomerRecord, email: string) {
        byEmail.delete(normalizeEmail(customer.email))
        customer.email = email
        byEmail.set(normalizeEmail(email), customer)
      },
    }),
  }

  const contexts = new WeakMap<Request, RequestContext>()
  const graphqlHandler = createHandler<RequestContext>({
    schema: adobeCommerceSchema(),
    rootValue: servedRoot,
    // The function form replaces graphql-http's rules; an array would be run after graphql-js's.
    validationRules: () => magentoValidationRules,
    context: (req) => contexts.get(req.raw) ?? { customerId: null },
    parseRequestParams: asParseRequestParams(readMagentoRequest),
  })

  /**
   * CustomerGraphQl's AuthorizationRequestValidator: a request that carries a bearer token is
   * refused as a whole (401, graphql-authentication) when the token is unreadable, expired or
   * revoked. Without a bearer token the request runs as a guest.
   */
  async function authenticate(request: Request): Promise<RequestContext | Response> {
    const header = request.headers.get('authorization')
    const pieces = header?.split(' ') ?? []
    if (pieces.length !== 2 || pieces[0]?.toLowerCase() !== 'bearer') return { customerId: null }
    const jwt = pieces[1] ?? ''
    const claims = await signer.read(jwt)
    const record = tokenRecords.find((token) => token.jwt === jwt)
    if (!claims || !record || claims.utypid !== customerUserType)
      return requestErrorResponse(messages.tokenUnreadable, 'graphql-authentication')
    if (claims.exp * 1000 <= clock.now())
      return requestErrorResponse(messages.tokenExpired, 'graphql-authentication')
    if (record.revoked) return requestErrorResponse(messages.tokenRevoked, 'graphql-authentication')
    return { customerId: claims.uid }
  }

  async function withMagentoStatus(response: Response): Promise<Response> {
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json'))
      return response
    const body = await response.text()
    let status = 200
    try {
      const parsed = JSON.parse(body) as { errors?: Pick<GraphQLError, 'extensions'>[] }
      const categorized = parsed.errors?.find(
        (error) => error.extensions?.['category'] !== undefined,
      )
      status = statusForCategory(categorized?.extensions?.['category'])
    } catch {
      // Not JSON after all: pass it through untouched.
    }
    return new Response(body, { status, headers: response.headers })
  }

  async function handleGraphQL(request: Request): Promise<Response> {
    await ready
    const store = request.headers.get('store')
    if (store !== null && !knownStores.has(store))
      return requestErrorResponse(messages.storeNotFound, 'graphql-input')
    const context = await authenticate(request)
    if (context instanceof Response) return context
    const graphQLRequest = acceptingPlainJson(request)
    contexts.set(graphQLRequest, context)
    return withMagentoStatus(await graphqlHandler(graphQLRequest))
  }

  async function issueOneTimeCode(email: string): Promise<string> {
    const customer = findCustomer(email)
    if (!customer) throw new Error(`No Adobe Commerce customer with email ${email}`)
    return issueCodeFor(customer)
  }

  async function issueCodeFor(customer: CustomerRecord): Promise<string> {
    const { secret, pending } = await newPendingSecret(options.oneTimeCodeLifetimeMs)
    customer.oneTimeCodes.push({ ...pending, used: false })
    return secret
  }

  const otpPath = /^\/rest\/(?:[a-z0-9_]+\/)?V1\/customer\/([^/]+)\/otp\/?$/

  /** Magento REST error bodies: `{"message": "...%1...", "parameters": {...}}`. */
  function restError(status: number, message: string, parameters?: Record<string, string>) {
    return Response.json(parameters ? { message, parameters } : { message }, { status })
  }

  async function handleRest(request: Request): Promise<Response | null> {
    const match = otpPath.exec(new URL(request.url).pathname)
    if (!match) return null
    await ready
    if (request.method !== 'POST') return restError(404, 'Request does not match any route.')
    const header = request.headers.get('authorization') ?? ''
    const [scheme = '', token = ''] = header.split(' ')
    if (scheme.toLowerCase() !== 'bearer' || token !== options.adminToken)
      return restError(401, "The consumer isn't authorized to access %resources.", {
        resources: 'Magento_LoginAsCustomer::login',
      })
    const customerId = decodeURIComponent(match[1] ?? '')
    const customer = /^\d+$/.test(customerId) ? customerById(Number(customerId)) : undefined
    if (!customer)
      return restError(404, 'No such entity with %fieldName = %fieldValue', {
        fieldName: 'customerId',
        fieldValue: customerId,
      })
    return Response.json({ otp: await issueCodeFor(customer) })
  }

  return {
    handleGraphQL,
    handleRest,
    issueOneTimeCode,
    customers: () =>
      records.map((record) => ({
        id: record.id,
        email: record.email,
        firstname: record.firstname,
        lastname: record.lastname,
        middlename: record.middlename,
        prefix: record.prefix,
        suffix: record.suffix,
        dateOfBirth: record.dateOfBirth,
        gender: record.gender,
        taxvat: record.taxvat,
        isSubscribed: record.isSubscribed,
        allowRemoteShoppingAssistance: record.allowRemoteShoppingAssistance,
        confirmation: record.confirmation,
        hasPassword: record.passwordHash !== null || seedPasswordsPending.has(record.id),
        createdAt: record.createdAt,
        lockedUntil: throttle.isLocked(record.email)
          ? throttle.lockExpiresAt(record.email)
          : accountLock.isLocked(record.email)
            ? accountLock.lockExpiresAt(record.email)
            : null,
      })),
    carts: carts.snapshot,
    tokens: () =>
      tokenRecords.map((token) => ({
        jwt: token.jwt,
        customerId: token.customerId,
        customer: customerById(token.customerId)?.email ?? '',
        iat: token.iat,
        exp: token.exp,
        revoked: token.revoked,
      })),
  }
}
