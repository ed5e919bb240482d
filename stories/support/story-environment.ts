import { adobeCommerce, shopifyStorefront } from '../../src/backends/index.js'
import type { CustomerAuthBackend } from '../../src/core/backend.js'
import type { CustomerSession } from '../../src/core/session.js'
import type { StorageOption } from '../../src/core/customer-auth.js'
import type {
  Emulator,
  EmulatorFaultSpec,
  EmulatorOptions,
  OutboxMail,
} from '../../src/testing/index.js'
import { sampleCustomers } from '../../src/testing/sample-customers.js'

export type StoryVendor = 'shopify' | 'adobe-commerce'

/** `parameters.customerAuth` of a story: which API, in which state, with which faults. */
export interface CustomerAuthStoryParameters {
  readonly vendor?: StoryVendor
  /** A sample customer's email: the story starts signed in as them. */
  readonly signedInAs?: string
  /** Start with a session whose token has already expired (the `expired` state). */
  readonly expired?: boolean
  /** Faults put into a story's own emulator (implies `isolated`). */
  readonly faults?: readonly EmulatorFaultSpec[]
  /** Options for a story's own emulator (implies `isolated`). */
  readonly emulator?: EmulatorOptions
  /**
   * Give the story an emulator of its own, in the page, even when a dev server offers a shared
   * one: its counters and faults then belong to this story alone.
   */
  readonly isolated?: boolean
  /** Wrong-password sign-ins made before the story renders (to reach the throttle). */
  readonly failedSignInsBefore?: { readonly email: string; readonly count: number }
  /** Default `'memory'`, so stories never share a session through localStorage. */
  readonly storage?: StorageOption
  /**
   * Keep the session in localStorage on `npm start`, so a reload or a second tab keeps it. Only
   * with the dev server's shared emulator (an in-page one forgets its tokens on reload) and
   * never under test, where stories would leak into each other.
   */
  readonly persist?: boolean
}

export interface StoryEnvironment {
  readonly vendor: StoryVendor
  readonly backend: CustomerAuthBackend
  /** The story's own emulator, or `null` when it talks to the dev server's over HTTP. */
  readonly emulator: Emulator | null
  readonly initialSession: CustomerSession | null | undefined
  readonly storage: StorageOption
  /** Only the persistent demo joins other tabs; other stories stay to themselves. */
  readonly crossTab: boolean
  /** Where requests go: `same-origin middleware` or `in-page emulator`. */
  readonly transport: 'same-origin middleware' | 'in-page emulator'
  /**
   * The mails the story's shop (its `vendor`'s API) sent, oldest first, read over HTTP from the
   * emulator's outbox (`GET /emulator/outbox`) through the same transport as the API calls.
   */
  readonly readOutbox: () => Promise<readonly OutboxMail[]>
}

/** Reads the emulator's outbox with the given fetch (the page's own, or the emulator's). */
function outboxReader(
  vendor: StoryVendor,
  outboxPath: string,
  fetchImpl: typeof fetch,
): () => Promise<readonly OutboxMail[]> {
  const url = new URL(outboxPath, globalThis.location?.origin ?? 'http://localhost').href
  return async () => {
    const response = await fetchImpl(url, { cache: 'no-store' })
    if (!response.ok) throw new Error(`The emulator's outbox answered HTTP ${response.status}`)
    const { mails } = (await response.json()) as { mails: readonly OutboxMail[] }
    // One emulator runs both shops: a story shows only the mails of its own.
    return mails.filter((mail) => mail.api === vendor)
  }
}

const sharedEmulator = typeof __SFA_EMULATOR__ === 'undefined' ? undefined : __SFA_EMULATOR__

function backendFor(
  vendor: StoryVendor,
  paths: { storefrontPath: string; adobeCommercePath: string; storefrontAccessToken: string },
  fetchImpl?: typeof fetch,
): CustomerAuthBackend {
  const origin = globalThis.location?.origin ?? 'http://localhost'
  const fetchOption = fetchImpl ? { fetch: fetchImpl } : {}
  return vendor === 'shopify'
    ? shopifyStorefront({
        endpoint: new URL(paths.storefrontPath, origin).href,
        publicAccessToken: paths.storefrontAccessToken,
        ...fetchOption,
      })
    : adobeCommerce({ endpoint: new URL(paths.adobeCommercePath, origin).href, ...fetchOption })
}

function passwordOf(email: string): string {
  const customer = sampleCustomers.find((candidate) => candidate.email === email)
  if (!customer?.password) throw new Error(`No sample customer with a password: ${email}`)
  return customer.password
}

/**
 * Builds what a story renders against. On `npm start` (and under vitest) the requests go to the
 * emulator the dev server mounts on the same origin; in the static build, or for a story that
 * needs faults or counters of its own, an emulator runs inside the page as the client's fetch.
 */
export async function createStoryEnvironment(
  parameters: CustomerAuthStoryParameters = {},
): Promise<StoryEnvironment> {
  const vendor = parameters.vendor ?? 'shopify'
  const isolated =
    parameters.isolated || parameters.faults !== undefined || parameters.emulator !== undefined
  let backend: CustomerAuthBackend
  let emulator: Emulator | null = null
  let readOutbox: StoryEnvironment['readOutbox']
  if (sharedEmulator && !isolated) {
    backend = backendFor(vendor, sharedEmulator)
    readOutbox = outboxReader(vendor, sharedEmulator.outboxPath, (input, init) =>
      fetch(input, init),
    )
  } else {
    // Loaded only when needed: the dev server's stories never pay for the in-page emulator.
    const { createEmulator } = await import('../../src/testing/index.js')
    emulator = createEmulator(parameters.emulator)
    backend = backendFor(vendor, emulator, emulator.fetch)
    readOutbox = outboxReader(vendor, emulator.outboxPath, emulator.fetch)
  }

  let initialSession: CustomerSession | null | undefined
  if (parameters.signedInAs) {
    const email = parameters.signedInAs
    // Signed in through the backend's public API, exactly as a LoginForm would.
    const token = await backend.login(
      { email, password: passwordOf(email) },
      { client: backend.createClient() },
    )
    initialSession = { ...token, sessionId: `story-${email}` }
  }
  if (parameters.expired) {
    const lifetime = 60 * 60 * 1000
    initialSession = {
      accessToken: 'expired-story-token',
      issuedAt: Date.now() - 2 * lifetime,
      expiresAt: Date.now() - lifetime,
      sessionId: 'story-expired',
    }
  }
  const failed = parameters.failedSignInsBefore
  for (let attempt = 0; failed && attempt < failed.count; attempt++) {
    await backend
      .login(
        { email: failed.email, password: 'wrong-password' },
        { client: backend.createClient() },
      )
      .then(
        () => Promise.reject(new Error('A wrong password was accepted')),
        () => undefined,
      )
  }
  // Faults go in after the sign-in above, so they only touch what the story itself does.
  for (const fault of parameters.faults ?? []) emulator?.faults.add(fault)

  return {
    vendor,
    backend,
    emulator,
    initialSession,
    storage:
      parameters.storage ??
      (parameters.persist && !emulator && import.meta.env.MODE !== 'test' ? 'local' : 'memory'),
    crossTab: parameters.persist === true,
    transport: emulator ? 'in-page emulator' : 'same-origin middleware',
    readOutbox,
  }
}
