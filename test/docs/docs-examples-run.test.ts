import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { allDocCodeBlocks, blockName, repoRoot } from './doc-code-blocks.js'

/**
 * The docs' runnable examples run as written: every block whose info string says `runnable`
 * (```ts runnable) is executed against the in-process emulator, and each
 * `console.log(...) // <literal>` line must print that literal.
 */
const runnable = allDocCodeBlocks().filter(
  (block) => block.meta.includes('runnable') && block.lang !== 'tsx',
)
const workDir = join(repoRoot, 'test/docs/.runnable')

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
// (`storefront-auth`) loads React modules, which import fine without a DOM; runnable examples
// use only its plain functions.
function toSourceImports(source: string): string {
  return source.replace(
    /from 'storefront-auth(?:\/(\w+))?'/g,
    (_, entry: string | undefined) => `from '../../../src/${entry ? `${entry}/` : ''}index.ts'`,
  )
}

describe('runnable examples in README.md and docs/', () => {
  afterAll(() => rmSync(workDir, { recursive: true, force: true }))

  it('has examples to run', () => {
    expect(runnable.length).toBeGreaterThan(0)
  })

  runnable.forEach((block, index) => {
    it(`runs ${blockName(block)} as written`, async () => {
      mkdirSync(workDir, { recursive: true })
      const file = join(workDir, `example-${index}.ts`)
      writeFileSync(file, `${toSourceImports(block.source)}\nexport {}\n`)
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
      try {
        await import(/* @vite-ignore */ file)
        const printed = log.mock.calls.map((call) => String(call[0]))
        const expected = expectedLogs(block.source)
        expect(printed).toHaveLength(expected.length)
        expected.forEach((value, line) => {
          if (value !== undefined) expect(printed[line]).toBe(value)
        })
      } finally {
        log.mockRestore()
      }
    })
  })
})
