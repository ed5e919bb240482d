// Renders of a component that reads only `isAuthenticated`, counted with React's Profiler under
// production scheduling: nothing is wrapped in act(), React's own scheduler decides the commits.
import { Profiler, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import {
  CustomerAuthProvider,
  useCustomerAuth,
  useCustomerAuthEngine,
} from '../../src/react/index.js'
import type { CustomerAuth } from '../../src/core/customer-auth.js'
import { ada, setUpEmulator } from '../integration/support/emulator-fixture.js'
import { turns, until } from '../integration/support/until.js'
import { report } from './report.js'

const fixture = setUpEmulator()

describe('renders', () => {
  it('a component reading only isAuthenticated renders once on mount, once on login, never on renew', async () => {
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false
    let commits = 0
    let engine: CustomerAuth | undefined
    function SignedIn() {
      const isAuthenticated = useCustomerAuth((state) => state.isAuthenticated)
      return <span>{isAuthenticated ? 'signed in' : 'signed out'}</span>
    }
    function EngineHandle() {
      engine = useCustomerAuthEngine()
      return null
    }
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    root.render(
      <StrictMode>
        <CustomerAuthProvider backend={fixture.backend('shopify')} storage="memory">
          <EngineHandle />
          <Profiler id="signed-in" onRender={() => void (commits += 1)}>
            <SignedIn />
          </Profiler>
        </CustomerAuthProvider>
      </StrictMode>,
    )
    await until(() => engine?.getSnapshot().status === 'anonymous', 'the engine to start', false)
    await turns(20, false)
    const onMount = commits

    await engine?.login({ ...ada })
    await until(() => container.textContent === 'signed in', 'the login render', false)
    await turns(20, false)
    const onLogin = commits - onMount

    const before = engine?.getSnapshot().session
    await engine?.renew()
    await turns(20, false)
    expect(engine?.getSnapshot().session).not.toBe(before)
    const onRenew = commits - onMount - onLogin

    root.unmount()
    container.remove()
    report('renders of an isAuthenticated reader on mount', onMount, 1)
    report('renders of an isAuthenticated reader on login', onLogin, 1)
    report('renders of an isAuthenticated reader on renew', onRenew, 0)
    expect([onMount, onLogin, onRenew]).toEqual([1, 1, 0])
  })
})
