import { describe, expect, it } from 'vitest'
import type { CustomerOperationInfo } from '../../core/customer-credential.js'
import { shopifyCredential } from './shopify-credential.js'

const operation = (
  rootFields: string[],
  variables: string[] = ['customerAccessToken'],
): CustomerOperationInfo => ({
  kind: 'query',
  name: undefined,
  rootFields: rootFields.map((name) => ({ name, key: name })),
  variables,
})

describe('shopifyCredential', () => {
  it('needs the customer exactly where the operation declares $customerAccessToken', () => {
    expect(shopifyCredential.needsCustomer(operation(['cart']))).toBe(true)
    expect(shopifyCredential.needsCustomer(operation(['customer'], ['token']))).toBe(false)
  })

  it('puts the token into the variable, never into a header', () => {
    expect(shopifyCredential.variable).toBe('customerAccessToken')
    expect(shopifyCredential.headers('secret')).toEqual({})
  })

  it('reads `customer: null` without an error as a token that identifies nobody', () => {
    expect(shopifyCredential.refusal({ data: { customer: null } }, operation(['customer']))).toBe(
      'customer-missing',
    )
    const aliased = { ...operation([]), rootFields: [{ name: 'customer', key: 'me' }] }
    expect(shopifyCredential.refusal({ data: { me: null } }, aliased)).toBe('customer-missing')
  })

  it('does not read a null from an error inside the customer as a refusal', () => {
    const result = {
      data: { customer: null },
      errors: [{ path: ['customer', 'orders'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    }
    expect(shopifyCredential.refusal(result, operation(['customer']))).toBeNull()
  })

  it('reads ACCESS_DENIED on a customer mutation as a refused token', () => {
    const result = {
      data: { customerUpdate: null },
      errors: [{ path: ['customerUpdate'], extensions: { code: 'ACCESS_DENIED' } }],
    }
    expect(shopifyCredential.refusal(result, operation(['customerUpdate']))).toBe('token-invalid')
    const onCart = {
      data: { cartCreate: null },
      errors: [{ path: ['cartCreate'], extensions: { code: 'ACCESS_DENIED' } }],
    }
    expect(shopifyCredential.refusal(onCart, operation(['cartCreate']))).toBeNull()
  })

  it('finds nothing in an ordinary answer', () => {
    expect(
      shopifyCredential.refusal(
        { data: { customer: { email: 'ada@example.com' } } },
        operation(['customer']),
      ),
    ).toBeNull()
  })
})
