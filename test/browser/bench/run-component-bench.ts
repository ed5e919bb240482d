/* eslint-disable no-console -- a command-line report: printing is its job */
/**
 * `npx tsx test/browser/bench/run-component-bench.ts [--json]`: the components' part of
 * `npm run bench`. Prints the figures and exits 1 when one is past its budget.
 */
import { measureComponentRenders } from './component-renders.js'
import { measureComponentSizes } from './component-sizes.js'

export const componentBudgets = {
  componentsGzip: 5 * 1024,
  stylesGzip: 2.5 * 1024,
  loginFormSubmitToSuccess: 3,
  accountBadgeDuringRenew: 0,
} as const

const sizes = await measureComponentSizes()
const renders = await measureComponentRenders()
const figures = {
  componentsGzip: sizes.componentsGzip,
  stylesGzip: sizes.stylesGzip,
  loginFormSubmitToSuccess: renders.loginFormSubmitToSuccess,
  accountBadgeDuringRenew: renders.accountBadgeDuringRenew,
}
const over = (Object.keys(componentBudgets) as (keyof typeof componentBudgets)[]).filter(
  (name) => figures[name] > componentBudgets[name],
)

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ figures, budgets: componentBudgets, sizes, over }))
} else {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`
  console.log(
    `LoginForm + AccountBadge on top of provider + hooks: ${kib(sizes.componentsGzip)} min+gzip (budget ${kib(componentBudgets.componentsGzip)}; provider+hooks ${kib(sizes.baseline.gzip)}, with components ${kib(sizes.withComponents.gzip)})`,
  )
  console.log(
    `styles.css: ${kib(sizes.stylesGzip)} gzip (budget ${kib(componentBudgets.stylesGzip)})`,
  )
  console.log(
    `LoginForm commits from submit to success: ${renders.loginFormSubmitToSuccess} (budget ≤ ${componentBudgets.loginFormSubmitToSuccess})`,
  )
  console.log(
    `AccountBadge commits during a renew: ${renders.accountBadgeDuringRenew} (budget ${componentBudgets.accountBadgeDuringRenew})`,
  )
}
if (over.length > 0) {
  console.error(`Over budget: ${over.join(', ')}`)
  process.exitCode = 1
}
