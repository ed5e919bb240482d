import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

/**
 * The README's examples run as written: every ```ts block after a `<!-- readme-example: name -->`
 * marker is executed, and each `console.log(...) // <literal>` line must print that literal.
 */
const root = resolve(import.meta.dirname, '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const examples = [
  ...readme.matchAll(/<!-- readme-example: ([\w-]+) -->\s*```(?:ts|js)\n([\s\S]*?)```/g),
]
const workDir = join(root, 'test/readme/.examples')

function expectedLogs(source: string): (string | undefined)[] {
  return source
    .split('\n')
    .filter((line) => /^\s*console\.log\(/.test(line))
    .map((line) =>
      // `(?!\w)` rather than `\b`: after a closing quote `\b` never matches at the end of a line.
      /\/\/ (-?\d+(?:\.\d+)?|'[^']*'|true|false)(?!\w)/.exec(line)?.[1]?.replace(/^'|'$/g, ''),
    )
}

// The examples import the published entry names; point them at the sources. The main entry
// (`storefront-auth`) loads React modules, which import fine without a DOM; examples use only
// its plain functions here.
function toSourceImports(source: string): string {
  return source.replace(
    /from 'storefront-auth(?:\/(\w+))?'/g,
    (_, entry: string | undefined) => `from '../../../src/${entry ? `${entry}/` : ''}index.ts'`,
  )
}

describe('README examples', () => {
  afterAll(() => rmSync(workDir, { recursive: true, force: true }))

  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThan(0)
  })

  for (const [, name, source] of examples) {
    it(`runs "${name}" as written`, async () => {
      mkdirSync(workDir, { recursive: true })
      const file = join(workDir, `${name}.ts`)
      writeFileSync(file, `${toSourceImports(source ?? '')}\nexport {}\n`)
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
      try {
        await import(/* @vite-ignore */ file)
        const printed = log.mock.calls.map((call) => String(call[0]))
        const expected = expectedLogs(source ?? '')
        expect(printed).toHaveLength(expected.length)
        expected.forEach((value, index) => {
          if (value !== undefined) expect(printed[index]).toBe(value)
        })
      } finally {
        log.mockRestore()
      }
    })
  }
})
