import { chromiumMissingMessage, isChromiumInstalled } from './chromium.js'

/** Global setup of the browser projects: no Chromium is a failed run, never a silent skip. */
export default function requireChromium(): void {
  if (!isChromiumInstalled()) throw new Error(chromiumMissingMessage())
}
