import { expect, it } from 'vitest'
import { measureComponentRenders } from './bench/component-renders.js'

it('renders LoginForm at most 3 times from submit to success and AccountBadge never during a renew', async () => {
  const renders = await measureComponentRenders()
  expect(renders.loginFormSubmitToSuccess).toBeGreaterThanOrEqual(1)
  expect(renders.loginFormSubmitToSuccess).toBeLessThanOrEqual(3)
  expect(renders.accountBadgeDuringRenew).toBe(0)
})
