// Builds the package: Vite library mode for the JavaScript, tsc for the declarations,
// then the stylesheet and the CLI's shebang.
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { build } from 'vite'

await build({ logLevel: 'warn' })
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' })
copyFileSync('src/styles.css', 'dist/styles.css')

const cli = 'dist/cli.js'
const source = readFileSync(cli, 'utf8')
if (!source.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${source}`)
chmodSync(cli, 0o755)
console.log('built dist/')
