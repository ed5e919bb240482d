// Requests the hooks cause, counted by the emulator over real HTTP.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { CustomerAuthProvider, useCustomer, useCustomerAuthEngine } from '../../src/react/index.js'
import type { CustomerAuth } from '../../src/core/customer-auth.js'
import { ada, startEmulator } from '../integration/support/emulator-fixture.js'
import type { EmulatorFixture } from '../integration/support/emulator-fixture.js'
import { turns, until } from '../integration/support/until.js'
import { report } from './report.js'

let fixture: EmulatorFixture
beforeAll(async () => {
  fixture = await startEmulator()
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => fixture.close())
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  localStorage.clear()
})

const mutationFields = [
  'customerAccessTokenCreate',
  'customerAccessTokenRenew',
  'customerAccessTokenDelete',
  'customerAccessTokenCreateWithMultipass',
]

/** Mounts a storefront page with `consumers` components reading the customer. */
function mountPage(consumers: number, emulator: EmulatorFixture = fixture) {
  let engine: CustomerAuth | undefined
  const loaded = new Set<number>()
  function EngineHandle() {
    engine = useCustomerAuthEngine()
    return null
  }
  function Consumer({ index }: { index: number }) {
    const customer = useCustomer()
    if (customer.data) loaded.add(index)
    return <span>{customer.data?.firstName ?? ''}</span>
  }
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const backend = emulator.backend('shopify')
  root.render(
    <StrictMode>
      <CustomerAuthProvider backend={backend}>
        <EngineHandle />
        {Array.from({ length: consumers }, (_, index) => (
          <Consumer key={index} index={index} />
        ))}
      </CustomerAuthProvider>
    </StrictMode>,
  )
  return {
    engine: () => engine,
    allLoaded: () => loaded.size === consumers,
    unmount() {
      root.unmount()
      container.remove()
    },
  }
}

describe('requests', () => {
  it('five useCustomer consumers send one customer request', async () => {
    fixture.emulator.requests.reset()
    const page = mountPage(5)
    await until(() => page.engine()?.getSnapshot().status === 'anonymous', 'the start', false)
    await page.engine()?.login({ ...ada })
    await until(page.allLoaded, 'every consumer', false)
    await turns(20, false)
    const customerRequests = fixture.emulator.requests.count({ field: 'customer' })
    page.unmount()
    report('customer requests for five useCustomer consumers', customerRequests, 1)
    expect(customerRequests).toBe(1)
  })

  it('a reload with a valid stored session sends no mutation', async () => {
    const first = mountPage(1)
    await until(() => first.engine()?.getSnapshot().status === 'anonymous', 'the start', false)
    await first.engine()?.login({ ...ada })
    await until(first.allLoaded, 'the customer', false)
    first.unmount()

    fixture.emulator.requests.reset()
    const reloaded = mountPage(1)
    await until(reloaded.allLoaded, 'the restored customer', false)
    await turns(20, false)
    const mutations = mutationFields.reduce(
      (sum, field) => sum + fixture.emulator.requests.count({ field }),
      0,
    )
    reloaded.unmount()
    report('mutations on a reload with a valid stored session', mutations, 0)
    expect(mutations).toBe(0)
  })

  it('three tabs at renew time send one renew', async () => {
    const short = await startEmulator({ customerAccessTokenLifetimeMs: 2 * 60 * 60_000 })
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    })
    vi.spyOn(short.emulator.clock, 'now').mockImplementation(() => Date.now())
    const tabs = [mountPage(1, short), mountPage(1, short), mountPage(1, short)]
    await until(
      () => tabs.every((tab) => tab.engine()?.getSnapshot().status === 'anonymous'),
      'the start',
      false,
    )
    const session = await tabs[0]?.engine()?.login({ ...ada })
    await until(
      () => tabs.every((tab) => tab.engine()?.getSnapshot().isAuthenticated),
      'the login to spread',
      false,
    )
    short.emulator.requests.reset()
    const lifetime = (session?.expiresAt ?? 0) - (session?.issuedAt ?? 0)
    // To the planned point (75% of the lifetime, minus up to 5 s of jitter), then through it in
    // one-second steps with I/O in between, as a real page would see it.
    await vi.advanceTimersByTimeAsync(0.75 * lifetime - 10_000)
    for (let second = 0; second < 120; second++) {
      await vi.advanceTimersByTimeAsync(1_000)
      await turns(5, false)
    }
    await until(
      () =>
        tabs.every(
          (tab) =>
            (tab.engine()?.getSnapshot().session?.expiresAt ?? 0) > (session?.expiresAt ?? 0),
        ),
      'every tab to hold the renewed token',
      false,
    )
    const renews = short.emulator.requests.count({ field: 'customerAccessTokenRenew' })
    for (const tab of tabs) tab.unmount()
    await short.close()
    report('renew requests from three tabs at renew time', renews, 1)
    expect(renews).toBe(1)
  })
})
