import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import {
  allDocCodeBlocks,
  blockName,
  repoRoot,
  typeScriptLangs,
  type DocCodeBlock,
} from './doc-code-blocks.js'

/**
 * Every TypeScript and JavaScript block of README.md and docs/ compiles as a reader would paste
 * it: each block is its own module in one program with the repository's compiler options, the
 * package's entry names resolved to the sources. A block marked `fragment` is only parsed, and so
 * is a JSON block (the CLI's seed file).
 */
const blocks = allDocCodeBlocks().filter((block) => typeScriptLangs.has(block.lang))
const checked = blocks.filter((block) => !block.meta.includes('fragment'))
const fragments = blocks.filter((block) => block.meta.includes('fragment'))

// The blocks live in a folder that does not exist, beside the sources, so `react`, `vite` and the
// other packages resolve from the repository's node_modules.
const blockDir = join(repoRoot, 'test/docs/__blocks__')
const blockPath = (block: DocCodeBlock, index: number): string =>
  join(blockDir, `block-${index}.${block.lang === 'js' || block.lang === 'jsx' ? 'jsx' : 'tsx'}`)

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(repoRoot, 'tsconfig.json')
  const config = ts.readConfigFile(configPath, (path) => readFileSync(path, 'utf8'))
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot)
  return {
    ...options,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    // A reader's app: every block is a module of its own, even one without imports.
    moduleDetection: ts.ModuleDetectionKind.Force,
    paths: {
      'storefront-auth': ['./src/index.ts'],
      'storefront-auth/styles.css': ['./src/styles.css'],
      'storefront-auth/*': ['./src/*/index.ts'],
    },
  }
}

function diagnosticsByBlock(): Map<number, string[]> {
  const options = compilerOptions()
  const virtual = new Map(checked.map((block, index) => [blockPath(block, index), block.source]))
  const host = ts.createCompilerHost(options)
  const { fileExists, readFile, getSourceFile, directoryExists } = host
  host.fileExists = (path) => virtual.has(path) || fileExists.call(host, path)
  host.readFile = (path) => virtual.get(path) ?? readFile.call(host, path)
  host.directoryExists = (path) =>
    path === blockDir || (directoryExists?.call(host, path) ?? existsSync(path))
  host.getSourceFile = (path, languageVersion, ...rest) => {
    const source = virtual.get(path)
    return source === undefined
      ? getSourceFile.call(host, path, languageVersion, ...rest)
      : ts.createSourceFile(path, source, languageVersion, true)
  }
  const program = ts.createProgram([...virtual.keys()], options, host)
  const found = new Map<number, string[]>()
  checked.forEach((block, index) => {
    const sourceFile = program.getSourceFile(blockPath(block, index))
    const diagnostics = sourceFile
      ? [
          ...program.getSyntacticDiagnostics(sourceFile),
          ...program.getSemanticDiagnostics(sourceFile),
        ]
      : []
    found.set(
      index,
      diagnostics.map((diagnostic) => {
        const { line } = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0) ?? {
          line: 0,
        }
        const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
        return `line ${line + 1} of the block: TS${diagnostic.code} ${text}`
      }),
    )
  })
  return found
}

describe('code blocks in README.md and docs/', () => {
  const found = diagnosticsByBlock()

  it('has blocks to check', () => {
    expect(checked.length).toBeGreaterThan(0)
  })

  checked.forEach((block, index) => {
    it(`type-checks ${blockName(block)}`, () => {
      expect(found.get(index)).toEqual([])
    })
  })

  allDocCodeBlocks()
    .filter((block) => block.lang === 'json')
    .forEach((block) => {
      it(`parses the JSON of ${blockName(block)}`, () => {
        expect(() => JSON.parse(block.source) as unknown).not.toThrow()
      })
    })

  fragments.forEach((block) => {
    it(`parses the fragment ${blockName(block)}`, () => {
      const file = ts.createSourceFile(
        `fragment.${block.lang}`,
        block.source,
        ts.ScriptTarget.Latest,
        true,
        block.lang.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      )
      const parseErrors = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] })
        .parseDiagnostics
      expect(parseErrors.map((error) => error.messageText)).toEqual([])
    })
  })
})
