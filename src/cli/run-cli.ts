import { AdminApiError } from '../server/admin-api-error.js'
import { AdobeCommerceAdminError } from '../server/adobe-commerce-admin-error.js'
import { MultipassTokenError } from '../multipass/multipass-token.js'
import { CliError } from './cli-error.js'
import type { CliIo } from './cli-io.js'
import { emulatorCommand } from './emulator-command.js'
import { mainHelp } from './help-text.js'
import { multipassCommand } from './multipass-command.js'
import { storefrontTokenCommand } from './storefront-token-command.js'

export type { CliIo } from './cli-io.js'

const commands: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> =
  {
    emulator: emulatorCommand,
    'storefront-token': storefrontTokenCommand,
    multipass: multipassCommand,
  }

function firstLine(text: string): string {
  return text.split('\n')[0] ?? ''
}

/**
 * Runs one CLI invocation and resolves to its exit code: 0 success, 1 a failed operation, 2 a
 * usage mistake. Failures are one line on stderr, never a stack trace, and never a secret (the
 * helpers' errors do not carry tokens).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.stderr : io.stdout).write(mainHelp)
    return name === undefined ? 2 : 0
  }
  const command = commands[name]
  if (command === undefined) {
    io.stderr.write(`storefront-auth: unknown command "${name}". Run "storefront-auth --help".\n`)
    return 2
  }
  try {
    return await command(args, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`storefront-auth ${name}: ${firstLine(error.message)}\n`)
      return error.exitCode
    }
    if (
      error instanceof AdminApiError ||
      error instanceof AdobeCommerceAdminError ||
      error instanceof MultipassTokenError
    ) {
      io.stderr.write(`storefront-auth ${name}: ${error.code}: ${firstLine(error.message)}\n`)
      return error.code === 'INVALID_INPUT' ? 2 : 1
    }
    const message = error instanceof Error ? firstLine(error.message) : String(error)
    io.stderr.write(`storefront-auth ${name}: unexpected error: ${message}\n`)
    return 1
  }
}
