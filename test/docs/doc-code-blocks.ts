import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/** The repository root, where README.md and docs/ live. */
export const repoRoot = resolve(import.meta.dirname, '../..')

/** A fenced code block of a markdown file, as a reader copies it. */
export interface DocCodeBlock {
  /** The markdown file, relative to the repository root (`docs/react.md`). */
  readonly file: string
  /** The 1-based line of the opening fence, for messages. */
  readonly line: number
  /** The info string's first word: `ts`, `tsx`, `sh`, … (empty when there is none). */
  readonly lang: string
  /** The words after it: `runnable` (type-checked and run), `fragment` (only parsed). */
  readonly meta: readonly string[]
  /** The block's text, with a list item's indentation removed. */
  readonly source: string
}

/** The languages whose blocks are compiled; shell, text and JSON are read by people only. */
export const typeScriptLangs = new Set(['ts', 'tsx', 'js', 'jsx'])

/** README.md and every markdown file under docs/, except the generated API reference. */
export function docMarkdownFiles(): string[] {
  const files = ['README.md']
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (path !== 'docs/api') walk(path)
      } else if (entry.name.endsWith('.md')) files.push(path)
    }
  }
  walk('docs')
  return files.sort()
}

// An opening fence (possibly indented inside a list item), its info string, the body, and the
// closing fence at the same indentation.
const fencePattern = /^( *)```([^\n]*)\n([\s\S]*?)^\1```[ \t]*$/gm

/** Every fenced code block of one markdown file. */
export function codeBlocksOf(file: string): DocCodeBlock[] {
  const text = readFileSync(join(repoRoot, file), 'utf8')
  return [...text.matchAll(fencePattern)].map((match) => {
    const [, indent = '', info = '', body = ''] = match
    const [lang = '', ...meta] = info.trim().split(/\s+/)
    const source = body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')
    const line = text.slice(0, match.index).split('\n').length
    return { file, line, lang, meta, source }
  })
}

/** Every code block of README.md and docs/. */
export function allDocCodeBlocks(): DocCodeBlock[] {
  return docMarkdownFiles().flatMap(codeBlocksOf)
}

/** A short, stable name for a block in test titles: `docs/react.md:120 (tsx)`. */
export function blockName(block: DocCodeBlock): string {
  return `${relative('.', block.file)}:${block.line} (${[block.lang, ...block.meta].join(' ')})`
}
