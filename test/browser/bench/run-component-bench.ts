/* eslint-disable no-console -- a command-line report: printing is its job */
/**
 * `npx tsx test/browser/bench/run-component-bench.ts`: the components' render counts for
 * `npm run bench` (the sizes are measured by scripts/bench.mjs). Prints the figures and exits 1
 * when one is past its budget.
 */
import { measureComponentRenders } from './component-renders.js'

const budgets = { loginFormSubmitToSuccess: 3, accountBadgeDuringRenew: 0 } as const
const renders = await measureComponentRenders()

console.log(
  `LoginForm commits from submit to success: ${renders.loginFormSubmitToSuccess} (budget ≤ ${budgets.loginFormSubmitToSuccess})`,
)
console.log(
  `AccountBadge commits during a renew: ${renders.accountBadgeDuringRenew} (budget ${budgets.accountBadgeDuringRenew})`,
)
const over = (Object.keys(budgets) as (keyof typeof budgets)[]).filter(
  (name) => renders[name] > budgets[name],
)
if (over.length > 0) {
  console.error(`Over budget: ${over.join(', ')}`)
  process.exitCode = 1
}
