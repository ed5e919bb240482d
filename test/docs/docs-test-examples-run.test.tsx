import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { allDocCodeBlocks, repoRoot } from './doc-code-blocks.js'

/**
 * The docs' example tests run as written: a ```tsx runnable block is a vitest test file (jsdom,
 * Testing Library) and is imported here, so its `it(...)` cases run as cases of this file. The
 * package's entry names point at the sources.
 */
const testBlocks = allDocCodeBlocks().filter(
  (block) => block.lang === 'tsx' && block.meta.includes('runnable'),
)
// Not the node runner's folder: the two projects may run at once, and each removes its own.
const workDir = join(repoRoot, 'test/docs/.runnable-tests')

function toSourceImports(source: string): string {
  return source.replace(
    /from 'storefront-auth(?:\/(\w+))?'/g,
    (_, entry: string | undefined) => `from '../../../src/${entry ? `${entry}/` : ''}index.ts'`,
  )
}

mkdirSync(workDir, { recursive: true })
for (const [index, block] of testBlocks.entries()) {
  const file = join(workDir, `test-example-${index}.tsx`)
  writeFileSync(file, toSourceImports(block.source))
  // Registers the block's tests while this file is collected.
  await import(/* @vite-ignore */ file)
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }))
