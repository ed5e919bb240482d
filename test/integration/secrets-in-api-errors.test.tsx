import { describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { useLogin, useRegister } from '../../src/react/index.js'
import { renderAuthHook } from './support/render-auth.js'
import { setUpEmulator } from './support/emulator-fixture.js'

const fixture = setUpEmulator()

/** Every mutation state react-query keeps, with the error's message and fields spelled out. */
function mutationStates(queryClient: QueryClient): string {
  return JSON.stringify(
    queryClient
      .getMutationCache()
      .getAll()
      .map(({ state }) => ({
        ...state,
        error: state.error && {
          ...state.error,
          message: state.error.message,
          stack: state.error.stack,
          cause: String((state.error.cause as Error | undefined)?.message),
        },
      })),
  )
}

describe('secrets echoed by the API in an error', () => {
  it('keeps the password out of the QueryClient when the API refuses the request shape (Shopify sign-up)', async () => {
    const { result, queryClient } = renderAuthHook(() => useRegister(), {
      backend: fixture.backend('shopify'),
    })
    // A plain form whose e-mail input is named `username`: `email` is missing, so the API refuses
    // the input object, and graphql-js writes all of it (password included) into its message.
    const fields: Record<string, string> = {
      username: 'lin@example.com',
      password: 'correct-horse-battery',
    }
    await act(async () => {
      await expect(
        result.current.mutateAsync({
          email: fields['email'] as string,
          password: fields['password'] as string,
        }),
      ).rejects.toMatchObject({ source: 'shopify' })
    })
    const states = mutationStates(queryClient)
    expect(states).toContain('[redacted]')
    expect(states).not.toContain('correct-horse-battery')
  })

  it('refuses a sign-in whose password is not a string before sending it, and keeps it out of the QueryClient (Adobe Commerce)', async () => {
    const { result, queryClient } = renderAuthHook(() => useLogin(), {
      backend: fixture.backend('adobe'),
    })
    // A number where the API wants a string: graphql-js echoes the value in its message.
    const fromAForm: Record<string, unknown> = { email: 'ada@example.com', password: 73_915_284 }
    await act(async () => {
      await expect(
        result.current.mutateAsync({
          email: fromAForm['email'] as string,
          password: fromAForm['password'] as string,
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION', source: 'client' })
    })
    expect(fixture.emulator.requests.count({ field: 'generateCustomerToken' })).toBe(0)
    const states = mutationStates(queryClient)
    expect(states).toContain('[redacted]')
    expect(states).not.toContain('73915284')
  })
})
