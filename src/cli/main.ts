import { runCli } from './run-cli.js'

// The `storefront-auth` bin: wires the process to runCli, which holds all the logic.
const stop = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort())

const exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: stop.signal,
})
// exitCode rather than exit(): exit() can cut off output still queued for a pipe.
process.exitCode = exitCode
