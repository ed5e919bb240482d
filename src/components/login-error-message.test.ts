import { describe, expect, it } from 'vitest'
import { CustomerAuthError } from '../core/customer-auth-error.js'
import type { CustomerAuthErrorOptions } from '../core/customer-auth-error.js'
import { loginErrorMessage } from './login-error-message.js'
import { defaultLoginFormMessages as messages } from './login-form-messages.js'

const refused = (fieldErrors?: CustomerAuthErrorOptions['fieldErrors']) =>
  new CustomerAuthError('VALIDATION', 'Invalid input', { source: 'adobe-commerce', fieldErrors })

describe('loginErrorMessage', () => {
  it('says sign-in is unavailable, not "try again", when the store refuses its own setup', () => {
    const error = new CustomerAuthError('CONFIGURATION', 'Storefront token refused (HTTP 401)', {
      source: 'shopify',
      status: 401,
    })
    expect(loginErrorMessage(error, messages)).toBe(messages.configuration)
    expect(messages.configuration).not.toMatch(/try again/i)
  })

  it('points at the highlighted fields only when the email or password is marked', () => {
    const marked = refused({ password: [{ code: 'PASSWORD_TOO_SHORT', message: 'Too short' }] })
    expect(loginErrorMessage(marked, messages)).toBe(messages.validation)
  })

  it('uses the generic message for an input error the form cannot mark', () => {
    // Adobe Commerce's generateCustomerToken input errors carry no field.
    expect(loginErrorMessage(refused(), messages)).toBe(messages.unknown)
    const elsewhere = refused({ phone: [{ code: 'INVALID', message: 'Invalid phone' }] })
    expect(loginErrorMessage(elsewhere, messages)).toBe(messages.unknown)
  })
})
