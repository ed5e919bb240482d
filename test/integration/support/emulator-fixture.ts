import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import { createEmulator } from '../../../src/testing/index.js'
import type { Emulator, EmulatorOptions } from '../../../src/testing/index.js'
import { adobeCommerce, shopifyStorefront } from '../../../src/backends/index.js'
import type { CustomerAuthBackend } from '../../../src/core/backend.js'

export type BackendName = 'shopify' | 'adobe'

export interface EmulatorFixture {
  readonly emulator: Emulator
  readonly url: string
  /** A fresh backend object for the emulator's Shopify Storefront or Adobe Commerce endpoint. */
  backend(name: BackendName): CustomerAuthBackend
  close(): Promise<void>
}

/** The emulator over real HTTP on an ephemeral localhost port. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorFixture> {
  const emulator = createEmulator(options)
  const url = await emulator.listen()
  return {
    emulator,
    url,
    backend(name) {
      return name === 'shopify'
        ? shopifyStorefront({
            endpoint: `${url}${emulator.storefrontPath}`,
            publicAccessToken: emulator.storefrontAccessToken,
            apiVersion: emulator.apiVersion,
          })
        : adobeCommerce({ endpoint: `${url}${emulator.adobeCommercePath}` })
    },
    close: () => emulator.close(),
  }
}

/** Sample customers (see src/testing/sample-customers.ts). */
export const ada = { email: 'ada@example.com', password: 'analytical-engine' } as const
export const grace = { email: 'grace@example.com', password: 'compiler-1952' } as const

/**
 * Starts the emulator for a test file and resets what tests change between tests: the clock
 * (real timers again), stubbed globals, spies, faults, request counters and localStorage. The
 * returned fixture is usable from inside tests (it is filled in before the first one runs).
 */
export function setUpEmulator(options: EmulatorOptions = {}): EmulatorFixture {
  let fixture: EmulatorFixture | undefined
  const current = (): EmulatorFixture => {
    if (!fixture) throw new Error('The emulator fixture is used before beforeAll started it')
    return fixture
  }
  beforeAll(async () => {
    fixture = await startEmulator(options)
  })
  afterAll(() => current().close())
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    current().emulator.faults.clear()
    current().emulator.requests.reset()
    localStorage.clear()
  })
  return {
    get emulator() {
      return current().emulator
    },
    get url() {
      return current().url
    },
    backend: (name) => current().backend(name),
    close: () => current().close(),
  }
}
