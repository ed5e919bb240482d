import { describe, expect, it } from 'vitest'
import { createRequest } from '@urql/core'
import { operationInfo } from './operation-info.js'

const parsed = (query: string) => createRequest(query, undefined).query

describe('operationInfo', () => {
  it('reads the kind, name, root fields with their aliases and the declared variables', () => {
    const info = operationInfo(
      parsed(`mutation Save($customerAccessToken: String!, $input: MailingAddressInput!) {
        created: customerAddressCreate(customerAccessToken: $customerAccessToken, address: $input) { customerUserErrors { code } }
        __typename
      }`),
    )
    expect(info).toEqual({
      kind: 'mutation',
      name: 'Save',
      rootFields: [
        { name: 'customerAddressCreate', key: 'created' },
        { name: '__typename', key: '__typename' },
      ],
      variables: ['customerAccessToken', 'input'],
    })
  })

  it('follows fragments at the root and picks the named operation of several', () => {
    const document = parsed(`
      query First { shop { name } }
      query Account { ...Root ... on QueryRoot { cart(id: "1") { id } } }
      fragment Root on QueryRoot { customer { email } ...Root }
    `)
    expect(operationInfo(document, 'Account')?.rootFields.map(({ name }) => name)).toEqual([
      'customer',
      'cart',
    ])
    expect(operationInfo(document)?.name).toBe('First')
  })

  it('is null for a document without that operation', () => {
    expect(operationInfo(parsed('fragment F on Customer { email }'))).toBeNull()
    expect(operationInfo(parsed('query A { shop { name } }'), 'B')).toBeNull()
  })
})
