import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from './launch-chromium.js'

/**
 * `npm run build-storybook` output has no server behind it: every story must work with the
 * emulator running inside the page as the urql client's fetch. Builds once, then plays every
 * story (its play function included) in Chromium from a plain static file server.
 */
let outputDir: string
let server: Server
let origin: string
let chromium: ChromiumSession
const apiRequests: string[] = []

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}

function buildStorybook(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['storybook', 'build', '--quiet', '--output-dir', outDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`storybook build failed (${code}):\n${stderr}`)),
    )
  })
}

beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), 'storefront-auth-storybook-'))
  await buildStorybook(outputDir)
  server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://localhost').pathname)
    if (path.startsWith('/api/') || path.startsWith('/graphql')) apiRequests.push(path)
    readFile(join(outputDir, path === '/' ? 'index.html' : path)).then(
      (body) => {
        res.writeHead(200, {
          'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
        })
        res.end(body)
      },
      () => {
        res.writeHead(404)
        res.end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  chromium = await launchChromium()
}, 240_000)

afterAll(async () => {
  await chromium?.close()
  if (server) await new Promise((resolve) => server.close(resolve))
  if (outputDir) await rm(outputDir, { recursive: true, force: true })
})

describe('the static Storybook build', () => {
  it('plays every story to the end with the emulator in the page', async () => {
    const index = JSON.parse(await readFile(join(outputDir, 'index.json'), 'utf8')) as {
      entries: Record<string, { type: string }>
    }
    const storyIds = Object.keys(index.entries).filter((id) => index.entries[id]?.type === 'story')
    expect(storyIds.length).toBeGreaterThanOrEqual(25)

    const page = await chromium.context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    const outcomes: Record<string, string> = {}
    for (const id of storyIds) {
      await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`)
      const phase = await page.waitForFunction(
        () => {
          const preview = (
            window as unknown as {
              __STORYBOOK_PREVIEW__?: { storyRenders?: { phase?: string }[] }
            }
          ).__STORYBOOK_PREVIEW__
          const current = preview?.storyRenders?.[0]?.phase
          return current && ['finished', 'errored', 'aborted'].includes(current) ? current : false
        },
        null,
        { timeout: 20_000 },
      )
      outcomes[id] = String(await phase.jsonValue())
    }
    const notFinished = Object.entries(outcomes).filter(([, phase]) => phase !== 'finished')
    expect(notFinished).toEqual([])
    expect(pageErrors).toEqual([])
    // Nothing reached a server: every GraphQL call was answered inside the page.
    expect(apiRequests).toEqual([])
  }, 240_000)

  it('has a Docs page per component that lists the sample customers', async () => {
    const index = JSON.parse(await readFile(join(outputDir, 'index.json'), 'utf8')) as {
      entries: Record<string, { type: string }>
    }
    const docsIds = Object.keys(index.entries).filter((id) => index.entries[id]?.type === 'docs')
    expect(docsIds).toEqual(
      expect.arrayContaining([
        'components-loginform--docs',
        'components-accountbadge--docs',
        'storefront-demo--docs',
      ]),
    )
    const page = await chromium.context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    for (const id of docsIds) {
      await page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`)
      await page.getByText('analytical-engine').first().waitFor()
    }
    expect(pageErrors).toEqual([])
  }, 120_000)
})
