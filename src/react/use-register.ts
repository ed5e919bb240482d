import type { UseMutationResult } from '@tanstack/react-query'
import type { RegisterInput } from '../core/backend.js'
import type { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerSession } from '../core/session.js'
import { redactFields } from './redact.js'
import { unsupportedOperation } from './unsupported-operation.js'
import { useAuthMutation } from './use-auth-mutation.js'
import type { AuthMutationSpec, CustomerAuthMutationOptions } from './use-auth-mutation.js'

/** Thrown inside `establish` to leave without a session when the account awaits confirmation. */
class ConfirmationPending extends Error {}

const register: AuthMutationSpec<CustomerSession | null, RegisterInput> = {
  name: 'useRegister',
  run: async (engine, input) => {
    const { backend } = engine
    const registerCustomer = backend.register
    if (!registerCustomer) throw unsupportedOperation('registration', backend.id)
    let confirmationPending = false
    try {
      return await engine.establish(async (ctx) => {
        const token = await registerCustomer.call(backend, input, ctx)
        if (token) return token
        confirmationPending = true
        throw new ConfirmationPending()
      }, 'register')
    } catch (error) {
      // Checked by flag, not by error identity: the engine may wrap what `issue` throws.
      if (confirmationPending) return null
      throw error
    }
  },
  redact: (input) => redactFields(input, ['password']),
}

/**
 * Creates the account and signs in. Resolves `null` when the account must be confirmed by email
 * first (Adobe Commerce with confirmation required): no session starts then.
 */
export function useRegister(
  options?: CustomerAuthMutationOptions<CustomerSession | null, RegisterInput>,
): UseMutationResult<CustomerSession | null, CustomerAuthError, RegisterInput> {
  return useAuthMutation(register, options)
}
