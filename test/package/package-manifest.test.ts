import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import pkg from '../../package.json' with { type: 'json' }

/** Every TypeScript source file the published package is built from. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('package.json', () => {
  it('asks apps to install only the peers the library imports', () => {
    const sources = sourceFiles('src').map((path) => readFileSync(path, 'utf8'))
    for (const peer of Object.keys(pkg.peerDependencies)) {
      const imported = sources.some((source) =>
        new RegExp(`from '${peer.replace('/', '\\/')}(?:/[^']*)?'`).test(source),
      )
      expect(imported, `peer ${peer} is imported nowhere in src/`).toBe(true)
    }
  })

  it('publishes each locale pack in src/locales/ as an entry point of its own', async () => {
    const { default: config } = await import('../../vite.config.js')
    const lib = config.build?.lib
    const entries = lib && typeof lib.entry === 'object' ? lib.entry : {}
    const locales = readdirSync('src/locales', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es']))
    const exported: Record<string, unknown> = pkg.exports
    for (const locale of locales) {
      expect(entries, `vite.config.ts builds ${locale}`).toHaveProperty(
        [`locales/${locale}`],
        `src/locales/${locale}/index.ts`,
      )
      expect(exported[`./locales/${locale}`], `package.json exports ${locale}`).toEqual({
        types: `./dist/locales/${locale}/index.d.ts`,
        default: `./dist/locales/${locale}.js`,
      })
    }
  })

  it('keeps the tarball of `npm pack` out of git', () => {
    const tarball = `${pkg.name}-${pkg.version}.tgz`
    // check-ignore exits 0 and prints the path when the path is ignored.
    expect(execFileSync('git', ['check-ignore', tarball], { encoding: 'utf8' }).trim()).toBe(
      tarball,
    )
  })
})
