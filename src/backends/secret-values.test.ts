import { CombinedError } from '@urql/core'
import { describe, expect, it, vi } from 'vitest'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import { keepSecretsOut, secretValues } from './secret-values.js'
import * as scrubber from './without-secrets.js'

const password = 'correct-horse "battery"'

/** A 5xx whose body quotes the input, as a proxy or a crashing resolver might. */
function echoingServerError(): CustomerAuthError {
  const cause = new CombinedError({
    graphQLErrors: [
      { message: `Internal error for input {"password":${JSON.stringify(password)}}` },
    ],
    response: new Response(null, { status: 500 }),
  })
  return new CustomerAuthError('SERVER', cause.message, {
    source: 'shopify',
    status: 500,
    graphQLErrors: cause.graphQLErrors.map(({ message }) => ({ message })),
    cause,
  })
}

describe('keepSecretsOut', () => {
  it('finds the secrets among the variables, at any depth', () => {
    expect(
      secretValues({ input: { email: 'ada@example.com', password }, customerAccessToken: 't1' }),
    ).toEqual([password, 't1'])
  })

  it('returns an error that repeats no secret as it was, without loading the scrubber', async () => {
    const load = vi.fn(async () => scrubber)
    const error = new CustomerAuthError('INVALID_CREDENTIALS', 'Unidentified customer', {
      source: 'shopify',
    })
    expect(await keepSecretsOut(error, [password], load)).toBe(error)
    expect(load).not.toHaveBeenCalled()
  })

  it('rewrites an error that repeats a secret, once the scrubber loads', async () => {
    const kept = await keepSecretsOut(echoingServerError(), [password], async () => scrubber)
    expect(kept).toMatchObject({ code: 'SERVER', status: 500, retryable: true })
    expect(kept.message).toContain('[redacted]')
    expect(JSON.stringify({ ...kept, message: kept.message })).not.toContain('battery')
    expect(kept.cause).toBeUndefined()
  })

  it('rewrites a secret echoed inside an echo (escaped twice)', async () => {
    const twice = JSON.stringify(JSON.stringify({ password }))
    const error = new CustomerAuthError('SERVER', `Internal error for ${twice}`, {
      source: 'shopify',
      graphQLErrors: [{ message: `Internal error for ${twice}` }],
    })
    const kept = await keepSecretsOut(error, [password], async () => scrubber)
    expect(kept.message).toContain('[redacted]')
    expect(kept.message).not.toContain('battery')
    expect(JSON.stringify(kept.graphQLErrors)).not.toContain('battery')
  })

  it('keeps the code and status but no text when the scrubber cannot load (offline, a replaced deploy)', async () => {
    const kept = await keepSecretsOut(echoingServerError(), [password], () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    )
    expect(kept).toMatchObject({ code: 'SERVER', status: 500, retryable: true, graphQLErrors: [] })
    expect(JSON.stringify({ ...kept, message: kept.message })).not.toContain('battery')
    expect(kept.cause).toBeUndefined()
  })
})
