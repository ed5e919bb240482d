import { describe, expect, it } from 'vitest'
import type { CustomerOperationInfo } from '../../core/customer-credential.js'
import { adobeCredential } from './adobe-credential.js'

const operation = (...rootFields: string[]): CustomerOperationInfo => ({
  kind: 'query',
  name: undefined,
  rootFields: rootFields.map((name) => ({ name, key: name })),
  variables: [],
})

describe('adobeCredential', () => {
  it('needs the customer for core Magento customer fields only', () => {
    for (const field of ['customer', 'customerCart', 'mergeCarts', 'changeCustomerPassword'])
      expect(adobeCredential.needsCustomer(operation(field)), field).toBe(true)
    for (const field of [
      'products',
      'generateCustomerToken',
      'createGuestCart',
      'isEmailAvailable',
    ])
      expect(adobeCredential.needsCustomer(operation(field)), field).toBe(false)
    expect(adobeCredential.needsCustomer(operation('storeConfig', 'customer'))).toBe(true)
  })

  it('carries the token as a Bearer header', () => {
    expect(adobeCredential.headers('jwt')).toEqual({ Authorization: 'Bearer jwt' })
    expect(adobeCredential.variable).toBeUndefined()
  })

  it('reads the graphql-authentication category as a refused token, by category only', async () => {
    const refused = {
      status: 401,
      errors: [{ extensions: { category: 'graphql-authentication' } }],
    }
    await expect(adobeCredential.refusal(refused, operation('customer'))).resolves.toBe(
      'token-invalid',
    )
    const notOurs = { errors: [{ extensions: { category: 'graphql-authorization' } }] }
    await expect(adobeCredential.refusal(notOurs, operation('customerCart'))).resolves.toBeNull()
  })

  it('reads an answer without errors at once, loading nothing', () => {
    expect(adobeCredential.refusal({ data: { customer: null } }, operation('customer'))).toBeNull()
  })
})
