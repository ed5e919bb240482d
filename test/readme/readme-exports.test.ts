import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Every public export is documented: the README's "API reference" has one table per entry point,
 * and each table lists exactly what that entry exports (nothing missing, nothing stale). A new
 * export without a line in the README fails here.
 */
const root = resolve(import.meta.dirname, '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')

const entries = {
  'storefront-auth': 'src/index.ts',
  'storefront-auth/core': 'src/core/index.ts',
  'storefront-auth/server': 'src/server/index.ts',
  'storefront-auth/testing': 'src/testing/index.ts',
} as const

/** The names each entry file exports, as the compiler resolves them (`export *` included). */
function exportedNames(): Record<string, string[]> {
  const files = Object.values(entries).map((file) => join(root, file))
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    noEmit: true,
    resolveJsonModule: true,
  })
  const checker = program.getTypeChecker()
  const names: Record<string, string[]> = {}
  for (const [entry, file] of Object.entries(entries)) {
    const sourceFile = program.getSourceFile(join(root, file))
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile)
    if (!moduleSymbol) throw new Error(`Cannot read the exports of ${file}`)
    names[entry] = checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.name)
  }
  return names
}

/** The export names in the first column of each entry's table under "## API reference". */
function documentedNames(): Record<string, string[]> {
  const section = /^## API reference\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? ''
  const documented: Record<string, string[]> = {}
  for (const [, entry, body] of section.matchAll(
    /^### `([^`]+)`\n([\s\S]*?)(?=^### |$(?![\s\S]))/gm,
  ))
    documented[entry ?? ''] = [...(body ?? '').matchAll(/^\| `(\w+)` +\|/gm)].map(
      ([, name]) => name ?? '',
    )
  return documented
}

const exported = exportedNames()
const documented = documentedNames()

describe('README API reference', () => {
  it('has one table per entry point', () => {
    expect(Object.keys(documented).sort()).toEqual(Object.keys(entries).sort())
  })

  for (const entry of Object.keys(entries)) {
    it(`lists every export of ${entry}`, () => {
      const names = exported[entry] ?? []
      expect(names.length).toBeGreaterThan(0)
      expect(names.filter((name) => !documented[entry]?.includes(name))).toEqual([])
    })

    it(`lists nothing that ${entry} does not export`, () => {
      const names = new Set(exported[entry])
      expect(documented[entry]?.filter((name) => !names.has(name))).toEqual([])
    })
  }
})
