import type { EmulatorClock } from '../emulator-clock.js'
import type { Outbox } from '../outbox.js'
import { hashPassword, verifyPassword, type PasswordHash } from '../password-hash.js'
import { randomHex } from '../random-token.js'
import type { SeedCustomer } from '../seed-customer.js'
import {
  applyAddressInput,
  emptyAddressFields,
  type AddressBook,
  type AddressInput,
  type AddressRecord,
} from './customer-address-book.js'
import type { OrderRecord } from './customer-order-record.js'

/** A Shopify customer as tests see it (no password material). */
export interface EmulatedShopifyCustomer {
  /** `gid://shopify/Customer/{n}` */
  readonly id: string
  readonly email: string
  readonly firstName: string | null
  readonly lastName: string | null
  readonly phone: string | null
  readonly acceptsMarketing: boolean
  readonly state: 'enabled' | 'disabled' | 'invited'
  readonly tags: readonly string[]
  /** The Multipass `identifier` last signed in with, or null (never used to look a customer up). */
  readonly multipassIdentifier: string | null
  readonly hasPassword: boolean
  /** Epoch ms. */
  readonly createdAt: number
  readonly updatedAt: number
}

/** A customer access token as tests see it. */
export interface EmulatedCustomerAccessToken {
  /** `gid://shopify/CustomerAccessToken/{n}` */
  readonly id: string
  readonly accessToken: string
  /** `gid://shopify/Customer/{n}` */
  readonly customerId: string
  /** Epoch ms. */
  readonly issuedAt: number
  /** Epoch ms. */
  readonly expiresAt: number
  /** `invalidated`: a password change ended it. */
  readonly status: 'active' | 'expired' | 'deleted' | 'invalidated'
}

export interface CustomerRecord {
  readonly number: number
  email: string
  firstName: string | null
  lastName: string | null
  phone: string | null
  acceptsMarketing: boolean
  state: 'enabled' | 'disabled' | 'invited'
  tags: string[]
  multipassIdentifier: string | null
  /** A promise so seeding stays synchronous while PBKDF2 runs. */
  passwordHash: Promise<PasswordHash> | null
  activationToken: string | null
  resetToken: string | null
  readonly createdAt: number
  updatedAt: number
  readonly addressBook: AddressBook
  readonly orders: OrderRecord[]
}

export interface TokenRecord {
  readonly number: number
  readonly accessToken: string
  readonly customerNumber: number
  readonly issuedAt: number
  expiresAt: number
  deletedAt: number | null
  invalidatedAt: number | null
}

export interface ShopifyCustomerStoreOptions {
  readonly clock: EmulatorClock
  readonly outbox: Outbox
  readonly shopDomain: string
  readonly seed: readonly SeedCustomer[]
  readonly tokenLifetimeMs: number
}

export const customerGid = (customer: CustomerRecord): string =>
  `gid://shopify/Customer/${customer.number}`

/**
 * The emulated shop's customers and their access tokens. The GraphQL resolvers hold the API
 * rules; this holds the state and the few operations every rule shares.
 */
export class ShopifyCustomerStore {
  private readonly customers: CustomerRecord[] = []
  private readonly tokens: TokenRecord[] = []
  private nextCustomer = 1001
  private nextToken = 1
  private nextAddress = 1
  private nextOrder = 1001
  readonly clock: EmulatorClock
  readonly outbox: Outbox
  readonly shopDomain: string
  readonly tokenLifetimeMs: number

  constructor(options: ShopifyCustomerStoreOptions) {
    this.clock = options.clock
    this.outbox = options.outbox
    this.shopDomain = options.shopDomain
    this.tokenLifetimeMs = options.tokenLifetimeMs
    for (const seed of options.seed) {
      if (this.findByEmail(seed.email))
        throw new TypeError(`Duplicate seeded customer email: ${seed.email}`)
      const customer = this.add({
        email: seed.email,
        firstName: seed.firstName ?? null,
        lastName: seed.lastName ?? null,
        phone: seed.phone ?? null,
        acceptsMarketing: seed.acceptsMarketing ?? false,
        state: seed.state ?? 'enabled',
        password: seed.password ?? null,
      })
      // Shopify emails an invite when a merchant invites a customer; seeding models that moment.
      if (customer.state === 'invited') this.sendActivation(customer)
      for (const address of seed.addresses ?? []) this.addAddress(customer, address)
      for (const order of seed.orders ?? []) {
        const processedAt = Date.parse(order.processedAt)
        if (Number.isNaN(processedAt))
          throw new TypeError(`Seeded order processedAt is not a date: ${order.processedAt}`)
        const orderNumber = this.nextOrder++
        customer.orders.push({ number: orderNumber, orderNumber, processedAt, seed: order })
      }
    }
  }

  add(input: {
    email: string
    firstName: string | null
    lastName: string | null
    phone: string | null
    acceptsMarketing: boolean
    state: CustomerRecord['state']
    password: string | null
    tags?: string[]
    multipassIdentifier?: string | null
  }): CustomerRecord {
    const now = this.clock.now()
    const customer: CustomerRecord = {
      number: this.nextCustomer++,
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.phone,
      acceptsMarketing: input.acceptsMarketing,
      state: input.state,
      tags: input.tags ?? [],
      multipassIdentifier: input.multipassIdentifier ?? null,
      passwordHash: input.password === null ? null : hashPassword(input.password),
      activationToken: null,
      resetToken: null,
      createdAt: now,
      updatedAt: now,
      addressBook: { addresses: [], defaultNumber: null },
      orders: [],
    }
    this.customers.push(customer)
    return customer
  }

  findByEmail(email: string): CustomerRecord | undefined {
    const wanted = email.trim().toLowerCase()
    return this.customers.find((customer) => customer.email.toLowerCase() === wanted)
  }

  findByPhone(phone: string): CustomerRecord | undefined {
    return this.customers.find((customer) => customer.phone === phone)
  }

  /** Accepts a `gid://shopify/Customer/{n}` or the bare number (as in reset/activation URLs). */
  findById(id: string): CustomerRecord | undefined {
    const match = /^(?:gid:\/\/shopify\/Customer\/)?(\d+)$/.exec(id.trim())
    if (!match) return undefined
    const number = Number(match[1])
    return this.customers.find((customer) => customer.number === number)
  }

  async passwordMatches(customer: CustomerRecord, password: string): Promise<boolean> {
    if (customer.passwordHash === null) return false
    return verifyPassword(password, await customer.passwordHash)
  }

  setPassword(customer: CustomerRecord, password: string): void {
    customer.passwordHash = hashPassword(password)
    this.touch(customer)
  }

  /** Adds an address; a customer's first address becomes their default, as on Shopify. */
  addAddress(customer: CustomerRecord, input: AddressInput): AddressRecord {
    const address = {
      number: this.nextAddress++,
      fields: applyAddressInput(emptyAddressFields(), input),
    }
    customer.addressBook.addresses.push(address)
    customer.addressBook.defaultNumber ??= address.number
    this.touch(customer)
    return address
  }

  touch(customer: CustomerRecord): void {
    customer.updatedAt = this.clock.now()
  }

  /** Expiry is kept to whole seconds: what the API reports is exactly what it enforces. */
  private expiryFromNow(): number {
    return Math.floor((this.clock.now() + this.tokenLifetimeMs) / 1000) * 1000
  }

  issueToken(customer: CustomerRecord): TokenRecord {
    const token: TokenRecord = {
      number: this.nextToken++,
      accessToken: randomHex(),
      customerNumber: customer.number,
      issuedAt: this.clock.now(),
      expiresAt: this.expiryFromNow(),
      deletedAt: null,
      invalidatedAt: null,
    }
    this.tokens.push(token)
    return token
  }

  /** The token if it is active now: not expired, deleted or invalidated. */
  liveToken(accessToken: string): TokenRecord | undefined {
    const token = this.tokens.find((candidate) => candidate.accessToken === accessToken)
    if (!token || this.tokenStatus(token) !== 'active') return undefined
    return token
  }

  renew(token: TokenRecord): void {
    token.expiresAt = this.expiryFromNow()
  }

  delete(token: TokenRecord): void {
    token.deletedAt = this.clock.now()
  }

  /** Ends every token the customer holds (a password change or reset). */
  invalidateTokens(customer: CustomerRecord): void {
    const now = this.clock.now()
    for (const token of this.tokens)
      if (token.customerNumber === customer.number && token.invalidatedAt === null)
        token.invalidatedAt = now
  }

  customerOf(token: TokenRecord): CustomerRecord | undefined {
    return this.customers.find((customer) => customer.number === token.customerNumber)
  }

  tokenStatus(token: TokenRecord): EmulatedCustomerAccessToken['status'] {
    if (token.deletedAt !== null) return 'deleted'
    if (token.invalidatedAt !== null) return 'invalidated'
    if (this.clock.now() >= token.expiresAt) return 'expired'
    return 'active'
  }

  activationUrl(customer: CustomerRecord, token: string): string {
    return `https://${this.shopDomain}/account/activate/${customer.number}/${token}`
  }

  resetUrl(customer: CustomerRecord, token: string): string {
    return `https://${this.shopDomain}/account/reset/${customer.number}/${token}`
  }

  /** Emails an account invite; a newer invite replaces the older one's token. */
  sendActivation(customer: CustomerRecord): void {
    const token = randomHex()
    customer.activationToken = token
    this.outbox.send({
      api: 'shopify',
      kind: 'activate',
      to: customer.email,
      customerId: customerGid(customer),
      token,
      url: this.activationUrl(customer, token),
      sentAt: this.clock.now(),
    })
  }

  /** Emails a password reset link; a newer link replaces the older one's token. */
  sendRecovery(customer: CustomerRecord): void {
    const token = randomHex()
    customer.resetToken = token
    this.outbox.send({
      api: 'shopify',
      kind: 'recover',
      to: customer.email,
      customerId: customerGid(customer),
      token,
      url: this.resetUrl(customer, token),
      sentAt: this.clock.now(),
    })
  }

  snapshotCustomers(): EmulatedShopifyCustomer[] {
    return this.customers.map((customer) => ({
      id: customerGid(customer),
      email: customer.email,
      firstName: customer.firstName,
      lastName: customer.lastName,
      phone: customer.phone,
      acceptsMarketing: customer.acceptsMarketing,
      state: customer.state,
      tags: customer.tags.slice(),
      multipassIdentifier: customer.multipassIdentifier,
      hasPassword: customer.passwordHash !== null,
      createdAt: customer.createdAt,
      updatedAt: customer.updatedAt,
    }))
  }

  snapshotTokens(): EmulatedCustomerAccessToken[] {
    return this.tokens.map((token) => ({
      id: `gid://shopify/CustomerAccessToken/${token.number}`,
      accessToken: token.accessToken,
      customerId: `gid://shopify/Customer/${token.customerNumber}`,
      issuedAt: token.issuedAt,
      expiresAt: token.expiresAt,
      status: this.tokenStatus(token),
    }))
  }
}
