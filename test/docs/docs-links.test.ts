import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docMarkdownFiles, repoRoot } from './doc-code-blocks.js'

/**
 * Every relative link of README.md, CONTRIBUTING.md and docs/ leads somewhere: the file exists
 * and, for `#anchor` links, so does a heading with that GitHub anchor. (The generated
 * `docs/api/` is not committed, so links into it are not checked.)
 */
const files = [...docMarkdownFiles(), 'CONTRIBUTING.md']

/** The text outside fenced code blocks, where links are links. */
function prose(text: string): string {
  return text.replace(/^( *)```[^\n]*\n[\s\S]*?^\1```[ \t]*$/gm, '')
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchorsOf(file: string): Set<string> {
  const headings = prose(readFileSync(join(repoRoot, file), 'utf8')).matchAll(/^#{1,6} (.+)$/gm)
  return new Set([...headings].map(([, heading]) => anchorOf(heading ?? '')))
}

describe('links in the docs', () => {
  for (const file of files) {
    it(`every relative link of ${file} resolves`, () => {
      const text = prose(readFileSync(join(repoRoot, file), 'utf8'))
      const broken: string[] = []
      for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target) || target.startsWith('api/')) continue
        const [path = '', anchor] = target.split('#')
        const linked = path === '' ? file : normalize(join(dirname(file), path))
        if (!existsSync(join(repoRoot, linked))) broken.push(`${target}: no ${linked}`)
        else if (anchor && linked.endsWith('.md') && !anchorsOf(linked).has(anchor))
          broken.push(`${target}: no heading #${anchor} in ${relative('.', linked)}`)
      }
      expect(broken).toEqual([])
    })
  }
})
