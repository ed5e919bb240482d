import { parseArgs, type ParseArgsConfig } from 'node:util'
import { usageError } from './cli-error.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** What `parseArgs` returns for these options (spelled out so declaration emit can name it). */
export type ParsedCommandArgs<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>

// Flags people reach for that would put a secret in argv (visible in `ps` and shell history).
const secretFlags: Readonly<Record<string, string>> = {
  '--admin-access-token': 'SHOPIFY_ADMIN_ACCESS_TOKEN',
  '--access-token': 'SHOPIFY_ADMIN_ACCESS_TOKEN',
  '--token': 'SHOPIFY_ADMIN_ACCESS_TOKEN',
  '--secret': 'SHOPIFY_MULTIPASS_SECRET',
  '--multipass-secret': 'SHOPIFY_MULTIPASS_SECRET',
}

/** `util.parseArgs`, with its errors turned into one-line usage errors. */
export function parseCommandArgs<T extends Options>(
  args: readonly string[],
  options: T,
  usageHint: string,
): ParsedCommandArgs<T> {
  for (const arg of args) {
    const flag = arg.split('=')[0] ?? ''
    const variable = secretFlags[flag]
    if (variable !== undefined)
      throw usageError(
        `${flag} is not accepted: secrets on the command line leak into ps and shell history. ` +
          `Set ${variable} in the environment instead.`,
      )
  }
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    throw usageError(`${message} ${usageHint}`)
  }
}
