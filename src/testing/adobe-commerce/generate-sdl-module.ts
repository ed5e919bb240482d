/**
 * Writes `adobe-commerce-sdl.ts` from `src/schema/adobe-commerce.graphql`:
 *   npx tsx src/testing/adobe-commerce/generate-sdl-module.ts
 *
 * Why a generated module rather than `import sdl from '….graphql?raw'`: `?raw` only works under
 * Vite (vitest, the library build), while the CLI also runs the emulator from source with plain
 * Node (`tsx`). The .graphql file stays the source of truth (gql.tada reads it for the client's
 * typed documents); `adobe-commerce-sdl.test.ts` fails when the two drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs'

const sdlFile = new URL('../../schema/adobe-commerce.graphql', import.meta.url)
const moduleFile = new URL('./adobe-commerce-sdl.ts', import.meta.url)

const sdl = readFileSync(sdlFile, 'utf8')
writeFileSync(
  moduleFile,
  [
    '// Generated from src/schema/adobe-commerce.graphql by generate-sdl-module.ts: do not edit.',
    '// Regenerate: npx tsx src/testing/adobe-commerce/generate-sdl-module.ts',
    '',
    '/** The SDL the emulator serves and the adobeCommerce() backend is validated against. */',
    `export const adobeCommerceSdl: string = ${JSON.stringify(sdl)}`,
    '',
  ].join('\n'),
)
process.stdout.write(`wrote ${moduleFile.pathname}\n`)
