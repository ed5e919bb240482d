import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

/** Runs the bin from source the way `npm run emulator` does (tsx, no build). */
function startBin(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (stdout.includes(text) ? resolve() : undefined)
      child.stdout.on('data', check)
      void exit.then(() => reject(new Error(`exited before printing "${text}": ${stderr}`)))
      check()
    })
  return { child, exit, printed, output: () => ({ stdout, stderr }) }
}

describe('the storefront-auth bin', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    it(`stops the emulator cleanly on ${signal} and exits 0`, async () => {
      const bin = startBin(['emulator', '--port', '0'])
      await bin.printed('Press Ctrl+C to stop.')
      bin.child.kill(signal)
      expect(await bin.exit).toBe(0)
      expect(bin.output().stderr).toBe('Emulator stopped.\n')
    }, 60_000)

  it('exits non-zero with one line and no stack trace on a usage error', async () => {
    const bin = startBin(['multipass', '--email', 'ada@example.com'])
    expect(await bin.exit).toBe(2)
    expect(bin.output().stderr).toMatch(
      /^storefront-auth multipass: Set SHOPIFY_MULTIPASS_SECRET[^\n]*\n$/,
    )
  }, 60_000)
})
