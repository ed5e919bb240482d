import type { EmulatorClock } from '../emulator-clock.js'
import { randomHex } from '../random-token.js'

/** A storefront access token as the emulator's Admin API keeps it. */
export interface StorefrontAccessTokenRecord {
  /** `gid://shopify/StorefrontAccessToken/{n}` */
  readonly id: string
  readonly accessToken: string
  readonly title: string
  /** Epoch ms. */
  readonly createdAt: number
  /** Epoch ms, or null while active. */
  readonly deletedAt: number | null
}

/** Shopify: "An app can have a maximum of 100 active storefront access tokens for each shop." */
export const storefrontAccessTokenLimit = 100

export interface StorefrontAccessTokenStore {
  /** Every token ever created, deleted ones included, oldest first. */
  all(): readonly StorefrontAccessTokenRecord[]
  active(): readonly StorefrontAccessTokenRecord[]
  isActive(accessToken: string): boolean
  /** Null once the limit of active tokens is reached. */
  create(title: string, accessToken?: string): StorefrontAccessTokenRecord | null
  /** The deleted record, or null when no active token has that id. */
  delete(id: string): StorefrontAccessTokenRecord | null
}

export function createStorefrontAccessTokenStore(clock: EmulatorClock): StorefrontAccessTokenStore {
  const records: StorefrontAccessTokenRecord[] = []
  let nextId = 1
  const active = (): StorefrontAccessTokenRecord[] =>
    records.filter((record) => record.deletedAt === null)
  return {
    all: () => records.slice(),
    active,
    isActive: (accessToken) =>
      records.some((record) => record.deletedAt === null && record.accessToken === accessToken),
    create(title, accessToken = randomHex()) {
      if (active().length >= storefrontAccessTokenLimit) return null
      const record: StorefrontAccessTokenRecord = {
        id: `gid://shopify/StorefrontAccessToken/${nextId++}`,
        accessToken,
        title,
        createdAt: clock.now(),
        deletedAt: null,
      }
      records.push(record)
      return record
    },
    delete(id) {
      const index = records.findIndex((record) => record.id === id && record.deletedAt === null)
      const record = records[index]
      if (!record) return null
      const deleted = { ...record, deletedAt: clock.now() }
      records[index] = deleted
      return deleted
    },
  }
}
