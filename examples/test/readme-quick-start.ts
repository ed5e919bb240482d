import { strict as assert } from 'node:assert'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

/** The README's quick start, followed in a fresh app with the packed package installed. */

/** The first code block after `<!-- quick-start: name -->` in the README. */
export function quickStartBlock(readme: string, name: string): string {
  const marker = `<!-- quick-start: ${name} -->`
  const start = readme.indexOf(marker)
  if (start < 0) throw new Error(`README.md has no ${marker}`)
  const block = /```(?:ts|tsx)\n([\s\S]*?)```/.exec(readme.slice(start))
  if (!block?.[1]) throw new Error(`README.md has no code block after ${marker}`)
  return block[1]
}

/** The README's `npm install storefront-auth …` line, as words. */
export function readmeInstallLine(readme: string): string[] {
  const line = readme.split('\n').find((text) => text.startsWith('npm install storefront-auth'))
  if (!line) throw new Error('README.md has no "npm install storefront-auth …" line')
  return line.trim().split(/\s+/)
}

/**
 * What `npm create vite@latest my-storefront -- --template react-ts` gives, reduced to what the
 * quick start keeps (its page and its packages; the versions this repository uses), plus the
 * README's `vite.config.ts` and `src/main.tsx`, verbatim.
 */
export function writeQuickStartApp(dir: string, readme: string): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'src'), { recursive: true })
  const packageJson = {
    name: 'my-storefront',
    private: true,
    type: 'module',
    scripts: { dev: 'vite', build: 'vite build' },
    dependencies: { react: '^19.3.1', 'react-dom': '^19.3.1' },
    devDependencies: {
      '@types/react': '^19.3.0',
      '@types/react-dom': '^19.3.0',
      '@vitejs/plugin-react': '~6.3.0',
      typescript: '~6.0.3',
      vite: '~8.3.8',
    },
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`)
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>my-storefront</title></head>\n<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  )
  writeFileSync(join(dir, 'vite.config.ts'), quickStartBlock(readme, 'vite-config'))
  writeFileSync(join(dir, 'src/main.tsx'), quickStartBlock(readme, 'main'))
}

export function readReadme(root: string): string {
  return readFileSync(join(root, 'README.md'), 'utf8')
}

/**
 * What the quick start promises: sign in as Ada and the form gives way to the account, still
 * signed in after a reload and in a second tab, signed out everywhere with the form back.
 */
export async function runQuickStartWalkthrough(
  context: BrowserContext,
  origin: string,
): Promise<void> {
  const problems: string[] = []
  const open = async (): Promise<Page> => {
    const page = await context.newPage()
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await page.goto(origin)
    return page
  }
  const greeting = (page: Page) => page.getByRole('heading', { name: 'Hello, Ada' })
  // The sign-in form, by its fields and its submit button (the badge's "Sign in" is a link).
  const form = (page: Page) => ({
    email: page.getByLabel('Email'),
    submit: page.getByRole('main').getByRole('button', { name: 'Sign in' }),
  })
  const formGone = async (page: Page, when: string) => {
    assert.equal(await form(page).email.count(), 0, `no email field ${when}`)
    assert.equal(await form(page).submit.count(), 0, `no "Sign in" button ${when}`)
  }

  const page = await open()
  await form(page).email.fill('ada@example.com')
  await page.getByLabel('Password', { exact: true }).fill('analytical-engine')
  await form(page).submit.click()
  await greeting(page).waitFor()
  await page.getByRole('button', { name: 'Ada Lovelace' }).waitFor()
  await formGone(page, 'once signed in')

  await page.reload()
  await greeting(page).waitFor()
  await formGone(page, 'after a reload')

  const secondTab = await open()
  await greeting(secondTab).waitFor()
  await formGone(secondTab, 'in a second tab')

  await secondTab.getByRole('main').getByRole('button', { name: 'Sign out' }).click()
  await form(secondTab).email.waitFor()
  await form(secondTab).submit.waitFor()
  await form(page).email.waitFor()
  await form(page).submit.waitFor()
  assert.equal(await greeting(page).count(), 0, 'the first tab is signed out too')
  assert.equal(await greeting(secondTab).count(), 0, 'the account is gone after sign-out')
  await Promise.all([page.close(), secondTab.close()])
  assert.deepEqual(problems, [], 'no page errors')
}
