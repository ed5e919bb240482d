import { describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import {
  useActivateAccount,
  useCustomer,
  useCustomerAuth,
  useCustomerAuthEngine,
  useLogin,
  useLogout,
  useMultipassLogin,
  useRecoverPassword,
  useRegister,
  useRenew,
  useResetPassword,
  useUpdateCustomer,
} from '../../src/react/index.js'
import { generateMultipassToken } from '../../src/multipass/multipass-token.js'
import {
  CustomerAuthError,
  type CustomerAuthErrorCode,
} from '../../src/core/customer-auth-error.js'
import { rejectionOf } from '../../src/testing/test-support/rejection-of.js'
import { ada, grace, setUpEmulator } from './support/emulator-fixture.js'
import type { BackendName } from './support/emulator-fixture.js'
import { renderAuthHook } from './support/render-auth.js'
import { until } from './support/until.js'

const fixture = setUpEmulator({ loginAttemptLimit: 3 })

const loginField: Record<BackendName, string> = {
  shopify: 'customerAccessTokenCreate',
  adobe: 'generateCustomerToken',
}
const revokeField: Record<BackendName, string> = {
  shopify: 'customerAccessTokenDelete',
  adobe: 'revokeCustomerToken',
}
let uniqueId = 0
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${uniqueId++}@example.com`

/** Every hook at once, as an app would compose them. */
function useEverything() {
  return {
    auth: useCustomerAuth(),
    engine: useCustomerAuthEngine(),
    login: useLogin(),
    logout: useLogout(),
    renew: useRenew(),
    multipass: useMultipassLogin(),
    register: useRegister(),
    recover: useRecoverPassword(),
    reset: useResetPassword(),
    activate: useActivateAccount(),
    update: useUpdateCustomer(),
    customer: useCustomer(),
  }
}

function renderEverything(name: BackendName) {
  return renderAuthHook(useEverything, { backend: fixture.backend(name) })
}

async function expectCode(promise: Promise<unknown>, code: CustomerAuthErrorCode) {
  await act(async () => {
    await expect(promise).rejects.toMatchObject({ name: 'CustomerAuthError', code })
  })
}

describe.each<BackendName>(['shopify', 'adobe'])('hooks against the %s emulator', (name) => {
  describe('useLogin', () => {
    it('signs in and reports the session', async () => {
      const { result, events } = renderEverything(name)
      const session = await act(() => result.current.login.mutateAsync({ ...ada }))
      expect(result.current.auth).toMatchObject({
        status: 'authenticated',
        isAuthenticated: true,
        session,
      })
      expect(events).toContainEqual({ type: 'login', reason: 'password', session })
      await until(() => result.current.login.isSuccess, 'the mutation state')
      expect(result.current.login.data).toEqual(session)
    })

    it('refuses a wrong password with INVALID_CREDENTIALS and stays signed out', async () => {
      const { result } = renderEverything(name)
      await expectCode(
        result.current.login.mutateAsync({ email: ada.email, password: 'wrong-password' }),
        'INVALID_CREDENTIALS',
      )
      expect(result.current.auth.status).toBe('anonymous')
    })

    it('answers NETWORK when the connection drops and SERVER on a 503 or a malformed body', async () => {
      const { result } = renderEverything(name)
      fixture.emulator.faults.add({ kind: 'drop', field: loginField[name] })
      await expectCode(result.current.login.mutateAsync({ ...ada }), 'NETWORK')
      fixture.emulator.faults.add({ kind: 'status', status: 503, field: loginField[name] })
      await expectCode(result.current.login.mutateAsync({ ...ada }), 'SERVER')
      fixture.emulator.faults.add({ kind: 'malformed', field: loginField[name] })
      await expectCode(result.current.login.mutateAsync({ ...ada }), 'SERVER')
      await until(() => result.current.login.isError, 'the error state')
      expect(result.current.login.error?.retryable).toBe(true)
      expect(result.current.auth.status).toBe('anonymous')
    })
  })

  describe('useLogout', () => {
    it('ends the session and revokes the token on the server', async () => {
      const { result, events } = renderEverything(name)
      await act(() => result.current.login.mutateAsync({ ...ada }))
      await act(() => result.current.logout.mutateAsync())
      expect(result.current.auth).toMatchObject({
        status: 'anonymous',
        session: null,
        endReason: 'logout',
      })
      expect(events).toContainEqual({ type: 'logout', reason: 'logout' })
      expect(fixture.emulator.requests.count({ field: revokeField[name] })).toBe(1)
    })

    it('still ends the session when the server revoke fails, and reports it as an event', async () => {
      const { result, events } = renderEverything(name)
      await act(() => result.current.login.mutateAsync({ ...ada }))
      fixture.emulator.faults.add({ kind: 'status', status: 503, field: revokeField[name] })
      await act(() => result.current.logout.mutateAsync())
      expect(result.current.auth.status).toBe('anonymous')
      expect(events).toContainEqual(expect.objectContaining({ type: 'error', reason: 'revoke' }))
    })
  })

  describe('useRegister', () => {
    it('creates the account and signs in', async () => {
      const { result, events } = renderEverything(name)
      const email = uniqueEmail('register')
      const session = await act(() =>
        result.current.register.mutateAsync({
          email,
          password: 'New-Password-42',
          firstName: 'Reg',
          lastName: 'Istered',
        }),
      )
      expect(session).not.toBeNull()
      expect(result.current.auth.status).toBe('authenticated')
      expect(events).toContainEqual(expect.objectContaining({ type: 'login', reason: 'register' }))
      await until(() => result.current.customer.isSuccess, 'the customer')
      expect(result.current.customer.data).toMatchObject({
        email,
        firstName: 'Reg',
        lastName: 'Istered',
      })
    })

    it('refuses an email already taken with VALIDATION on the email field', async () => {
      const { result } = renderEverything(name)
      let error: CustomerAuthError | undefined
      await act(async () => {
        error = await rejectionOf(
          result.current.register.mutateAsync({
            email: ada.email,
            password: 'another-password',
            firstName: 'A',
            lastName: 'B',
          }),
          CustomerAuthError,
        )
      })
      expect(error?.code).toBe('VALIDATION')
      expect(error?.fieldErrors.email).toBeDefined()
      expect(result.current.auth.status).toBe('anonymous')
    })
  })

  describe('useRecoverPassword and useResetPassword', () => {
    it('mails a reset, then sets the new password and signs in', async () => {
      const { result } = renderEverything(name)
      const email = uniqueEmail('reset')
      await act(() =>
        result.current.register.mutateAsync({
          email,
          password: 'First-Password-1',
          firstName: 'R',
          lastName: 'S',
        }),
      )
      await act(() => result.current.logout.mutateAsync())
      await act(() => result.current.recover.mutateAsync(email))
      const mail = fixture.emulator.outbox.latest(email)
      expect(mail).toBeDefined()
      const input =
        name === 'shopify'
          ? { resetUrl: mail?.url ?? '', password: 'Second-Password-2' }
          : { email, resetToken: mail?.token ?? '', password: 'Second-Password-2' }
      const session = await act(() => result.current.reset.mutateAsync(input))
      expect(result.current.auth).toMatchObject({ status: 'authenticated', session })
      await act(() => result.current.logout.mutateAsync())
      await act(() => result.current.login.mutateAsync({ email, password: 'Second-Password-2' }))
      expect(result.current.auth.status).toBe('authenticated')
    })

    // Magento answers a bad token and a refused password alike ("Cannot set the customer's
    // password", category graphql-input), so Adobe Commerce can only say VALIDATION.
    const badResetCode: CustomerAuthErrorCode = name === 'shopify' ? 'TOKEN_INVALID' : 'VALIDATION'
    it(`refuses a bad reset token with ${badResetCode}`, async () => {
      const { result } = renderEverything(name)
      const input =
        name === 'shopify'
          ? {
              customerId: 'gid://shopify/Customer/1',
              resetToken: 'not-a-token',
              password: 'X-Password-1',
            }
          : { email: ada.email, resetToken: 'not-a-token', password: 'X-Password-1' }
      await expectCode(result.current.reset.mutateAsync(input), badResetCode)
      expect(result.current.auth.status).toBe('anonymous')
    })
  })

  describe('useUpdateCustomer', () => {
    it('updates the customer and shows it through useCustomer without another request', async () => {
      const { result } = renderEverything(name)
      const email = uniqueEmail('update')
      await act(() =>
        result.current.register.mutateAsync({
          email,
          password: 'Update-Password-3',
          firstName: 'Old',
          lastName: 'Name',
        }),
      )
      await until(() => result.current.customer.isSuccess, 'the customer')
      const customerQueries = fixture.emulator.requests.count({ field: 'customer' })
      const updated = await act(() => result.current.update.mutateAsync({ firstName: 'New' }))
      expect(updated.firstName).toBe('New')
      await until(() => result.current.customer.data?.firstName === 'New', 'the updated customer')
      expect(fixture.emulator.requests.count({ field: 'customer' })).toBe(customerQueries)
    })

    it('refuses an update without a session with TOKEN_INVALID', async () => {
      const { result } = renderEverything(name)
      await expectCode(result.current.update.mutateAsync({ firstName: 'Nobody' }), 'TOKEN_INVALID')
    })
  })
})

describe('hooks only the Shopify emulator supports', () => {
  it('useLogin: throttles repeated failures with THROTTLED', async () => {
    const { result } = renderEverything('shopify')
    for (let i = 0; i < 3; i++)
      await expectCode(
        result.current.login.mutateAsync({ email: grace.email, password: `wrong-${i}` }),
        'INVALID_CREDENTIALS',
      )
    await expectCode(result.current.login.mutateAsync({ ...grace }), 'THROTTLED')
  })

  it('useRenew: renews and keeps the sessionId', async () => {
    const { result, events } = renderEverything('shopify')
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    const renewed = await act(() => result.current.renew.mutateAsync())
    expect(renewed.sessionId).toBe(session.sessionId)
    expect(result.current.auth.session).toEqual(renewed)
    expect(events).toContainEqual({ type: 'renew', reason: 'manual', session: renewed })
    expect(fixture.emulator.requests.count({ field: 'customerAccessTokenRenew' })).toBe(1)
  })

  it('useRenew: a token revoked on the server ends the session with TOKEN_INVALID', async () => {
    const { result } = renderEverything('shopify')
    const session = await act(() => result.current.login.mutateAsync({ ...ada }))
    const { engine } = result.current
    await engine.backend.logout(session.accessToken, { client: engine.client })
    await expectCode(result.current.renew.mutateAsync(), 'TOKEN_INVALID')
    expect(result.current.auth).toMatchObject({ status: 'anonymous', endReason: 'token-invalid' })
  })

  it('useMultipassLogin: signs in with a Multipass token', async () => {
    const { result, events } = renderEverything('shopify')
    const token = await generateMultipassToken(fixture.emulator.multipassSecret, {
      email: ada.email,
    })
    const session = await act(() => result.current.multipass.mutateAsync(token))
    expect(result.current.auth.session).toEqual(session)
    expect(events).toContainEqual({ type: 'login', reason: 'multipass', session })
    await until(() => result.current.multipass.isSuccess, 'the mutation state')
    expect(result.current.multipass.variables).toBe('[redacted]')
  })

  it('useMultipassLogin: refuses a forged token with MULTIPASS_INVALID', async () => {
    const { result } = renderEverything('shopify')
    const forged = await generateMultipassToken('not-the-shop-secret', { email: ada.email })
    await expectCode(result.current.multipass.mutateAsync(forged), 'MULTIPASS_INVALID')
  })

  it('useActivateAccount: activates an invited customer and signs in; a second use is TOKEN_INVALID', async () => {
    const { result, events } = renderEverything('shopify')
    const mail = fixture.emulator.outbox.latest('invited@example.com', 'activate')
    expect(mail?.url).toBeDefined()
    const input = { activationUrl: mail?.url ?? '', password: 'chosen-password' }
    const session = await act(() => result.current.activate.mutateAsync(input))
    expect(result.current.auth.session).toEqual(session)
    expect(events).toContainEqual({ type: 'login', reason: 'activate', session })
    await act(() => result.current.logout.mutateAsync())
    await expectCode(result.current.activate.mutateAsync(input), 'TOKEN_INVALID')
  })

  it('useRecoverPassword: an unknown email is NOT_FOUND', async () => {
    const { result } = renderEverything('shopify')
    await expectCode(result.current.recover.mutateAsync(uniqueEmail('nobody')), 'NOT_FOUND')
  })

  it('useUpdateCustomer: HTML in a name is VALIDATION on that field', async () => {
    const { result } = renderEverything('shopify')
    await act(() => result.current.login.mutateAsync({ ...ada }))
    let error: CustomerAuthError | undefined
    await act(async () => {
      error = await rejectionOf(
        result.current.update.mutateAsync({ firstName: '<b>Ada</b>' }),
        CustomerAuthError,
      )
    })
    expect(error?.code).toBe('VALIDATION')
    expect(error?.fieldErrors.firstName).toBeDefined()
  })

  it('useUpdateCustomer: a password change rotates the token and keeps the session', async () => {
    const { result } = renderEverything('shopify')
    const email = uniqueEmail('rotate')
    const before = await act(() =>
      result.current.register.mutateAsync({ email, password: 'rotate-password-1' }),
    )
    await act(() => result.current.update.mutateAsync({ password: 'rotate-password-2' }))
    const after = result.current.auth.session
    expect(after?.sessionId).toBe(before?.sessionId)
    expect(after?.accessToken).not.toBe(before?.accessToken)
    expect(result.current.auth.status).toBe('authenticated')
    // The old token no longer works; the session's new one does.
    const { engine } = result.current
    expect(
      await engine.backend.fetchCustomer(before?.accessToken ?? '', { client: engine.client }),
    ).toBeNull()
    expect(await engine.fetchCustomer()).toMatchObject({ email })
  })
})

describe('hooks only the Adobe Commerce emulator supports', () => {
  it('useLogin: an unconfirmed account is ACCOUNT_NOT_CONFIRMED', async () => {
    const { result } = renderEverything('adobe')
    await expectCode(
      result.current.login.mutateAsync({
        email: 'unconfirmed@example.com',
        password: 'confirm-me-first',
      }),
      'ACCOUNT_NOT_CONFIRMED',
    )
  })

  it('useLogin: an empty password is VALIDATION', async () => {
    const { result } = renderEverything('adobe')
    await expectCode(
      result.current.login.mutateAsync({ email: ada.email, password: '' }),
      'VALIDATION',
    )
  })

  it('useRenew, useMultipassLogin and useActivateAccount are UNSUPPORTED', async () => {
    const { result } = renderEverything('adobe')
    await act(() => result.current.login.mutateAsync({ ...ada }))
    await expectCode(result.current.renew.mutateAsync(), 'UNSUPPORTED')
    await expectCode(result.current.multipass.mutateAsync('any-token'), 'UNSUPPORTED')
    await expectCode(
      result.current.activate.mutateAsync({
        activationUrl: 'https://example.com/a',
        password: 'X-Password-1',
      }),
      'UNSUPPORTED',
    )
    expect(result.current.auth.status).toBe('authenticated')
  })
})
