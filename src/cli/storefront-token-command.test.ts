import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../testing/index.js'
import { runCaptured } from './test-support/run-captured.js'

let emulator: Emulator
let baseUrl: string

beforeEach(async () => {
  emulator = createEmulator()
  baseUrl = await emulator.listen()
})

afterEach(async () => {
  await emulator.close()
})

const cli = (argv: string[], env: Record<string, string | undefined> = {}) =>
  runCaptured(argv, { SHOPIFY_ADMIN_ACCESS_TOKEN: emulator.adminAccessToken, ...env })

describe('storefront-auth storefront-token', () => {
  it('creates a token and prints it alone on stdout, for $(…) in scripts', async () => {
    const result = await cli([
      'storefront-token',
      'create',
      '--title',
      'CLI',
      '--endpoint',
      baseUrl,
    ])
    expect(result.code).toBe(0)
    const created = emulator.admin.storefrontAccessTokens().find((token) => token.title === 'CLI')
    expect(result.stdout).toBe(`${created?.accessToken}\n`)
    expect(result.stderr).toBe(`Created storefront access token "CLI" (${created?.id}).\n`)
  })

  it('with --reuse, prints the same token again and creates nothing', async () => {
    const args = [
      'storefront-token',
      'create',
      '--title',
      'Deploy',
      '--reuse',
      '--endpoint',
      baseUrl,
    ]
    const first = await cli(args)
    const second = await cli(args)
    expect(second.stdout).toBe(first.stdout)
    expect(second.stderr).toMatch(/^Reusing storefront access token "Deploy"/)
    expect(
      emulator.admin.storefrontAccessTokens().filter((t) => t.title === 'Deploy'),
    ).toHaveLength(1)
  })

  it('lists tokens as a table, or as JSON with --json', async () => {
    await cli(['storefront-token', 'create', '--title', 'Listed', '--endpoint', baseUrl])
    const table = await cli(['storefront-token', 'list', '--endpoint', baseUrl])
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+TITLE\s+CREATED\s+ACCESS TOKEN$/)
    expect(table.stdout).toContain('Listed')
    const json = await cli(['storefront-token', 'list', '--json', '--endpoint', baseUrl])
    const tokens = JSON.parse(json.stdout) as Array<{ title: string }>
    expect(tokens.map((token) => token.title)).toContain('Listed')
  })

  it('deletes a token by id', async () => {
    const created = await cli([
      'storefront-token',
      'create',
      '--title',
      'Gone',
      '--json',
      '--endpoint',
      baseUrl,
    ])
    const { id } = JSON.parse(created.stdout) as { id: string }
    const result = await cli(['storefront-token', 'delete', '--id', id, '--endpoint', baseUrl])
    expect(result).toEqual({ code: 0, stdout: `Deleted ${id}\n`, stderr: '' })
    expect(
      emulator.admin.storefrontAccessTokens().find((t) => t.id === id)?.deletedAt,
    ).not.toBeNull()
  })

  it('reads the shop and API version from the environment, the full endpoint from --endpoint', async () => {
    const result = await cli(
      ['storefront-token', 'list', '--endpoint', `${baseUrl}${emulator.adminPath}`],
      {
        SHOPIFY_API_VERSION: '2026-04',
      },
    )
    expect(result.code).toBe(0)
  })

  it('fails with one line and exit 1 when the admin token is refused, without printing it', async () => {
    const result = await cli(['storefront-token', 'list', '--endpoint', baseUrl], {
      SHOPIFY_ADMIN_ACCESS_TOKEN: 'shpat_not_valid',
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^storefront-auth storefront-token: UNAUTHORIZED: .+\n$/)
    expect(result.stderr).not.toContain('shpat_not_valid')
  })

  it('reports the token limit as its own one-line error', async () => {
    for (let i = emulator.admin.storefrontAccessTokens().length; i < 100; i++)
      await cli(['storefront-token', 'create', '--title', `T${i}`, '--endpoint', baseUrl])
    const result = await cli([
      'storefront-token',
      'create',
      '--title',
      'Extra',
      '--endpoint',
      baseUrl,
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^storefront-auth storefront-token: TOKEN_LIMIT_REACHED: .+\n$/)
  }, 30_000)

  it('refuses an admin token on the command line, pointing to the environment variable', async () => {
    const result = await cli(
      ['storefront-token', 'list', '--endpoint', baseUrl, '--admin-access-token=shpat_leaked'],
      { SHOPIFY_ADMIN_ACCESS_TOKEN: undefined },
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('SHOPIFY_ADMIN_ACCESS_TOKEN')
    expect(result.stderr).not.toContain('shpat_leaked')
    expect(emulator.requests.count()).toBe(0)
  })

  it('explains what is missing: the admin token, the shop, the title, the id, the action', async () => {
    const cases: Array<[string[], Record<string, string | undefined>, RegExp]> = [
      [
        ['storefront-token', 'list', '--endpoint', baseUrl],
        { SHOPIFY_ADMIN_ACCESS_TOKEN: undefined },
        /SHOPIFY_ADMIN_ACCESS_TOKEN/,
      ],
      [['storefront-token', 'list'], {}, /SHOPIFY_SHOP/],
      [['storefront-token', 'create', '--endpoint', baseUrl], {}, /--title/],
      [['storefront-token', 'delete', '--endpoint', baseUrl], {}, /--id/],
      [['storefront-token'], {}, /create, list or delete/],
      [['storefront-token', 'rotate'], {}, /Unknown storefront-token action "rotate"/],
      [['storefront-token', 'list', '--bogus'], {}, /Unknown option '--bogus'/],
      [
        ['storefront-token', 'list', '--shop', 'shop.example.com'],
        {},
        /INVALID_INPUT: shop must be/,
      ],
    ]
    for (const [argv, env, message] of cases) {
      const result = await cli(argv, env)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    }
    expect(emulator.requests.count()).toBe(0)
  })

  it('prints its help with --help', async () => {
    const result = await cli(['storefront-token', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('SHOPIFY_ADMIN_ACCESS_TOKEN')
    expect(result.stdout).toContain('storefront-auth storefront-token create --title')
  })
})
