import { accessSync, constants } from 'node:fs'

/**
 * Where the browser tests find Chromium. Debian's package is the only browser this project uses:
 * playwright's own downloads are never fetched (`playwright install` is not part of any step).
 */
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags for a headless Chromium with no network of its own beyond what a test asks for. */
export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const chromiumInstallHint = 'apt-get update && apt-get install -y chromium'

export function isChromiumInstalled(path: string = chromiumPath): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export function chromiumMissingMessage(path: string = chromiumPath): string {
  const line = '='.repeat(78)
  return [
    line,
    `Chromium was not found at ${path}.`,
    'The Storybook stories and the multi-tab tests run in a real Chromium. Install it with:',
    '',
    `    ${chromiumInstallHint}`,
    '',
    'or point CHROMIUM_PATH at a Chromium executable.',
    line,
  ].join('\n')
}

/**
 * Whether vitest should register the browser projects. Outside CI a missing Chromium leaves
 * them out after a loud message; on CI (`CI=true`) they are always registered, so the
 * `require-chromium` global setup fails the run instead of skipping it.
 */
export function browserProjectsEnabled(): boolean {
  if (isChromiumInstalled()) return true
  if (process.env.CI === 'true' || process.env.CI === '1') return true
  // The config is evaluated more than once per run; say it once.
  if (process.env.STOREFRONT_AUTH_CHROMIUM_WARNED !== '1') {
    process.env.STOREFRONT_AUTH_CHROMIUM_WARNED = '1'
    console.warn(`\n${chromiumMissingMessage()}\nBrowser tests are NOT running.\n`)
  }
  return false
}
