import type { MultipassCustomerData } from '../multipass/multipass-token.js'
import { generateMultipassToken } from '../server/index.js'
import type { CliIo } from './cli-io.js'
import { usageError } from './cli-error.js'
import { multipassHelp } from './help-text.js'
import { parseCommandArgs } from './parse-command-args.js'

const hint = 'Run "storefront-auth multipass --help".'

export async function multipassCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      email: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
      'tag-string': { type: 'string' },
      identifier: { type: 'string' },
      'remote-ip': { type: 'string' },
      'return-to': { type: 'string' },
      url: { type: 'boolean' },
      shop: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    hint,
  )
  if (values.help) {
    io.stdout.write(multipassHelp)
    return 0
  }
  if (positionals.length > 0) throw usageError(`Unexpected argument "${positionals[0]}". ${hint}`)
  const secret = io.env.SHOPIFY_MULTIPASS_SECRET
  if (secret === undefined || secret.trim() === '')
    throw usageError('Set SHOPIFY_MULTIPASS_SECRET to the shop’s Multipass secret.')
  const email = values.email
  if (email === undefined || !/^[^\s@]+@[^\s@]+$/.test(email))
    throw usageError(`--email needs the customer's email address. ${hint}`)

  let shop: string | undefined
  if (values.url) {
    shop = (values.shop ?? io.env.SHOPIFY_SHOP ?? '')
      .trim()
      .replace(/^https:\/\//, '')
      .replace(/\/+$/, '')
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(shop))
      throw usageError('--url needs the storefront domain: pass --shop or set SHOPIFY_SHOP.')
  }

  const customer: MultipassCustomerData = {
    email,
    ...(values['first-name'] === undefined ? {} : { first_name: values['first-name'] }),
    ...(values['last-name'] === undefined ? {} : { last_name: values['last-name'] }),
    ...(values['tag-string'] === undefined ? {} : { tag_string: values['tag-string'] }),
    ...(values.identifier === undefined ? {} : { identifier: values.identifier }),
    ...(values['remote-ip'] === undefined ? {} : { remote_ip: values['remote-ip'] }),
    ...(values['return-to'] === undefined ? {} : { return_to: values['return-to'] }),
  }
  const token = await generateMultipassToken(secret.trim(), customer)
  io.stdout.write(
    shop === undefined ? `${token}\n` : `https://${shop}/account/login/multipass/${token}\n`,
  )
  return 0
}
