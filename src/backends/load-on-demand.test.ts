import { describe, expect, it } from 'vitest'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { rejectionOf } from '../testing/test-support/rejection-of.js'
import { loadOnDemand, onDemand } from './load-on-demand.js'

const loadFailure = new TypeError('Failed to fetch dynamically imported module')

describe('loading a chunk on demand', () => {
  it('turns a chunk that fails to load into a retryable NETWORK error with the failure as cause', async () => {
    const error = await rejectionOf(
      loadOnDemand(() => Promise.reject(loadFailure), 'the error mapping'),
      CustomerAuthError,
    )
    expect(error).toMatchObject({ code: 'NETWORK', source: 'network', retryable: true })
    expect(error.cause).toBe(loadFailure)
  })

  it('runs an account flow with the backend’s calls once its chunk loads', async () => {
    const calls = { greeting: 'hello' }
    const method = onDemand(
      () =>
        Promise.resolve({
          greet: async (given: typeof calls, name: string) => `${given.greeting} ${name}`,
        }),
      calls,
    )
    await expect(method('greet')('Ada')).resolves.toBe('hello Ada')
  })

  it('fails an account flow whose chunk cannot load with a retryable NETWORK error', async () => {
    const method = onDemand(
      (): Promise<{ greet: (calls: object, name: string) => Promise<string> }> =>
        Promise.reject(loadFailure),
      {},
    )
    const error = await rejectionOf(method('greet')('Ada'), CustomerAuthError)
    expect(error).toMatchObject({ code: 'NETWORK', source: 'network', retryable: true })
    expect(error.cause).toBe(loadFailure)
  })
})
