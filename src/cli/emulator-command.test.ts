import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from './run-cli.js'

let dir: string
const stops: AbortController[] = []

// The command imports the emulator lazily; load (and let vitest transform) it once up front so
// the tests measure the command, not the first transform of the Storefront schema.
beforeAll(async () => {
  await import('../testing/index.js')
}, 60_000)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storefront-auth-cli-'))
})

afterEach(async () => {
  vi.useRealTimers()
  for (const stop of stops.splice(0)) stop.abort()
  await rm(dir, { recursive: true, force: true })
})

/** Starts `storefront-auth emulator` in-process; resolves once it printed its banner. */
function startEmulator(args: string[]) {
  const stop = new AbortController()
  stops.push(stop)
  let stdout = ''
  let stderr = ''
  let printed: () => void = () => {}
  const banner = new Promise<void>((resolve) => (printed = resolve))
  const exit = runCli(['emulator', ...args], {
    env: {},
    cwd: dir,
    signal: stop.signal,
    stdout: {
      write: (text: string) => {
        stdout += text
        printed()
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
  })
  return {
    exit,
    stop: () => stop.abort(),
    ready: Promise.race([banner, exit]),
    output: () => ({ stdout, stderr }),
  }
}

function line(stdout: string, label: string): string {
  const found = stdout.split('\n').find((text) => text.includes(label))
  if (found === undefined) throw new Error(`no line with ${label}`)
  return found
}

describe('storefront-auth emulator', () => {
  it('prints endpoints, tokens and a sample customer that can sign in, and stops on the signal', async () => {
    const run = startEmulator(['--port', '0'])
    await run.ready
    const { stdout } = run.output()
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? ''
    expect(url).not.toBe('')
    const endpoint =
      /(http:\/\/\S+\/api\/\S+\/graphql\.json)/.exec(line(stdout, 'Storefront API'))?.[1] ?? ''
    const token = line(stdout, 'X-Shopify-Storefront-Access-Token:').split(': ')[1] ?? ''
    const [, email, password] = /Sign in as (\S+) with password (\S+)/.exec(stdout) ?? []
    expect(line(stdout, 'X-Shopify-Access-Token:')).toMatch(/: \S+$/)
    expect(line(stdout, 'Multipass secret')).toMatch(/\S+$/)
    expect(stdout).toContain(`${url}/graphql`)
    // The mails the shop "sent", readable by a browser or curl.
    const outbox = await fetch(line(stdout, 'Mails sent (outbox)').split(/\s+/).at(-1) ?? '')
    expect(((await outbox.json()) as { mails: unknown[] }).mails.length).toBeGreaterThan(0)

    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Shopify-Storefront-Access-Token': token },
      body: JSON.stringify({
        query:
          'mutation SignIn($input: CustomerAccessTokenCreateInput!) { customerAccessTokenCreate(input: $input) { customerAccessToken { accessToken } customerUserErrors { code } } }',
        variables: { input: { email, password } },
      }),
    })
    const body = (await response.json()) as {
      data: { customerAccessTokenCreate: { customerAccessToken: { accessToken: string } | null } }
    }
    expect(body.data.customerAccessTokenCreate.customerAccessToken?.accessToken).toEqual(
      expect.any(String),
    )

    run.stop()
    expect(await run.exit).toBe(0)
    expect(run.output().stderr).toBe('Emulator stopped.\n')
    await expect(fetch(endpoint, { method: 'POST' })).rejects.toThrow()
  })

  it('runs its clock with real time: sign-ins minutes apart expire minutes apart', async () => {
    // Only Date is faked: the server and its sockets keep running on real timers.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-03T10:00:00Z') })
    const run = startEmulator(['--port', '0'])
    await run.ready
    const { stdout } = run.output()
    const endpoint =
      /(http:\/\/\S+\/api\/\S+\/graphql\.json)/.exec(line(stdout, 'Storefront API'))?.[1] ?? ''
    const token = line(stdout, 'X-Shopify-Storefront-Access-Token:').split(': ')[1] ?? ''
    const signIn = async (): Promise<string> => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shopify-Storefront-Access-Token': token },
        body: JSON.stringify({
          query:
            'mutation SignIn($input: CustomerAccessTokenCreateInput!) { customerAccessTokenCreate(input: $input) { customerAccessToken { expiresAt } } }',
          variables: { input: { email: 'ada@example.com', password: 'analytical-engine' } },
        }),
      })
      const body = (await response.json()) as {
        data: { customerAccessTokenCreate: { customerAccessToken: { expiresAt: string } } }
      }
      return body.data.customerAccessTokenCreate.customerAccessToken.expiresAt
    }
    const first = await signIn()
    vi.setSystemTime(Date.parse('2026-12-03T10:05:00Z'))
    const second = await signIn()
    expect(Date.parse(second) - Date.parse(first)).toBe(5 * 60_000)
    run.stop()
    expect(await run.exit).toBe(0)
  })

  it('seeds the customers of a --seed file and offers the first one that can sign in', async () => {
    await writeFile(
      join(dir, 'customers.json'),
      JSON.stringify([
        { email: 'off@example.com', password: 'switched-off', state: 'disabled' },
        { email: 'kim@example.com', password: 'kims-password', firstName: 'Kim' },
      ]),
    )
    const run = startEmulator(['--port', '0', '--seed', 'customers.json'])
    await run.ready
    expect(run.output().stdout).toContain('Sign in as kim@example.com with password kims-password')
    expect(run.output().stdout).toContain('2 customers seeded')
    run.stop()
    expect(await run.exit).toBe(0)
  })

  it('refuses a seed file that is missing, not JSON, or has a wrong entry, naming the problem', async () => {
    await writeFile(join(dir, 'broken.json'), '[{"email": ')
    await writeFile(
      join(dir, 'typo.json'),
      JSON.stringify([{ email: 'a@example.com', pasword: 'x' }]),
    )
    await writeFile(
      join(dir, 'state.json'),
      JSON.stringify([{ email: 'a@example.com', state: 'banned' }]),
    )
    await writeFile(
      join(dir, 'twice.json'),
      JSON.stringify([{ email: 'a@example.com' }, { email: 'A@example.com' }]),
    )
    await writeFile(
      join(dir, 'phone.json'),
      JSON.stringify([{ email: 'a@example.com', phone: '555-0123' }]),
    )
    const cases: Array<[string, RegExp]> = [
      ['absent.json', /absent\.json: no such file\./],
      ['broken.json', /broken\.json: not valid JSON/],
      ['typo.json', /customer \[0\] has an unknown field "pasword"/],
      ['state.json', /customer \[0\]: "state" must be one of enabled, disabled, invited/],
      ['twice.json', /customer \[1\]: the email A@example\.com appears twice/],
      ['phone.json', /customer \[0\]: "phone" must be E\.164/],
    ]
    for (const [file, message] of cases) {
      const run = startEmulator(['--port', '0', '--seed', file])
      expect(await run.exit).toBe(1)
      expect(run.output().stdout).toBe('')
      expect(run.output().stderr).toMatch(message)
      expect(run.output().stderr.trimEnd().split('\n')).toHaveLength(1)
    }
  })

  it('says which port is taken instead of crashing', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const { port } = blocker.address() as { port: number }
    try {
      const run = startEmulator(['--port', String(port)])
      expect(await run.exit).toBe(1)
      expect(run.output().stderr).toBe(
        `storefront-auth emulator: Port ${port} is in use on 127.0.0.1; pass another --port (0 picks a free one).\n`,
      )
    } finally {
      blocker.close()
    }
  })

  it('refuses a port that is not a number', async () => {
    const run = startEmulator(['--port', 'http'])
    expect(await run.exit).toBe(2)
    expect(run.output().stderr).toMatch(/--port must be a number/)
  })

  it('prints its help with --help', async () => {
    const run = startEmulator(['--help'])
    expect(await run.exit).toBe(0)
    expect(run.output().stdout).toContain('--seed <file>')
  })
})
