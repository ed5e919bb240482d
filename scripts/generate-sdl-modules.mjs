// Writes each SDL kept in src/schema/ into a TS module exporting it as a string:
//   node scripts/generate-sdl-modules.mjs   (part of `npm run generate:graphql`)
// Why modules rather than `import sdl from '….graphql?raw'`: `?raw` only works under Vite, while
// the emulator also runs from source in plain Node (the CLI through tsx, Storybook's main.ts).
// The .graphql files stay the files of record (gql.tada reads them for the typed documents); a
// test beside each module fails when the two drift apart.
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'

const modules = [
  {
    sdl: 'src/schema/adobe-commerce.graphql',
    module: 'src/testing/adobe-commerce/adobe-commerce-sdl.ts',
    name: 'adobeCommerceSdl',
    doc: 'The SDL the emulator serves and the adobeCommerce() backend is validated against.',
  },
  {
    sdl: 'src/schema/shopify-admin.graphql',
    module: 'src/testing/shopify-admin/shopify-admin-sdl.ts',
    name: 'shopifyAdminSdl',
    doc: 'The Admin API subset the emulator serves and the server helpers are validated against.',
  },
]

for (const { sdl, module, name, doc } of modules) {
  const source = [
    `// Generated from ${sdl} by scripts/generate-sdl-modules.mjs: do not edit.`,
    '',
    `/** ${doc} */`,
    `export const ${name}: string = ${JSON.stringify(readFileSync(sdl, 'utf8'))}`,
    '',
  ].join('\n')
  const options = { ...(await resolveConfig(module)), filepath: module }
  writeFileSync(module, await format(source, options))
  console.log(`wrote ${module}`)
}
