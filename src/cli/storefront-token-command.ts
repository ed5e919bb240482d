import {
  createStorefrontAccessToken,
  defaultAdminApiVersion,
  deleteStorefrontAccessToken,
  listStorefrontAccessTokens,
  type AdminApiTarget,
  type StorefrontAccessToken,
} from '../server/index.js'
import type { CliIo } from './cli-io.js'
import { usageError } from './cli-error.js'
import { storefrontTokenHelp } from './help-text.js'
import { parseCommandArgs } from './parse-command-args.js'

const hint = 'Run "storefront-auth storefront-token --help".'

function targetFrom(
  values: { shop?: string; endpoint?: string; 'api-version'?: string },
  io: CliIo,
): AdminApiTarget {
  const adminAccessToken = io.env.SHOPIFY_ADMIN_ACCESS_TOKEN
  if (adminAccessToken === undefined || adminAccessToken.trim() === '')
    throw usageError('Set SHOPIFY_ADMIN_ACCESS_TOKEN to your app’s Admin API access token.')
  const apiVersion = values['api-version'] ?? io.env.SHOPIFY_API_VERSION ?? defaultAdminApiVersion
  const common = { adminAccessToken, apiVersion, ...(io.fetch ? { fetch: io.fetch } : {}) }
  if (values.endpoint !== undefined) {
    if (values.shop !== undefined) throw usageError(`Pass --shop or --endpoint, not both. ${hint}`)
    let url: URL
    try {
      url = new URL(values.endpoint)
    } catch {
      throw usageError(`--endpoint is not a URL: ${values.endpoint}`)
    }
    // A bare origin (the emulator's printed URL) gets the Admin GraphQL path of the version.
    if (url.pathname === '/' || url.pathname === '')
      url = new URL(`/admin/api/${apiVersion}/graphql.json`, url)
    return { ...common, endpoint: url.href }
  }
  const shop = values.shop ?? io.env.SHOPIFY_SHOP
  if (shop === undefined || shop.trim() === '')
    throw usageError(`Set SHOPIFY_SHOP (or pass --shop, or --endpoint). ${hint}`)
  return { ...common, shop }
}

function table(tokens: readonly StorefrontAccessToken[]): string {
  if (tokens.length === 0) return 'No storefront access tokens.\n'
  const rows = [
    ['ID', 'TITLE', 'CREATED', 'ACCESS TOKEN'],
    ...tokens.map((token) => [token.id, token.title, token.createdAt, token.accessToken]),
  ]
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? []
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n')
}

export async function storefrontTokenCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      shop: { type: 'string' },
      endpoint: { type: 'string' },
      'api-version': { type: 'string' },
      title: { type: 'string' },
      reuse: { type: 'boolean' },
      id: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    hint,
  )
  if (values.help) {
    io.stdout.write(storefrontTokenHelp)
    return 0
  }
  const [action, extra] = positionals
  if (extra !== undefined) throw usageError(`Unexpected argument "${extra}". ${hint}`)
  switch (action) {
    case 'create': {
      if (values.title === undefined || values.title.trim() === '')
        throw usageError(`create needs --title. ${hint}`)
      const token = await createStorefrontAccessToken({
        ...targetFrom(values, io),
        title: values.title,
        reuse: values.reuse === true,
      })
      if (values.json) {
        io.stdout.write(`${JSON.stringify(token, null, 2)}\n`)
      } else {
        io.stderr.write(
          `${token.reused ? 'Reusing' : 'Created'} storefront access token "${token.title}" (${token.id}).\n`,
        )
        io.stdout.write(`${token.accessToken}\n`)
      }
      return 0
    }
    case 'list': {
      const tokens = await listStorefrontAccessTokens(targetFrom(values, io))
      io.stdout.write(values.json ? `${JSON.stringify(tokens, null, 2)}\n` : table(tokens))
      return 0
    }
    case 'delete': {
      if (values.id === undefined || values.id.trim() === '')
        throw usageError(`delete needs --id (see "storefront-token list"). ${hint}`)
      const deleted = await deleteStorefrontAccessToken({
        ...targetFrom(values, io),
        id: values.id,
      })
      io.stdout.write(values.json ? `${JSON.stringify({ deleted })}\n` : `Deleted ${deleted}\n`)
      return 0
    }
    case undefined:
      throw usageError(`storefront-token needs an action: create, list or delete. ${hint}`)
    default:
      throw usageError(`Unknown storefront-token action "${action}". ${hint}`)
  }
}
