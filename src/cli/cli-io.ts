/** Everything the CLI touches outside itself, so tests run it in-process. */
export interface CliIo {
  /** Where secrets come from (never argv: other users can read a process's arguments). */
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown }
  /** Aborted on SIGINT/SIGTERM; long-running commands (the emulator) stop cleanly on it. */
  readonly signal?: AbortSignal
  /** The directory relative paths (`--seed`) are read from. Default `process.cwd()`. */
  readonly cwd?: string
  /** Defaults to the global `fetch`. */
  readonly fetch?: typeof fetch
}
