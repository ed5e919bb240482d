import { describe, expect, it } from 'vitest'
import { decodeMultipassToken } from '../multipass/multipass-token.js'
import { runCaptured } from './test-support/run-captured.js'

const secret = 'cli-multipass-secret'

const cli = (
  argv: string[],
  env: Record<string, string | undefined> = { SHOPIFY_MULTIPASS_SECRET: secret },
) => runCaptured(argv, env)

describe('storefront-auth multipass', () => {
  it('prints a token signed with SHOPIFY_MULTIPASS_SECRET that carries the customer fields', async () => {
    const result = await cli([
      'multipass',
      '--email',
      'ada@example.com',
      '--first-name',
      'Ada',
      '--last-name',
      'Lovelace',
      '--return-to',
      'https://shop.example.com/account',
      '--tag-string',
      'vip',
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const decoded = await decodeMultipassToken(secret, result.stdout.trim())
    expect(decoded).toMatchObject({
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
      return_to: 'https://shop.example.com/account',
      tag_string: 'vip',
    })
    expect(Date.parse(decoded.created_at ?? '')).not.toBeNaN()
  })

  it('prints the storefront login URL with --url', async () => {
    const result = await cli(['multipass', '--email', 'ada@example.com', '--url'], {
      SHOPIFY_MULTIPASS_SECRET: secret,
      SHOPIFY_SHOP: 'shop.example.com',
    })
    expect(result.code).toBe(0)
    const match = /^https:\/\/shop\.example\.com\/account\/login\/multipass\/([\w=-]+)\n$/.exec(
      result.stdout,
    )
    expect(match).not.toBeNull()
    expect(await decodeMultipassToken(secret, match?.[1] ?? '')).toMatchObject({
      email: 'ada@example.com',
    })
  })

  it('needs the secret in the environment and refuses it on the command line', async () => {
    const missing = await cli(['multipass', '--email', 'ada@example.com'], {})
    expect(missing).toMatchObject({ code: 2, stdout: '' })
    expect(missing.stderr).toMatch(/^storefront-auth multipass: Set SHOPIFY_MULTIPASS_SECRET.*\n$/)
    const inArgv = await cli(
      ['multipass', '--email', 'ada@example.com', '--secret', 'argv-secret'],
      {},
    )
    expect(inArgv.code).toBe(2)
    expect(inArgv.stderr).toContain('SHOPIFY_MULTIPASS_SECRET')
    expect(inArgv.stderr).not.toContain('argv-secret')
  })

  it('needs a valid --email, and a shop for --url', async () => {
    expect((await cli(['multipass'])).stderr).toMatch(/--email/)
    expect((await cli(['multipass', '--email', 'not-an-email'])).code).toBe(2)
    const noShop = await cli(['multipass', '--email', 'ada@example.com', '--url'])
    expect(noShop.code).toBe(2)
    expect(noShop.stderr).toMatch(/SHOPIFY_SHOP/)
  })

  it('prints its help with --help', async () => {
    const result = await cli(['multipass', '--help'], {})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('SHOPIFY_MULTIPASS_SECRET')
  })
})

describe('storefront-auth', () => {
  it('prints the command list with --help and exits 0', async () => {
    const result = await cli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/emulator[\s\S]*storefront-token[\s\S]*multipass/)
  })

  it('prints the command list on stderr and exits 2 without a command, or with an unknown one', async () => {
    const none = await cli([])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('Usage: storefront-auth')
    const unknown = await cli(['deploy'])
    expect(unknown).toEqual({
      code: 2,
      stdout: '',
      stderr: 'storefront-auth: unknown command "deploy". Run "storefront-auth --help".\n',
    })
  })
})
