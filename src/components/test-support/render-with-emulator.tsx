import { StrictMode, type ReactNode } from 'react'
import { render, type RenderResult } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { adobeCommerce, shopifyStorefront } from '../../backends/index.js'
import type { CustomerAuthBackend } from '../../core/backend.js'
import type { CustomerSession } from '../../core/session.js'
import { CustomerAuthProvider } from '../../react/index.js'
import {
  createEmulator,
  sampleCustomers,
  type Emulator,
  type EmulatorFaultSpec,
  type EmulatorOptions,
} from '../../testing/index.js'

export interface RenderWithEmulatorOptions {
  readonly vendor?: 'shopify' | 'adobe-commerce'
  readonly emulator?: EmulatorOptions
  /** A sample customer's email: render signed in as them. */
  readonly signedInAs?: string
  /** A session to start with instead (e.g. one that has already expired). */
  readonly initialSession?: CustomerSession
  /** Added after the sign-in above, so they only touch what the test does. */
  readonly faults?: readonly EmulatorFaultSpec[]
}

/** What a `ui` function gets before rendering (to request a mail whose link the page carries). */
export interface EmulatorSetup {
  readonly emulator: Emulator
  readonly backend: CustomerAuthBackend
}

export interface RenderWithEmulatorResult extends RenderResult {
  readonly emulator: Emulator
  readonly backend: CustomerAuthBackend
  readonly user: ReturnType<typeof userEvent.setup>
}

/**
 * Renders `ui` under StrictMode inside a provider whose backend talks to a fresh emulator through
 * its in-process `fetch` (jsdom has no server to reach). Test helper for the component tests.
 */
export async function renderWithEmulator(
  ui: ReactNode | ((setup: EmulatorSetup) => Promise<ReactNode>),
  options: RenderWithEmulatorOptions = {},
): Promise<RenderWithEmulatorResult> {
  const emulator = createEmulator(options.emulator)
  const backend =
    options.vendor === 'adobe-commerce'
      ? adobeCommerce({
          endpoint: `http://localhost${emulator.adobeCommercePath}`,
          fetch: emulator.fetch,
        })
      : shopifyStorefront({
          endpoint: `http://localhost${emulator.storefrontPath}`,
          publicAccessToken: emulator.storefrontAccessToken,
          fetch: emulator.fetch,
        })
  let initialSession: CustomerSession | undefined = options.initialSession
  if (options.signedInAs) {
    const customer = sampleCustomers.find((candidate) => candidate.email === options.signedInAs)
    if (!customer?.password) throw new Error(`No sample customer ${options.signedInAs}`)
    const token = await backend.login(
      { email: customer.email, password: customer.password },
      { client: backend.createClient() },
    )
    initialSession = { ...token, sessionId: 'test-session' }
  }
  for (const fault of options.faults ?? []) emulator.faults.add(fault)
  const user = userEvent.setup()
  const tree = typeof ui === 'function' ? await ui({ emulator, backend }) : ui
  const result = render(
    <StrictMode>
      <CustomerAuthProvider
        backend={backend}
        storage="memory"
        crossTab={false}
        initialSession={initialSession}
      >
        {tree}
      </CustomerAuthProvider>
    </StrictMode>,
  )
  return { ...result, emulator, backend, user }
}
