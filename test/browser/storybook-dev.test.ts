import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import type { Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from './launch-chromium.js'

/**
 * `npm start` as a person uses it: `storybook dev` with the emulator mounted on its origin, the
 * demo story opened in Chromium, then opened again in a second tab of the same profile (shared
 * localStorage, so a stored session). Nothing may play by itself, the walkthrough button works in
 * either tab, the outbox shows the dev server's mails, the whole account journey plays from its
 * button, and the whole visit logs no console error and no failed request.
 */
const startupTimeoutMs = 180_000
let storybook: ChildProcess | undefined
let origin = ''
let chromium: ChromiumSession
const problems: string[] = []

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

function startStorybook(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so the whole tree (npx, storybook, esbuild) stops with it.
    const child = spawn(
      'npx',
      ['storybook', 'dev', '-p', String(port), '--host', '127.0.0.1', '--ci', '--no-open'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      },
    )
    storybook = child
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(`:${port}`)) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`storybook dev exited (${code}):\n${output}`)))
  })
}

/** Records every console error, page error and failed or refused request of a page. */
function watch(page: Page, tab: string): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${tab} console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${tab} page error: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(`${tab} request failed: ${request.url()} ${request.failure()?.errorText}`),
  )
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`${tab} HTTP ${response.status()}: ${response.url()}`)
  })
}

/** Opens the Shopify demo story in Storybook's manager UI; resolves to the story's frame. */
async function openDemo(page: Page): Promise<Frame> {
  await page.goto(`${origin}/?path=/story/storefront-demo--shopify`)
  const iframe = await page.waitForSelector('#storybook-preview-iframe')
  const frame = await iframe.contentFrame()
  if (!frame) throw new Error('No preview frame')
  // The story's render is complete once Storybook says so: a play function would have run.
  await frame.waitForFunction(() => {
    const preview = (
      window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders?: { phase?: string }[] } }
    ).__STORYBOOK_PREVIEW__
    return preview?.storyRenders?.[0]?.phase === 'finished'
  })
  return frame
}

beforeAll(async () => {
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  await startStorybook(port)
  chromium = await launchChromium()
  // One visit before the watched ones: on the first visit after its config or the lockfile changed
  // (a `vitest --project storybook` run does that) Vite re-optimizes the preview's dependencies
  // and reloads the page, and on two busy cores Storybook's manager then logs timeouts of its own
  // stores. That is Vite's and Storybook's first start, not a state of these stories.
  const warmUp = await chromium.context.newPage()
  // The reload can detach the frame being waited on: then the second attempt finds it settled.
  await openDemo(warmUp).catch(() => openDemo(warmUp))
  await warmUp.close()
}, startupTimeoutMs)

afterAll(async () => {
  await chromium?.close()
  if (storybook?.pid) process.kill(-storybook.pid, 'SIGTERM')
})

describe('the Storefront demo on `npm start`', () => {
  it('waits for its button in two tabs, starts clean from a stored session, and logs no error', async () => {
    const first = await chromium.context.newPage()
    watch(first, 'first tab')
    const firstFrame = await openDemo(first)
    // Opened, nothing played: the home page, signed out, the walkthrough untouched.
    await firstFrame.getByRole('heading', { name: 'Welcome to Emulated Shopify store' }).waitFor()
    await firstFrame.getByRole('link', { name: 'Sign in' }).waitFor()
    expect(await firstFrame.getByRole('status').first().textContent()).toBe('')
    // The outbox beside the shop is the dev server's emulator's, read over the same origin: the
    // seeded invitation is there.
    await firstFrame
      .getByRole('complementary', { name: 'Emulator outbox' })
      .getByText('To: invited@example.com')
      .waitFor()

    // Sign in by hand in the first tab: the session goes to localStorage.
    await firstFrame.getByRole('link', { name: 'Sign in' }).click()
    await firstFrame.getByLabel('Email').fill('ada@example.com')
    await firstFrame.getByLabel('Password').fill('analytical-engine')
    await firstFrame.getByRole('button', { name: 'Sign in' }).click()
    await firstFrame.getByRole('heading', { name: 'Your account' }).waitFor()

    // A second tab opens signed in from the stored session and plays nothing by itself...
    const second = await chromium.context.newPage()
    watch(second, 'second tab')
    const secondFrame = await openDemo(second)
    await secondFrame.getByRole('button', { name: 'Ada Lovelace' }).waitFor()
    // ...and its walkthrough signs out first, then runs to the end.
    await secondFrame.getByRole('button', { name: 'Play the walkthrough' }).click()
    await secondFrame
      .getByText('Walkthrough finished: signed in, looked at the account, signed out.')
      .waitFor({ timeout: 30_000 })
    // The first tab followed the sign-out.
    await firstFrame
      .getByRole('navigation', { name: 'Account' })
      .getByRole('link', { name: 'Sign in' })
      .waitFor()

    // Played again in the first tab, from signed out.
    await firstFrame.getByRole('button', { name: 'Play the walkthrough' }).click()
    await firstFrame
      .getByText('Walkthrough finished: signed in, looked at the account, signed out.')
      .waitFor({ timeout: 30_000 })

    // The whole account journey from its button: sign up, activate from the outbox, change and
    // reset the password, on a shop of its own in the page.
    const journey = await chromium.context.newPage()
    watch(journey, 'journey tab')
    await journey.goto(
      `${origin}/iframe.html?id=storefront-demo--shopify-account-journey&viewMode=story`,
    )
    await journey.getByRole('button', { name: 'Play the walkthrough' }).click()
    await journey.getByText(/^Journey finished:/).waitFor({ timeout: 60_000 })

    // The canvas on its own ("Open canvas in new tab"): no icon of its own would mean a 404.
    const canvas = await chromium.context.newPage()
    watch(canvas, 'canvas tab')
    await canvas.goto(`${origin}/iframe.html?id=storefront-demo--adobe-commerce&viewMode=story`)
    await canvas.getByRole('button', { name: 'Play the walkthrough' }).waitFor()
    await canvas.waitForLoadState('networkidle')

    expect(problems).toEqual([])
  }, 180_000)
})
