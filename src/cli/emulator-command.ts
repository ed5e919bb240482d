import type { SeedCustomer } from '../testing/seed-customer.js'
import type { CliIo } from './cli-io.js'
import { CliError, usageError } from './cli-error.js'
import { emulatorHelp } from './help-text.js'
import { parseCommandArgs } from './parse-command-args.js'
import { readSeedFile } from './seed-file.js'
import {
  fallForwardShopifyApiVersion,
  servedShopifyApiVersions,
} from '../testing/shopify-api-versions.js'

const hint = 'Run "storefront-auth emulator --help".'

function parsePort(value: string | undefined): number {
  if (value === undefined) return 4000
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535)
    throw usageError(`--port must be a number from 0 to 65535, got "${value}".`)
  return port
}

/** The first customer who can sign in with a password on both APIs, to print as an example. */
function sampleSignIn(customers: readonly SeedCustomer[]): SeedCustomer | undefined {
  return customers.find(
    (customer) =>
      customer.password !== undefined &&
      (customer.state ?? 'enabled') === 'enabled' &&
      customer.confirmed !== false,
  )
}

function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal === undefined) return
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', () => resolve(), { once: true })
  })
}

export async function emulatorCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    hint,
  )
  if (values.help) {
    io.stdout.write(emulatorHelp)
    return 0
  }
  if (positionals.length > 0) throw usageError(`Unexpected argument "${positionals[0]}". ${hint}`)
  const port = parsePort(values.port)
  const host = values.host ?? '127.0.0.1'
  const seeded =
    values.seed === undefined ? undefined : await readSeedFile(values.seed, io.cwd ?? process.cwd())

  // Loaded only for this command: the emulator carries the whole Storefront schema.
  const { createEmulator, sampleCustomers } = await import('../testing/index.js')
  const customers = seeded ?? sampleCustomers
  // A dev server: expiries follow the wall clock (tests of the library keep the manual one).
  const emulator = createEmulator({ customers, clock: 'real-time' })
  let url: string
  try {
    url = await emulator.listen({ port, host })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE')
      throw new CliError(
        `Port ${port} is in use on ${host}; pass another --port (0 picks a free one).`,
      )
    throw new CliError(`Cannot listen on ${host}:${port} (${code ?? (error as Error).message}).`)
  }

  const someone = sampleSignIn(customers)
  io.stdout.write(
    [
      `storefront-auth emulator listening on ${url}`,
      '',
      `Shopify Storefront API  ${url}${emulator.storefrontPath}`,
      `  X-Shopify-Storefront-Access-Token: ${emulator.storefrontAccessToken}`,
      `  Shopify-Storefront-Private-Token: ${emulator.privateStorefrontAccessToken}`,
      `Shopify Admin API       ${url}${emulator.adminPath}`,
      `  X-Shopify-Access-Token: ${emulator.adminAccessToken}`,
      `  every Shopify path also answers as ${servedShopifyApiVersions.join(', ')}; other versions fall forward to ${fallForwardShopifyApiVersion}`,
      `Adobe Commerce GraphQL  ${url}${emulator.adobeCommercePath}`,
      `  admin REST token (POST /rest/V1/customer/:id/otp): ${emulator.adobeAdminToken}`,
      `Mails sent (outbox)     ${url}${emulator.outboxPath}`,
      `Multipass secret        ${emulator.multipassSecret}`,
      `Shop domain             ${emulator.shopDomain}`,
      '',
      someone
        ? `Sign in as ${someone.email} with password ${someone.password}`
        : 'No seeded customer has a password; create one with customerCreate or createCustomerV2.',
      `${customers.length} customer${customers.length === 1 ? '' : 's'} seeded. These values are for this emulator only.`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )

  await untilAborted(io.signal)
  await emulator.close()
  io.stderr.write('Emulator stopped.\n')
  return 0
}
